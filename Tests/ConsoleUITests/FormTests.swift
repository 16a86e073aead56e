@testable import ConsoleUI
import Testing

/// Forms as data (#15): a form declared as `FormField` values navigates, edits, validates and
/// draws the way the Create role wizard does, with nothing but the declaration.
@Suite struct FormTests {
    /// The state of a small test form.
    struct Signup {
        var name = TextField()
        var agrees = false
        var plan = 1
        var reason = TextField()
    }

    enum FieldID: Hashable { case name, agrees, plan, reason }

    typealias Field = FormField<Signup, FieldID>

    /// Name (1-8 letters), a checkbox, a choice, and a reason shown only when ticked.
    static var form: FormGroup<Signup, FieldID> { FormGroup(header: "Sign up", [
        Field(.name, "Name", kind: .text(\.name, placeholder: "alice"), concept: .roleName,
              hint: { "Letters only (\($0.name.text.count)/8)" },
              validate: { state in
                  state.name.text.count > 8 || state.name.text.contains(where: { !$0.isLetter })
                      ? "Name must be 1-8 letters." : nil
              }),
        Field(.agrees, "Agree to terms", kind: .checkbox(\.agrees), concept: .requireMFA, columnLabel: "Options",
              hint: { _ in "Required" }, spaceBefore: 1),
        Field(.reason, "Reason", kind: .text(\.reason), concept: .roleDescription, isShown: { $0.agrees },
              notes: { _ in ["Reasons are public."] }),
        Field(.plan, "Plan", kind: .choice(options: { _ in ["Free", "Team", "Enterprise"] }, get: { $0.plan }, set: { $0.plan = $1 }),
              concept: .trustedEntity),
    ]) }

    static func draw(_ group: FormGroup<Signup, FieldID>, _ state: Signup, focus: FieldID, width: Int = 60) -> [String] {
        var frame = Frame(size: Size(width: width, height: 16))
        FormLayout.render(group, state, focus: .init(focus, isTyping: true), into: &frame,
                          area: Rect(row: 0, col: 0, width: width, height: 16))
        return frame.lines
    }

    @Test("Tab and Shift-Tab follow the declaration, skip hidden fields and wrap")
    func navigation() {
        var state = Signup()
        let form = Self.form
        #expect(form.shownFields(in: state).map(\.id) == [.name, .agrees, .plan])
        #expect(form.focus(from: .name, by: 1, in: state) == .agrees)
        #expect(form.focus(from: .agrees, by: 1, in: state) == .plan)
        #expect(form.focus(from: .plan, by: 1, in: state) == .name)
        #expect(form.focus(from: .name, by: -1, in: state) == .plan)
        #expect(form.field(.agrees)?.toggle(in: &state) == true)
        #expect(form.focus(from: .agrees, by: 1, in: state) == .reason)
        #expect(form.focus(from: .reason, by: 1, in: state) == .plan)
        state.agrees = false
        #expect(form.focus(from: .reason, by: 1, in: state) == .name, "a focus on a field that disappeared goes to the first")
    }

    @Test("printable keys edit only text fields; Space ticks checkboxes and moves choices; ← → step a choice")
    func keys() throws {
        var state = Signup()
        let form = Self.form
        let name = try #require(form.field(.name))
        for key: Key in [.character("b"), .character("o"), .character("b"), .backspace] { #expect(name.edit(key, in: &state)) }
        #expect(state.name.text == "bo")
        #expect(form.field(.agrees)?.edit(.character("x"), in: &state) == false)
        #expect(form.field(.plan)?.edit(.character("x"), in: &state) == false)
        #expect(!state.agrees && state.plan == 1)
        #expect(form.field(.name)?.toggle(in: &state) == false)
        form.field(.plan)?.toggle(in: &state)
        #expect(state.plan == 2)
        form.field(.plan)?.toggle(in: &state)
        #expect(state.plan == 0, "Space wraps round the options")
        form.field(.plan)?.step(by: -1, in: &state)
        #expect(state.plan == 0, "← stops at the first option")
        form.field(.plan)?.step(by: 1, in: &state)
        #expect(state.plan == 1)
        #expect(form.field(.name)?.isText == true && form.field(.agrees)?.isText == false)
    }

    @Test("the form draws labels, the focus mark, the hint, then the problem in its place")
    func rendering() throws {
        var state = Signup()
        var lines = Self.draw(Self.form, state, focus: .agrees)
        #expect(lines[0].hasPrefix("Sign up"))
        #expect(lines[2].hasPrefix(" Name") && lines[2].contains("[alice"))
        #expect(lines[3].contains("Letters only (0/8)"))
        #expect(lines[5].hasPrefix("›Options") && lines[5].contains("[ ] Agree to terms"))
        #expect(lines[6].contains("Required"))
        #expect(lines[7].hasPrefix(" Plan") && lines[7].contains("( ) Free"))
        #expect(lines[8].contains("(•) Team") && lines[9].contains("( ) Enterprise"))
        #expect(!lines.joined().contains("Reason"))

        state.name.set("bob9")
        state.agrees = true
        lines = Self.draw(Self.form, state, focus: .reason)
        #expect(lines[3].contains("Name must be 1-8 letters.") && !lines[3].contains("Letters only"))
        #expect(lines[5].contains("[x] Agree to terms"))
        let reason = try #require(lines.firstIndex { $0.contains("Reason") })
        #expect(lines[reason].hasPrefix("›Reason"))
        #expect(lines[reason + 1].contains("! Reasons are public."))
    }

    @Test("a field added to a wizard step is drawn, focused and ticked with nothing but its declaration")
    func addingAFieldToTheWizard() throws {
        let wizard = try WizardHarness(size: Size(width: 100, height: 30))
        var group = CreateRoleForm.group(for: .details)
        group.fields.append(FormField(.requireMFA, "Extra option", kind: .checkbox(\.requiresMFA), concept: .requireMFA,
                                      columnLabel: "Extra", hint: { _ in "A test-only field" }, spaceBefore: 1))
        var state = wizard.state
        let focus = group.focus(from: .tags, by: 1, in: state)
        #expect(focus == .requireMFA)
        #expect(group.focus(from: focus, by: 1, in: state) == .roleName)
        #expect(group.field(focus)?.toggle(in: &state) == true)
        #expect(state.requiresMFA)
        var frame = Frame(size: Size(width: 80, height: 24))
        FormLayout.render(group, state, focus: .init(focus, isTyping: false), into: &frame, area: Rect(row: 0, col: 0, width: 80, height: 24))
        let row = try #require(frame.lines.firstIndex { $0.contains("Extra option") })
        #expect(frame.lines[row].hasPrefix("›Extra") && frame.lines[row].contains("[x] Extra option"))
        #expect(frame.lines[row + 1].contains("A test-only field"))
        #expect(frame.lines.contains { $0.hasPrefix(" Role name") })
    }

    @Test("Sign in and Switch Role are the same form model: a FormGroup drawn by FormLayout, the password secret, the colour a wrapping ◂ choice ▸")
    func identityFormsAreFormGroups() throws {
        let gateway = try demoLabGateway()
        var signIn = SignInPage(gateway.console()).form
        let group = signIn.group
        #expect(group.fields.map(\.label) == ["Account", "IAM user name", "Password", "MFA code"])
        #expect(group.fields.map(\.isSecret) == [false, false, true, false])
        signIn.focus = SignInPage.password
        for character in "hunter2" { _ = signIn.apply(.character(character)) }
        var frame = Frame(size: Size(width: 60, height: 6))
        signIn.render(into: &frame, area: Rect(row: 0, col: 0, width: 60, height: 6), row: 0, labelWidth: 14)
        #expect(frame.lines[2].hasPrefix("›Password       [•••••••"), "\(frame.lines[2])")
        #expect(!frame.lines.joined().contains("hunter2"), "a secret is never drawn")
        // ↓ from the last field wraps to the first, as FormGroup orders focus for the wizard too.
        signIn.moveFocus(by: 1)
        signIn.moveFocus(by: 1)
        #expect(signIn.focus == SignInPage.account)

        var switchRole = SwitchRolePage(gateway.console()).form
        switchRole.focus = SwitchRolePage.color
        #expect(switchRole.group.field(SwitchRolePage.color)?.choiceStyle == .inline)
        _ = switchRole.apply(.left)
        #expect(switchRole.fields[SwitchRolePage.color].text == "green", "← from blue")
        for _ in 0..<2 { _ = switchRole.apply(.right) }
        #expect(switchRole.fields[SwitchRolePage.color].text == "red", "→ past the last colour wraps to the first")
        var colour = Frame(size: Size(width: 40, height: 5))
        switchRole.render(into: &colour, area: Rect(row: 0, col: 0, width: 40, height: 5), row: 0, labelWidth: 12)
        #expect(colour.lines[3].hasPrefix("›Colour       ◂ red ▸"), "\(colour.lines[3])")
    }
}
