import ConsoleUI
import IAMKit
import Testing

/// The welcome page over the demo lab (issue #8 "First run"): the seed's accounts and users,
/// and the seed's first exercise (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user.html).
@Suite("Welcome page: the first screen of a class, read live from the lab")
struct WelcomePageTests {
    static let setup = WelcomePage.Setup(storePath: "/home/trainee/.local/share/rolecall", theme: "default (256 colours)")

    private func text(_ page: WelcomePage, width: Int = 76) -> String {
        page.textLines(width: width).joined(separator: "\n")
    }

    @Test("it names both accounts, the users (alice with MFA), who is signed in and the first exercise")
    func showsTheLab() throws {
        let page = WelcomePage(try demoLabGateway().console(), setup: Self.setup)
        let shown = text(page, width: 200)
        #expect(shown.contains("Signed in as root @ production (111122223333)"))
        #expect(shown.contains("  production 111122223333 (trusting): policy PolicyForRole · no roles yet"))
        #expect(shown.contains("  development 123456789012 (trusted): users alice (MFA), bob · group Developers · no roles yet"))
        #expect(shown.contains("Create the role Test-UserAccess-Role in production (111122223333)"))
        #expect(shown.contains("Press c (or Enter) to open Create role"))
        #expect(shown.contains("rolecall lab reset restores the demo lab"))
    }

    @Test("a change made elsewhere shows on the next key: the exercise is marked done")
    func readsLive() throws {
        let lab = try demoLabGateway()
        let environment = lab.console()
        var page = WelcomePage(environment)
        let service = lab.service
        lab.externalChange { lab in
            let trust = #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}}}"#
            _ = try? service.createRole(roleName: "Test-UserAccess-Role", assumeRolePolicyDocument: trust,
                                            caller: .root(accountID: DemoLab.productionAccountID), in: &lab)
        }
        #expect(page.content.exerciseDone == false)
        _ = page.handle(.moveDown, body: Rect(row: 1, col: 0, width: 80, height: 22), in: environment)
        #expect(page.content.exerciseDone)
        #expect(text(page, width: 200).contains("✓ Test-UserAccess-Role exists in production."))
        #expect(text(page, width: 200).contains("role Test-UserAccess-Role"))
    }

    @Test("coming back to the page with Tab shows the role another page created meanwhile")
    func refreshesWhenShownAgain() throws {
        let lab = try demoLabGateway()
        var state = AppState(size: Size(width: 80, height: 24), pages: [WelcomePage(lab.console()), PlaceholderPage(id: .createRole)],
                             environment: lab.console())
        _ = ConsoleShell.reduce(&state, .keyPressed(.tab))
        let trust = #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"123456789012"},"Action":"sts:AssumeRole"}}"#
        _ = try lab.write(eventName: "CreateRole") { repo in
            try lab.service.createRole(roleName: "Test-UserAccess-Role", assumeRolePolicyDocument: trust,
                                       caller: .root(accountID: DemoLab.productionAccountID), in: &repo)
        }
        _ = ConsoleShell.reduce(&state, .keyPressed(.tab))
        #expect((state.activePage as? WelcomePage)?.content.exerciseDone == true)
        let shown = try #require(state.activePage as? WelcomePage).textLines(width: 200).joined(separator: "\n")
        #expect(shown.contains("production 111122223333 (trusting): policy PolicyForRole · role Test-UserAccess-Role"))
    }

    @Test("a lab of a thousand users still shows each account on one short line")
    func largeLab() throws {
        let lab = try demoLabGateway()
        let service = lab.service
        lab.externalChange { lab in
            for index in 0..<1000 {
                _ = try? service.createUser(userName: "trainee\(index)", caller: .root(accountID: DemoLab.developmentAccountID), in: &lab)
            }
        }
        let environment = lab.console()
        var page = WelcomePage(environment)
        _ = page.handle(WelcomePage.reload, body: Rect(row: 1, col: 0, width: 120, height: 38), in: environment)
        #expect(page.textLines(width: 200).contains {
            $0.contains("development 123456789012 (trusted): users alice (MFA), bob, trainee0, trainee1, trainee10 and 997 more")
        })
    }

    @Test("c opens the Create role page when it is there, and says why not when it is not")
    func startsTheExercise() throws {
        let lab = try demoLabGateway()
        var state = AppState(size: Size(width: 80, height: 24), pages: [WelcomePage(lab.console())], environment: lab.console())
        #expect(ConsoleShell.reduce(&state, .keyPressed(.character("c"))) == [.bell])
        #expect(state.refusal == "Start exercise is unavailable: no Create role page yet")
        state.pages.append(PlaceholderPage(id: .createRole))
        _ = ConsoleShell.reduce(&state, .keyPressed(.character("c")))
        #expect(state.activePage?.id == .createRole)
        state.activePageIndex = 0
        _ = ConsoleShell.reduce(&state, .keyPressed(.enter))
        #expect(state.activePage?.id == .createRole)
    }

    @Test("at 80×24 the page scrolls to its last line and back")
    func scrolls() throws {
        let environment = try demoLabGateway().console()
        var page = WelcomePage(environment)
        let body = Rect(row: 1, col: 0, width: 80, height: 14)
        _ = page.handle(.moveToLast, body: body, in: environment)
        let last = page.top
        #expect(last > 0)
        _ = page.handle(.moveDown, body: body, in: environment)
        #expect(page.top == last)
        _ = page.handle(.moveToFirst, body: body, in: environment)
        #expect(page.top == 0)
    }

    @Test("snapshot at 80×24 on the demo lab")
    func snapshot80x24() throws {
        let size = Size(width: 80, height: 24)
        let state = AppState(size: size, pages: [WelcomePage(try demoLabGateway().console(), setup: Self.setup)],
                             identity: "root @ production (111122223333)",
                             notice: "New demo lab in ~/.local/share/rolecall/lab (rolecall lab reset restores it)")
        assertScreen(ConsoleShell.render(state, size: size), named: "welcome-80x24")
    }

    @Test("snapshot at 120×40 on the demo lab")
    func snapshot120x40() throws {
        let size = Size(width: 120, height: 40)
        let state = AppState(size: size, pages: [WelcomePage(try demoLabGateway().console(), setup: Self.setup)],
                             identity: "root @ production (111122223333)")
        assertScreen(ConsoleShell.render(state, size: size), named: "welcome-120x40")
    }
}

/// Stands in for a page another feature builds.
struct PlaceholderPage: ConsoleUI.Page {
    let id: PageID
    func handle(_ command: Command, body: Rect, in environment: ConsoleEnvironment) -> [Effect] { [] }
    func render(into frame: inout Frame, area: Rect) { frame.panel(area, title: id.title) }
}
