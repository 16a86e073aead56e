import ConsoleUI
import IAMKit
import Testing

/// The Roles page as the user sees it, at the minimum size and with room to spare
/// (ROLECALL_RECORD_SNAPSHOTS=1 re-records).
@Suite("Roles page screens")
struct RolesScreenTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    /// Renders the page after `keys` at each size and compares with `name-WxH`.
    private func check(_ name: String, lab: RolesTestLab, keys: [Key], then: ((RolesTestLab) throws -> Void)? = nil,
                       more: [Key] = [], sourceLocation: SourceLocation = #_sourceLocation) throws {
        for size in Self.sizes {
            var state = lab.state(lab.rolesPage(), size: size)
            for key in keys { state.press(key) }
            try then?(lab)
            for key in more { state.press(key) }
            assertScreen(ConsoleShell.render(state, size: size), named: "\(name)-\(size.width)x\(size.height)",
                         sourceLocation: sourceLocation)
        }
    }

    @Test("the list")
    func list() throws {
        try check("list", lab: RolesTestLab(extraRoles: 40), keys: [.down, .down])
    }

    @Test("the list filtered")
    func filtered() throws {
        try check("filter", lab: RolesTestLab(extraRoles: 40), keys: [.character("/"), .character("0"), .character("3")])
    }

    @Test("the Permissions tab with the selected policy's JSON")
    func permissions() throws {
        try check("permissions", lab: RolesTestLab(), keys: [.enter])
    }

    @Test("the Trust relationships tab")
    func trust() throws {
        try check("trust", lab: RolesTestLab(), keys: [.enter, .right])
    }

    @Test("the Trust relationships tab after the principal was deleted elsewhere")
    func trustDeleted() throws {
        for size in Self.sizes {
            let lab = try RolesTestLab()
            var state = lab.state(lab.rolesPage(), size: size)
            state.press(.enter, .right)
            try lab.deleteBobElsewhere()
            state.press(.character("r"))
            assertScreen(ConsoleShell.render(state, size: size), named: "trust-deleted-\(size.width)x\(size.height)")
        }
    }

    @Test("the Who can assume tab")
    func whoCanAssume() throws {
        try check("who-can-assume", lab: RolesTestLab(), keys: [.enter, .right, .right])
    }

    @Test("the Details tab")
    func details() throws {
        try check("details", lab: RolesTestLab(), keys: [.enter, .left])
    }

    @Test("deletion refused while a policy is attached")
    func deleteRefused() throws {
        let keys: [Key] = [.character("D")] + "UpdateApp".map { Key.character($0) } + [.enter]
        try check("delete-refused", lab: RolesTestLab(), keys: keys)
    }

    @Test("the typed confirmation of a deletion")
    func deleteDialog() throws {
        try check("delete-dialog", lab: RolesTestLab(), keys: [.enter, .character("D"), .character("U")])
    }

    @Test("an inline policy draft with a located error")
    func draftProblem() throws {
        for size in Self.sizes {
            let lab = try RolesTestLab()
            var state = lab.state(lab.rolesPage(), size: size)
            state.press(.enter, .character("i"))
            state.type("Broken")
            guard case .editFile(let path, _)? = state.press(.enter).first else { return }
            lab.drafts.edit(path, to: "{\n    \"Version\": \"2012-10-17\",\n    \"Statement\": [\n        {\"Effect\": \"Allow\" \"Action\": \"s3:*\"}\n    ]\n}\n")
            _ = ConsoleShell.reduce(&state, .effectFinished(page: .roles, result: .editorFinished(path: path, status: 0)))
            assertScreen(ConsoleShell.render(state, size: size), named: "draft-problem-\(size.width)x\(size.height)")
        }
    }

    @Test("the attach picker")
    func picker() throws {
        try check("attach-picker", lab: RolesTestLab(), keys: [.enter, .character("a")])
    }

    @Test("the attach picker stays inside the page's border and PgDn keeps the selection in view (80×24)")
    func pickerFitsAndScrolls() throws {
        let lab = try RolesTestLab()
        let size = Size(width: 80, height: 24)
        var state = lab.state(lab.rolesPage(), size: size)
        state.press(.enter, .character("a"))
        let lines = state.screenText.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[1].hasPrefix("┌─ Roles › UpdateApp"), "the picker drew over the page's border: \(lines[1])")
        for _ in 0..<3 { state.press(.pageDown) }
        let selected = state.screenText.split(separator: "\n").filter { $0.contains("│› ") }
        #expect(selected.count == 1, "after three PgDn the selected policy is on screen:\n\(state.screenText)")
    }
}

@Suite("Roles page screens: guided mode and help")
struct RolesGuidedScreenTests {
    @Test("--guided explains the page and the tab in use")
    func guided() throws {
        for size in RolesScreenTests.sizes {
            let lab = try RolesTestLab()
            var state = lab.state(lab.rolesPage(guided: true), size: size)
            assertScreen(ConsoleShell.render(state, size: size), named: "guided-list-\(size.width)x\(size.height)")
            state.press(.enter, .right)
            assertScreen(ConsoleShell.render(state, size: size), named: "guided-trust-\(size.width)x\(size.height)")
        }
    }

    @Test("? lists the page's keys, with why the unavailable ones are")
    func help() throws {
        let lab = try RolesTestLab()
        var state = lab.state(lab.rolesPage(), size: Size(width: 120, height: 40))
        state.press(.character("?"))
        let text = state.screenText
        #expect(text.contains("Page: Roles"))
        #expect(text.contains("Attach a managed policy from the catalog. (unavailable:"))
        assertScreen(ConsoleShell.render(state, size: state.size), named: "help-120x40")
    }
}
