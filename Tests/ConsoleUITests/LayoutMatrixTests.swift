@testable import ConsoleUI
import IAMKit
import Testing

/// Issue #15's layout rules, on every page (and the wizard's steps, a role, a user, a policy
/// and an audit event opened) with and without guided mode, at 80×24, 100×30 and 120×40, over
/// a lab of long values: a 1,000-character description, a long path in the ARNs, names at
/// IAM's length limits. Fails on a cut word without an ellipsis, a focused field off screen,
/// or a tab missing from the tab bar.
@Suite struct LayoutMatrixTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 100, height: 30), Size(width: 120, height: 40)]
    /// Names at IAM's limits (64 for roles and users, 128 for policies) and a 1,000-character text.
    static let roleName = "AaaLayoutMatrixRoleWithANameAsLongAsIAMAllowsSixtyFourCharacters"
    static let userName = "aaa-layout-matrix-user-with-a-name-as-long-as-iam-allows-64chars"
    static let policyName = "AaaLayoutMatrixPolicy" + String(repeating: "WithAVeryLongName", count: 6) + "End"
    static let path = "/layout/matrix/deeply/nested/path/for/long/arns/"
    static let words = (10..<81).map { "Zephyrword\($0)x" }
    /// Exactly 1,000 characters, IAM's limit for a role's or a policy's description.
    static let description = words.joined(separator: " ") + " ended."

    static var roleARN: String { "arn:aws:iam::111122223333:role\(path)\(roleName)" }
    static var policyARN: String { "arn:aws:iam::111122223333:policy\(path)\(policyName)" }

    /// The tokens that must never be cut silently.
    static var tokens: [String] {
        [roleName, userName, policyName, roleARN, policyARN]
            + words
    }

    /// The demo lab plus a role, a user and a policy of long values, and audit events about them.
    static func gateway() throws -> InMemoryLabGateway {
        let gateway = try demoLabGateway()
        let root = Caller.root(accountID: DemoLab.productionAccountID)
        let trust = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}]}"#
        let document = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"\#(roleARN)"}]}"#
        let description = Self.description
        try gateway.externalChange { lab in
            let service = gateway.service
            _ = try service.createRole(roleName: roleName, assumeRolePolicyDocument: trust, path: path, description: description,
                                       caller: root, in: &lab)
            _ = try service.createUser(userName: userName, path: path, caller: root, in: &lab)
            _ = try service.createPolicy(policyName: policyName, policyDocument: document, path: path, description: description,
                                         caller: root, in: &lab)
            try service.attachRolePolicy(roleName: roleName, policyArn: policyARN, caller: root, in: &lab)
        }
        var refused = ActivityEvent(eventID: "long", time: gateway.service.clock.now(), service: "sts", eventName: "AssumeRole",
                                    callerARN: "arn:aws:iam::123456789012:user\(path)\(userName)", callerType: "IAMUser",
                                    accountID: DemoLab.productionAccountID, client: "rolecall", decision: .denied,
                                    errorCode: "AccessDenied",
                                    errorMessage: "User: arn:aws:iam::123456789012:user\(path)\(userName) is not authorized to perform: sts:AssumeRole on resource: \(roleARN)",
                                    explanation: ["Denied (implicit deny: nothing allows it): sts:AssumeRole on \(roleARN)"],
                                    requestParameters: #"{"roleArn":"\#(roleARN)","roleSessionName":"\#(userName)"}"#)
        gateway.recordActivity(refused)
        refused.eventID = "long-2"
        refused.decision = .allowed
        gateway.recordActivity(refused)
        return gateway
    }

    /// Every tab, the first active.
    static func state(_ gateway: InMemoryLabGateway, size: Size, guided: Bool) -> AppState {
        let environment = gateway.console(guided: guided)
        let pages: [any ConsoleUI.Page] = [WelcomePage(environment)] + ConsolePages.make(environment)
        var state = AppState(size: size, pages: pages, environment: environment, identity: "root @ production (111122223333)")
        state.isGuided = guided
        return state
    }

    /// A screen reached by keys from the page in tab `tab`.
    struct Scenario: Sendable, CustomStringConvertible {
        let name: String
        let tab: Int
        let keys: [Key]
        var description: String { name }
    }

    static let scenarios: [Scenario] = [
        Scenario(name: "welcome", tab: 1, keys: []),
        Scenario(name: "roles", tab: 2, keys: []),
        Scenario(name: "role detail", tab: 2, keys: [.enter]),
        Scenario(name: "role detail, permissions", tab: 2, keys: [.enter, .right]),
        Scenario(name: "wizard step 1", tab: 3, keys: [.tab]),
        Scenario(name: "wizard step 2", tab: 3, keys: [.tab] + "123456789012".map { Key.character($0) } + [.enter]),
        Scenario(name: "wizard step 3", tab: 3, keys: [.tab] + "123456789012".map { Key.character($0) } + [.enter, .enter]),
        Scenario(name: "users", tab: 4, keys: []),
        Scenario(name: "user detail", tab: 4, keys: [.enter]),
        Scenario(name: "policies", tab: 5, keys: [.character("t"), .character("t")]),
        Scenario(name: "policy detail", tab: 5, keys: [.character("t"), .character("t"), .enter]),
        Scenario(name: "sign in", tab: 6, keys: [.down]),
        Scenario(name: "switch role", tab: 7, keys: [.down]),
        Scenario(name: "session", tab: 8, keys: [.down]),
        Scenario(name: "activity", tab: 9, keys: []),
        Scenario(name: "activity event", tab: 9, keys: [.enter]),
    ]

    @Test("every page keeps the layout rules", arguments: scenarios)
    func everyPageKeepsTheLayoutRules(_ scenario: Scenario) throws {
        let check = LayoutCheck(tokens: Self.tokens)
        var problems: [String] = []
        for size in Self.sizes {
            for guided in [false, true] {
                var state = Self.state(try Self.gateway(), size: size, guided: guided)
                _ = ConsoleShell.perform(.goToPage(scenario.tab), on: &state)
                for key in scenario.keys { _ = ConsoleShell.reduce(&state, .keyPressed(key)) }
                let found = check.problems(state)
                if !found.isEmpty {
                    let screen = ConsoleShell.render(state, size: size).lines.joined(separator: "\n")
                    problems.append("\(scenario.name) at \(size.width)×\(size.height)\(guided ? " guided" : ""):\n  "
                                    + found.joined(separator: "\n  ") + "\n" + screen)
                }
            }
        }
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n\n"))")
    }

    @Test("the wizard's focused field is on screen at every size, guided or not")
    func wizardFocusIsAlwaysOnScreen() throws {
        for size in Self.sizes {
            for guided in [false, true] {
                var wizard = try WizardHarness(size: size, guided: guided)
                wizard.app.isGuided = guided
                wizard.press(.tab)
                wizard.type(DemoLab.developmentAccountID)
                wizard.press(.tab, .character(" "))  // Require external ID: the form grows
                for _ in 0..<8 {
                    wizard.press(.tab)
                    let label = wizard.state.focus.declaration?.columnLabel ?? ""
                    let focused = wizard.frame.lines.contains { $0.contains("›") && ($0.contains(label) || label.isEmpty) }
                    #expect(focused, "\(wizard.state.focus) is off screen at \(size.width)×\(size.height)\(guided ? " guided" : ""):\n\(wizard.screen)")
                }
            }
        }
    }
}
