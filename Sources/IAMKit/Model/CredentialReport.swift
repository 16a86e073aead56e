/// An account's credential report as GenerateCredentialReport left it: the CSV text and when it
/// was generated. GetCredentialReport returns this snapshot, not the account as it is now.
/// Sources: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html,
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetCredentialReport.html
public struct CredentialReport: Codable, Sendable, Equatable {
    /// When the report was generated (`GeneratedTime`).
    public var generatedTime: Timestamp
    /// The CSV text (GetCredentialReport returns it base64-encoded as `Content`).
    public var content: String
    /// The MIME type AWS reports; the only valid value.
    public var reportFormat: String { "text/csv" }

    /// A report generated at `generatedTime`.
    public init(generatedTime: Timestamp, content: String) {
        self.generatedTime = generatedTime
        self.content = content
    }

    /// How long a report is served: AWS generates at most one every four hours and a report
    /// older than that is expired (ReportExpired).
    public static let lifetimeSeconds: Int64 = 4 * 3600

    /// Whether the report is older than four hours at `now`.
    public func isExpired(at now: Timestamp) -> Bool {
        now.secondsSince1970 - generatedTime.secondsSince1970 > Self.lifetimeSeconds
    }

    /// The columns, in AWS's order.
    public static let columns = [
        "user", "arn", "user_creation_time", "password_enabled", "password_last_used", "password_last_changed",
        "password_next_rotation", "mfa_active",
        "access_key_1_active", "access_key_1_last_rotated", "access_key_1_last_used_date", "access_key_1_last_used_region",
        "access_key_1_last_used_service",
        "access_key_2_active", "access_key_2_last_rotated", "access_key_2_last_used_date", "access_key_2_last_used_region",
        "access_key_2_last_used_service",
        "cert_1_active", "cert_1_last_rotated", "cert_2_active", "cert_2_last_rotated",
    ]
}
