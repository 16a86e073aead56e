@testable import ConsoleUI
import IAMKit
import Testing

/// Issue #15: at 80 columns the header showed `[Welcome]  Roles   Create role   Us` and hid tabs
/// 4–8; at 120 the Session tab was cut.
@Suite("Tab bar: every tab is always on screen")
struct TabBarTests {
    /// The console's pages over the demo lab.
    private func console(_ size: Size) throws -> AppState {
        let gateway = try demoLabGateway()
        let environment = gateway.console()
        let pages: [any ConsoleUI.Page] = [WelcomePage(environment)] + ConsolePages.make(environment)
        return AppState(size: size, pages: pages, environment: environment, identity: "root @ production (111122223333)")
    }

    @Test("every tab shows, with the active one marked, at 80, 100 and 120 columns", arguments: [80, 100, 120])
    func everyTabShows(width: Int) throws {
        var app = try console(Size(width: width, height: 24))
        for active in app.pages.indices {
            app.activePageIndex = active
            let header = ConsoleShell.render(app, size: app.size).lines[0]
            let bar = TabBar(pages: app.pages.map(\.id), active: active)
            let showsEveryTab = TabBar.Style.allCases.contains { style in
                app.pages.indices.allSatisfy { header.contains(bar.label($0, style: style).trimmingSpaces) }
            }
            #expect(showsEveryTab, "a tab is missing at \(width) columns: \(header)")
            #expect(header.contains("root @ production (111122223333)"))
            #expect(!header.contains("‹") && !header.contains("›"))
        }
    }

    @Test("80 columns number the tabs and name the active one; 120 columns name them all")
    func styles() throws {
        var app = try console(Size(width: 80, height: 24))
        app.activePageIndex = 2
        #expect(ConsoleShell.render(app, size: app.size).lines[0]
            == "  1   2  [3 Create]  4   5   6   7   8   9     root @ production (111122223333)")
        app.size = Size(width: 120, height: 40)
        let wide = ConsoleShell.render(app, size: app.size).lines[0]
        #expect(wide.contains("Welcome") && wide.contains("[Create]") && wide.contains("Switch") && wide.contains("Session")
                && wide.contains("Events"), "\(wide)")
    }

    @Test("at 80 columns beside alice's or root's development identity, the active Policies tab still shows its title")
    func activeTitleUsesTheFreeColumns() throws {
        var app = try console(Size(width: 80, height: 24))
        app.identity = "root @ development (123456789012)"
        app.activePageIndex = 4
        let header = ConsoleShell.render(app, size: app.size).lines[0]
        #expect(header == "  1   2   3   4  [5 Policies]  6   7   8   9  root @ development (123456789012)", "\(header)")
        assertScreen(ConsoleShell.render(app, size: app.size), named: "tabbar-policies-development-80x24")
        // One column fewer and the title no longer fits: numbers alone, every tab still there.
        app.identity = "root @ development (1234567890123)"
        let tighter = ConsoleShell.render(app, size: app.size).lines[0]
        #expect(tighter.contains("[5]") && tighter.contains(" 9 "), "\(tighter)")
    }
}
