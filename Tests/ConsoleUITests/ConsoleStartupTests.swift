@testable import ConsoleUI
import IAMKit
import Testing

/// The console's first frame must not wait for a lab of thousands of roles (issue #5: cold
/// start ≤ 150 ms on a 5,000-role lab): the Roles page reads its list when first shown, and
/// the welcome page and the wizard need only role names, which the store lists without
/// decoding a file per role.
@Suite struct ConsoleStartupTests {
    @Test func theRolesPageOfTheConsoleLoadsWhenFirstShown() throws {
        let lab = try RolesTestLab(extraRoles: 3)
        var page = RolesPage(lab.gateway.console(drafts: lab.drafts), loadNow: false)
        #expect(page.rows.isEmpty)
        page.becameActive(in: lab.environment)
        #expect(page.rows.count == 4)
        #expect(page.rows.contains { $0.name == RolesTestLab.roleName })
    }

    @Test func noLabPageReadsTheLabBeforeItIsShown() throws {
        // The Users page's escalation findings read every role of the account: on the
        // benchmark's 5,000-role lab that made the first frame take 154 ms instead of 26.
        let lab = try RolesTestLab(extraRoles: 3)
        let pages = ConsolePages.make(lab.environment)
        var users = try #require(pages.first { $0.id == .users } as? UsersPage)
        #expect(users.accountLabel.isEmpty, "the Users page read the lab before it was shown")
        users.becameActive(in: lab.environment)
        #expect(users.accountLabel.contains(RolesTestLab.production), "shown, it reads the caller's account")
        let roles = try #require(pages.first { $0.id == .roles } as? RolesPage)
        #expect(roles.rows.isEmpty, "the Roles page read the lab before it was shown")
    }

    @Test func recordNamesAreTheLowerCasedKeysInOrderWithoutReadingRecords() throws {
        let lab = try RolesTestLab(extraRoles: 2)
        let names = try lab.gateway.read { repo in try repo.recordNames(.role, in: RolesTestLab.production) }
        #expect(names == ["role-00000", "role-00001", "updateapp"])
        let welcome = WelcomePage(lab.gateway.console())
        #expect(welcome.textLines(width: 100).joined(separator: "\n").contains("UpdateApp"), "shown names keep their case")
    }
}
