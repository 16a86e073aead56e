import IAMKit

/// Sign in: as an account's root user (user name left empty) or as an IAM user with the user's
/// console password, then the code of the user's MFA device when it has one, then a new
/// password when the login profile requires a reset, as the AWS sign-in page asks. The
/// "virtual MFA app" panel beside the form shows the current code of every lab device.
/// Sources: https://docs.aws.amazon.com/signin/latest/userguide/introduction-to-iam-user-sign-in-tutorial.html,
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable_virtual.html,
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_user-change-own.html
public struct SignInPage: FormValuesPage {
    /// The page's identity.
    public var id: PageID { .signIn }
    /// Whether to show the guided explanations.
    let guided: Bool
    /// Account, IAM user name, password, MFA code (and the new password while a reset is due).
    var form = FormValues(fields: SignInPage.signInFields)
    /// Who is signed in now, in words.
    var signedIn: String = ""
    /// The outcome of the last attempt.
    var message: [IdentityLine] = []
    /// The virtual MFA app's panel.
    var app = MFAAppPanel()

    /// Field indexes.
    static let account = 0, userName = 1, password = 2, mfaCode = 3, newPassword = 4, confirmPassword = 5

    /// The sign-in form's fields.
    static let signInFields = [
        FormEntry(label: "Account", placeholder: "12-digit ID or alias", maxLength: 64),
        FormEntry(label: "IAM user name", placeholder: "empty: the root user", maxLength: 64),
        FormEntry(label: "Password", placeholder: "the user's console password", maxLength: 128, isSecret: true),
        FormEntry(label: "MFA code", placeholder: "6 digits, if the user has a device", maxLength: 6),
    ]

    /// The fields the password-reset step adds.
    static let resetFields = [
        FormEntry(label: "New password", placeholder: "must meet the account's password policy", maxLength: 128, isSecret: true),
        FormEntry(label: "Confirm", placeholder: "the new password again", maxLength: 128, isSecret: true),
    ]

    /// Whether the login profile asked for a new password (the reset fields are shown).
    var isResettingPassword: Bool { form.fields.count > Self.newPassword }

    /// Command names of the page's keys.
    static let signInCommand = Command("signIn.submit")
    static let refresh = Command("signIn.refresh")

    /// Creates the page, reading who is signed in from `environment`'s lab.
    public init(_ environment: ConsoleEnvironment) {
        self.guided = environment.options.guided
        reload(in: environment)
    }

    /// The page's keys.
    public var bindings: [KeyBinding] {
        let scope = KeyScope.page(.signIn)
        return FormValues.fieldBindings(prefix: "signIn", scope: scope) + [
            KeyBinding([.enter], Self.signInCommand, title: "Sign in", help: "Sign in with the account, user name and MFA code entered.",
                       scope: scope, showsInStatusBar: true),
            KeyBinding([.character("r")], Self.refresh, title: "Refresh codes",
                       help: "Read the lab again and show the MFA app's current codes.", scope: scope, showsInStatusBar: true,
                       availableWhen: "no field has focus (Esc leaves the field)"),
        ]
    }

    /// The form takes ↑ ↓ itself.
    public var usesListKeys: Bool { false }
    /// Typing while a field has focus.
    public var isTyping: Bool { form.isTyping }
    /// Unsaved while something is typed.
    public var hasUnsavedInput: Bool { form.hasInput }

    /// Handles the page's commands.
    public mutating func handle(_ command: Command, body: Rect, in environment: ConsoleEnvironment) -> [Effect] {
        handleFormCommand(command, in: environment)
    }

    /// Shown again: reads the lab again.
    public mutating func becameActive(in environment: ConsoleEnvironment) {
        refreshOnShow(in: environment)
    }

    /// The page's commands.
    mutating func handleCommand(_ command: Command, in environment: ConsoleEnvironment) -> [Effect] {
        let lab = environment.lab
        switch command {
        case Self.signInCommand: return signIn(in: environment)
        case Self.refresh:
            reload(in: environment)
            return [.currentIdentity(of: lab)]
        default: break
        }
        return []
    }

    /// Typed text goes to the focused field.
    public mutating func handleUnbound(_ key: Key, in environment: ConsoleEnvironment) -> [Effect] {
        handleFormKey(key)
    }

    /// Another page's request to fill the form (the wizard's "Try it" while root is signed in):
    /// the account and user, focus on the MFA code when the user has a device to read it from.
    public mutating func receive(_ result: EffectResult, in environment: ConsoleEnvironment) -> [Effect] {
        guard case .signInPrefill(let request) = result else { return [] }
        form[Self.account] = request.account
        form[Self.userName] = request.userName ?? ""
        form[Self.mfaCode] = ""
        form.focus = request.userName == nil ? Self.userName : Self.mfaCode
        let who = request.userName ?? "a user of \(request.account) who was granted"
        message = [IdentityLine(text: "Filled in from Create role: sign in as \(who) (the root user cannot switch roles), "
                                + "then open Switch Role.", role: .info)]
        return []
    }

    /// Nothing depends on what is typed.
    mutating func formChanged() {}

    /// The virtual MFA app's codes and seconds left follow the clock, without a key.
    public mutating func clockTicked(in environment: ConsoleEnvironment) -> Bool {
        app.refresh(clock: environment.clock)
    }

    /// Reads who is signed in and the devices' codes now.
    mutating func reload(in environment: ConsoleEnvironment) {
        let lab = environment.lab
        app = MFAAppPanel.load(lab: lab, clock: environment.clock)
        signedIn = ConsolePages.identity(lab: lab).text
        if form[Self.account].isEmpty, let session = try? lab.consoleSession() {
            form[Self.account] = session.signInAccountLabel
        }
    }

    /// Runs ConsoleSignIn and shows the outcome; the header follows.
    mutating func signIn(in environment: ConsoleEnvironment) -> [Effect] {
        let lab = environment.lab
        let account = form[Self.account], user = form[Self.userName], code = form[Self.mfaCode]
        // Passwords are taken as typed (spaces are characters of a password).
        let password = form.fields[Self.password].text
        guard !account.isEmpty else {
            message = [IdentityLine(text: "Enter the account ID or alias to sign in to.", role: .danger)]
            form.focus = Self.account
            return []
        }
        var newPassword: String?
        if isResettingPassword {
            newPassword = form.fields[Self.newPassword].text
            guard newPassword == form.fields[Self.confirmPassword].text else {
                message = [IdentityLine(text: "The new passwords do not match.", role: .danger)]
                form.focus = Self.confirmPassword
                return []
            }
        }
        let sessionName = lab.consoleSessionName
        do {
            _ = try lab.write(eventName: "ConsoleLogin") { repo in
                try lab.service.consoleSignIn(account: account, userName: user.isEmpty ? nil : user,
                                              password: password.isEmpty ? nil : password, mfaCode: code.isEmpty ? nil : code,
                                              newPassword: newPassword, sessionName: sessionName, in: &repo)
            }
            form.fields = Self.signInFields.enumerated().map { index, field in
                var kept = field
                if index == Self.account || index == Self.userName { kept.text = form.fields[index].text }
                return kept
            }
            form.isDirty = false
            // Leave the fields, so page keys (digits, q) work at once instead of being typed
            // into Account; ↓ enters the form again, its text selected for the next person.
            form.focus = nil
            reload(in: environment)
            message = [IdentityLine(text: "Signed in as \(signedIn).", role: .success)]
            return [.currentIdentity(of: lab)]
        } catch let error as ServiceError {
            message = [IdentityLine(text: error.message, role: .danger)]
            switch error.code {
            case "MFACodeRequired": form.focus = Self.mfaCode
            case "PasswordRequired": form.focus = Self.password
            case "PasswordResetRequired":
                if !isResettingPassword { form.fields += Self.resetFields }
                form.focus = Self.newPassword
                message.append(IdentityLine(text: "Choose a new password that meets the account's password policy; type it twice.",
                                            role: .info))
            case "PasswordPolicyViolation": form.focus = Self.newPassword
            default: break
            }
        } catch {
            message = [IdentityLine(text: "The lab could not be written: \(error)", role: .danger)]
        }
        reload(in: environment)
        return []
    }
}
