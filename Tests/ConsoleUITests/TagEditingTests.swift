@testable import ConsoleUI
import IAMKit
import Testing

/// Tags shown and edited on the role and user pages, through TagRole/UntagRole and
/// TagUser/UntagUser, so IAM's rules answer in AWS's words.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html
@Suite("Tags on the role and user pages")
struct TagEditingTests {
    /// The open role after `t`, `key`, Enter, `value`, Enter.
    static func roleTagged(key: String, value: String) throws -> (RolesTestLab, AppState) {
        let lab = try RolesTestLab()
        var state = lab.state(lab.rolesPage())
        state.press(.enter, .character("t"))
        state.type(key)
        state.press(.enter)
        state.type(value)
        state.press(.enter)
        return (lab, state)
    }

    /// The open role's Tags tab after adding `team=ops and dev` with `t`.
    static func roleWithTag() throws -> (RolesTestLab, AppState) {
        try roleTagged(key: "team", value: "ops and dev")
    }

    @Test("t on an open role asks the key, then the value; TagRole stores it and the Tags tab lists it (80×24)")
    func addRoleTag() throws {
        let (lab, state) = try Self.roleWithTag()
        #expect(lab.storedRole()?.tags == [Tag(key: "team", value: "ops and dev")])
        #expect(state.screenText.contains("Tag team added."), "\(state.screenText)")
        assertScreen(ConsoleShell.render(state, size: state.size), named: "role-tags-80x24")
    }

    @Test("e changes the selected tag; a new key untags the old one in the same write; x removes it")
    func editAndRemoveRoleTag() throws {
        var (lab, state) = try Self.roleWithTag()
        state.press(.character("e"))
        #expect(state.screenText.contains("Tag key (was team): team"), "\(state.screenText)")
        state.press(.ctrl("u"))
        state.type("owner")
        state.press(.enter)
        state.press(.ctrl("u"))
        state.type("alice")
        state.press(.enter)
        #expect(lab.storedRole()?.tags == [Tag(key: "owner", value: "alice")])
        state.press(.character("x"))
        #expect(lab.storedRole()?.tags == [])
        #expect(state.screenText.contains("Tag owner removed."), "\(state.screenText)")
    }

    @Test("AWS's own error texts: a bad character, a key or a value too long", arguments: [
        ("team!", "x", "ValidationError"),
        (String(repeating: "k", count: 129), "x", "ValidationError"),
        ("team", String(repeating: "v", count: 257), "ValidationError"),
    ])
    func roleTagRefused(key: String, value: String, code: String) throws {
        let (lab, state) = try Self.roleTagged(key: key, value: value)
        #expect(lab.storedRole()?.tags == [])
        let shown = state.roles?.message?.text ?? ""
        var check = ParameterValidator(operation: "TagRole")
        check.tags([Tag(key: key, value: value)])
        let expected: String
        do throws(ServiceError) {
            try check.check()
            expected = "(accepted)"
        } catch {
            expected = "\(error.code): \(error.message)"
        }
        #expect(shown == expected, "\(shown)")
        #expect(shown.hasPrefix(code), "\(shown)")
        #expect(state.roles?.prompt != nil, "the value stays for correction")
    }

    @Test("A key or value that begins with aws: is refused in IAM's words and nothing is stored", arguments: [
        ("aws:team", "ops"), ("AWS:Team", "ops"), ("team", "aws:ops"),
    ])
    func reservedPrefixRefused(key: String, value: String) throws {
        let (lab, state) = try Self.roleTagged(key: key, value: value)
        #expect(lab.storedRole()?.tags == [])
        // https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html
        #expect(state.roles?.message?.text == "InvalidInput: You cannot create a tag key or value that begins with the text aws:. "
                + "This tag prefix is reserved for AWS internal use.", "\(state.screenText)")
        #expect(state.roles?.prompt != nil, "the value stays for correction")
    }

    @Test("A user's tags are listed with its items; t adds, e changes, x removes after asking")
    func userTags() throws {
        var (state, gateway) = try UsersPageTests.state()
        IdentityLab.press(.down, in: &state)  // bob
        IdentityLab.type("t", into: &state)
        IdentityLab.type("cost center", into: &state)
        IdentityLab.press(.down, in: &state)
        IdentityLab.type("42", into: &state)
        IdentityLab.press(.enter, in: &state)
        #expect(try UsersPageTests.user(gateway, "bob").tags == [Tag(key: "cost center", value: "42")])
        IdentityLab.press(.enter, in: &state)  // open bob
        while try UsersPageTests.page(state).selectedItem.map({ if case .tag = $0 { true } else { false } }) == false {
            IdentityLab.press(.down, in: &state)
        }
        assertScreen(ConsoleShell.render(state, size: state.size), named: "user-tags-80x24")
        IdentityLab.type("e", into: &state)
        IdentityLab.press(.down, in: &state)
        IdentityLab.press(.ctrl("u"), in: &state)
        IdentityLab.type("43", into: &state)
        IdentityLab.press(.enter, in: &state)
        #expect(try UsersPageTests.user(gateway, "bob").tags == [Tag(key: "cost center", value: "43")])
        IdentityLab.type("x", into: &state)
        IdentityLab.type("y", into: &state)
        #expect(try UsersPageTests.user(gateway, "bob").tags == [])
    }
}
