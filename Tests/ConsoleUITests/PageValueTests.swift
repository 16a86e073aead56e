import ConsoleUI
import IAMKit
import Testing

/// Page state is a plain value: the lab, drafts and clock come from the `ConsoleEnvironment`
/// the shell hands in, so states can be compared. That is what lets a test (or the runner)
/// tell "nothing happened" from "something changed", and replay a session exactly.
@Suite("Page state is an Equatable value")
struct PageValueTests {
    /// The whole console over the roles lab at 80×24, as the launcher builds it.
    static func console(_ lab: RolesTestLab) -> AppState {
        let environment = lab.environment
        return AppState(size: Size(width: 80, height: 24), pages: ConsolePages.make(environment), environment: environment,
                        identity: "root @ production (111122223333)")
    }

    /// What differs between two states, in words (the states themselves are too large to print).
    static func difference(_ lhs: AppState, _ rhs: AppState) -> String {
        if lhs == rhs { return "" }
        let pages = zip(lhs.pages, rhs.pages).filter { !$0.isEqual(to: $1) }.map { $0.0.id.name }
        return pages.isEmpty ? "the shell's own state" : "page(s) " + pages.joined(separator: ", ")
    }

    @Test("a key that changes nothing leaves the state == before; one that does makes it differ")
    func keyThatChangesNothing() throws {
        var state = Self.console(try RolesTestLab(extraRoles: 30))
        state.press(.character("1"), .up)  // the first key also tells the page its size
        let atTop = state
        state.press(.up)
        #expect(Self.difference(state, atTop) == "", "↑ on the first row moves nothing")
        state.press(.home)
        #expect(Self.difference(state, atTop) == "", "Home on the first row moves nothing")
        state.press(.character("?"), .escape)
        #expect(Self.difference(state, atTop) == "", "opening and closing help leaves the page as it was")
        state.press(.down)
        #expect(Self.difference(state, atTop) == "page(s) roles", "↓ moves the selection, and the states say so")
        state.press(.up)
        #expect(Self.difference(state, atTop) == "", "back up: the same value again")
    }

    @Test("the same keys over two fresh labs give equal states and the same screen")
    func replayIsExact() throws {
        func run() throws -> AppState {
            var state = Self.console(try RolesTestLab(extraRoles: 5))
            state.press(.character("2"))  // Create role
            state.press(.tab, .tab, .character(" "), .enter)  // This account, then Permissions
            state.press(.character("3"))  // Users
            state.press(.down, .down, .enter)
            state.press(.character("1"), .character("/"))
            state.type("role-0000")
            state.press(.enter, .down)
            return state
        }
        let first = try run(), second = try run()
        #expect(Self.difference(first, second) == "")
        let same = ConsoleShell.render(first, size: first.size) == ConsoleShell.render(second, size: second.size)
        #expect(same, "the same screen")
        var changed = second
        changed.press(.down)
        #expect(Self.difference(changed, first) == "page(s) roles", "a further key is told apart")
    }

    @Test("no page keeps a reference: every stored property, all the way down, is a value")
    func pagesHoldNoReferences() throws {
        let lab = try RolesTestLab(extraRoles: 2)
        var state = Self.console(lab)
        // Visit every page so each loads what it shows.
        for index in 1...state.pages.count where index <= 9 { state.press(.character(Character("\(index)"))) }
        for page in state.pages {
            let found = Self.references(in: page, path: "\(page.id.name)")
            #expect(found.isEmpty, "\(page.id.name) holds a reference at \(found)")
        }
    }

    /// Paths of stored properties that are class instances (the lab, a draft store, a clock).
    static func references(in value: Any, path: String, depth: Int = 0) -> [String] {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .class { return [path] }
        guard depth < 12 else { return [] }
        var found: [String] = []
        for (offset, child) in mirror.children.enumerated() {
            // Large arrays of the same row type: the first few show any reference.
            if mirror.displayStyle == .collection, offset > 3 { break }
            found += references(in: child.value, path: path + "." + (child.label ?? "\(offset)"), depth: depth + 1)
        }
        return found
    }
}
