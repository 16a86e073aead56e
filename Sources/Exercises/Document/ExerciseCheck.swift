import IAMPolicy

/// One question a task asks the engine, and the answer a correct lab gives.
public struct ExerciseCheck: Sendable, Hashable {
    /// What is asked.
    public var question: Question
    /// `allow` or `deny`: the decision a correct lab gives.
    public var expectAllowed: Bool
    /// The hint for a lab that answers differently (falls back to the task's hint).
    public var hint: String?

    /// The kinds of question.
    public enum Question: Sendable, Hashable {
        /// AssumeRole of the task's role by `caller`; `trustOnly` asks only whether the trust
        /// policy admits the caller (the caller's own permission is left out).
        case assumeRole(caller: CheckCaller, externalID: String?, trustOnly: Bool)
        /// An identity-side decision: `caller` doing `action` on `resource` with extra context keys.
        case allowed(caller: CheckCaller, action: String, resource: String, context: [String: [String]])
        /// The task's role has been used (assumed or switched to) since the exercise started.
        case roleUsed
    }
}

/// Who a check asks about.
public enum CheckCaller: Sendable, Hashable {
    /// An IAM user (by ARN; the user need not exist), signed in to the console with or without
    /// MFA, or calling with a long-term access key (no MFA key in the context at all).
    case user(arn: String, authentication: CheckAuthentication)
    /// A session of the task's role.
    case roleSession
}

/// How a checked user authenticated, which decides `aws:MultiFactorAuthPresent`.
public enum CheckAuthentication: String, Sendable, Hashable, CaseIterable {
    /// Console sign-in with MFA: the key is `true`.
    case mfa
    /// Console sign-in without MFA: the key is `false`.
    case console
    /// A long-term access key: the key is absent.
    case accessKey
}

/// A JSON value carried in a document (setup parameters), hashable and sendable.
public struct JSONValueBox: Sendable, Hashable {
    /// The value.
    public var value: JSONValue
}
