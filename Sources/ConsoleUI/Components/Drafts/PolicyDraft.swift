import IAMKit
import IAMPolicy

/// A policy being written in `$EDITOR`: what it is for, where the draft is, and what was wrong
/// with it the last time the editor closed. The draft is validated with the policy engine's
/// grammar for its kind before anything is sent to IAM, so the user sees `line:column` of the
/// problem (which AWS itself does not give) and can go back to the editor without losing text.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_policy-validator.html
public struct PolicyDraft: Hashable, Sendable {
    /// What the draft becomes when it is valid.
    public enum Purpose: Hashable, Sendable {
        /// PutRolePolicy: an inline policy `name` of role `role`.
        case inlineRolePolicy(role: String, name: String)
        /// UpdateAssumeRolePolicy of `role`.
        case trustPolicy(role: String)
        /// CreatePolicy `name` (customer managed).
        case newPolicy(name: String)
        /// CreatePolicyVersion of the policy `arn` (named `name`), set as default.
        case newVersion(arn: String, name: String)
        /// PutUserPolicy: an inline policy `name` of user `user`.
        case inlineUserPolicy(user: String, name: String)
        /// PutGroupPolicy: an inline policy `name` of group `group`.
        case inlineGroupPolicy(group: String, name: String)
    }

    /// What the draft is for.
    public var purpose: Purpose
    /// The draft's path.
    public var path: String
    /// The text as last read back from the editor.
    public var text: String
    /// What is wrong with it, if anything.
    public var problem: DraftProblem?

    /// Creates a draft.
    public init(purpose: Purpose, path: String, text: String, problem: DraftProblem? = nil) {
        self.purpose = purpose
        self.path = path
        self.text = text
        self.problem = problem
    }

    /// The policy grammar the draft must follow.
    public var kind: PolicyKind {
        switch purpose {
        case .inlineRolePolicy, .inlineUserPolicy, .inlineGroupPolicy: .identity
        case .trustPolicy: .trust
        case .newPolicy, .newVersion: .managed
        }
    }

    /// A title for the panel that shows the draft.
    public var title: String {
        switch purpose {
        case .inlineRolePolicy(let role, let name): "Inline policy \(name) of role \(role)"
        case .trustPolicy(let role): "Trust policy of role \(role)"
        case .newPolicy(let name): "New policy \(name)"
        case .newVersion(_, let name): "New version of \(name)"
        case .inlineUserPolicy(let user, let name): "Inline policy \(name) of user \(user)"
        case .inlineGroupPolicy(let group, let name): "Inline policy \(name) of group \(group)"
        }
    }

    /// The first problem the policy engine finds in `text` for `kind`, or nil when it is valid.
    public static func problem(in text: String, kind: PolicyKind) -> DraftProblem? {
        do {
            _ = try PolicyDocument.parse(text, kind: kind)
            return nil
        } catch {
            return DraftProblem(error)
        }
    }

    /// A starting document for a new identity policy: the AWS console's empty statement.
    public static let identityTemplate = """
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Action": [],
                    "Resource": []
                }
            ]
        }

        """
}

extension PolicyDraft {
    /// Reads the draft back after the editor exited with `status` and validates it, setting
    /// `problem`. Returns what to tell the user when there is nothing to validate (the editor
    /// failed, the file is gone); the draft is kept either way.
    public mutating func readBack(status: Int32, from drafts: any DraftStore) -> PageMessage? {
        guard status == 0 else {
            return PageMessage("The editor exited with status \(status); the draft is kept: e edits it again, Esc discards it.",
                               role: .warning)
        }
        do {
            text = try drafts.contents(of: path)
        } catch {
            return PageMessage(error)
        }
        problem = Self.problem(in: text, kind: kind)
        return nil
    }
}

extension PolicyDraft {
    /// A policy as the editor should show it: pretty-printed like the AWS CLI when it parses,
    /// else as it is (the user fixes what does not parse).
    static func editorText(_ document: String) -> String {
        (try? JSONParser.parse(document)).map { JSONWriter.string(for: $0, style: .awsCLI) + "\n" } ?? document
    }
}
