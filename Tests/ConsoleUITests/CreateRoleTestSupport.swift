@testable import ConsoleUI
import IAMKit

/// A wizard over the demo lab (production 111122223333 trusting development 123456789012,
/// alice and bob in Developers, PolicyForRole in production), signed in as production's root,
/// with a fixed clock and seeded IDs so screens are stable.
struct WizardHarness {
    let gateway: InMemoryLabGateway
    var app: AppState

    init(size: Size = Size(width: 80, height: 24), guided: Bool = false, signIn: Bool = true) throws {
        let service = IAMService(clock: FixedClock(Timestamp(iso8601: "2026-11-29T08:00:00Z") ?? Timestamp(secondsSince1970: 0)),
                                 ids: SeededIDGenerator(seed: 6))
        var lab = InMemoryLab()
        try DemoLab.populate(using: service, in: &lab)
        if signIn { _ = try service.consoleSignIn(account: DemoLab.productionAccountID, in: &lab) }
        gateway = InMemoryLabGateway(lab: lab, service: service)
        let environment = gateway.console(guided: guided)
        app = AppState(size: size, pages: [CreateRolePage(environment)], environment: environment, identity: "root @ production")
    }

    /// The wizard's state.
    var state: CreateRoleState { page.state }
    /// The wizard page.
    var page: CreateRolePage { app.pages[0] as? CreateRolePage ?? CreateRolePage(gateway.console()) }

    /// Presses keys; returns the effects of the last one.
    @discardableResult
    mutating func press(_ keys: Key...) -> [Effect] {
        var effects: [Effect] = []
        for key in keys { effects = ConsoleShell.reduce(&app, .keyPressed(key)) }
        return effects
    }

    /// Types text into the focused field.
    mutating func type(_ text: String) {
        for character in text { press(.character(character)) }
    }

    /// The screen as the terminal would show it.
    var frame: Frame { ConsoleShell.render(app, size: app.size) }

    /// The screen's text.
    var screen: String { frame.lines.joined(separator: "\n") }

    /// Step 1 as the seed fills it: another account 123456789012, Require MFA.
    mutating func fillSeedTrust() {
        press(.tab)  // Account ID
        type(DemoLab.developmentAccountID)
        press(.tab, .tab, .character(" "))  // Require MFA
    }

    /// Step 1 with `account` typed and Require external ID ticked; focus on External ID.
    mutating func focusExternalID(account: String = DemoLab.developmentAccountID) {
        press(.tab)
        type(account)
        press(.tab, .character(" "), .tab)
    }

    /// Walks the seed's role to the review step: MFA, PolicyForRole, a name and description.
    mutating func walkSeedToReview(name: String = "UpdateApp") {
        fillSeedTrust()
        press(.enter)
        press(.character("/"))
        type("PolicyForRole")
        press(.enter, .character(" "), .enter)
        type(name)
        press(.tab)
        type("Lets developers update the production app")
        press(.enter)
    }

    /// Creates the seed's role through the wizard; the after-create page is shown.
    mutating func createSeedRole() {
        walkSeedToReview()
        press(.enter)
    }
}
