/// GenerateCredentialReport and GetCredentialReport: one CSV row per user after the root
/// user's `<root_account>` row, with AWS's columns in AWS's order and AWS's placeholder values
/// (`N/A`, `not_supported`, `no_information`). Both actions have no resource type, so they
/// authorize on `*`.
/// Sources: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html (columns, values,
/// the four-hour rule, required permissions),
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_GenerateCredentialReport.html,
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetCredentialReport.html (ReportNotPresent,
/// ReportExpired: HTTP 410),
/// https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsidentityandaccessmanagementiam.html
extension IAMService {
    /// The description GenerateCredentialReport gives with `STARTED` (the AWS CLI's and Tools
    /// for PowerShell's examples). A `COMPLETE` answer has no description (prowler-cloud/prowler#272
    /// shows the AWS CLI's output of a second call: only `"State": "COMPLETE"`).
    public static let credentialReportStartedDescription = "No report exists. Starting a new report generation task"

    /// GenerateCredentialReport: a report less than four hours old is kept (`COMPLETE`);
    /// otherwise a new one is generated (`STARTED`). The lab generates at once, so the report
    /// is ready for GetCredentialReport right after `STARTED` (AWS may answer ReportInProgress
    /// for a while).
    public func generateCredentialReport(caller: Caller, in lab: inout some LabRepository) throws(ServiceError)
        -> (state: String, description: String?) {
        try authorize(caller, "iam:GenerateCredentialReport", on: "*", in: lab)
        var account = try requireAccount(caller.accountID, in: lab)
        let now = clock.now()
        if let report = account.credentialReport, !report.isExpired(at: now) {
            return ("COMPLETE", nil)
        }
        account.credentialReport = CredentialReport(generatedTime: now, content: try credentialReportCSV(account, in: lab))
        try lab.save(account)
        return ("STARTED", Self.credentialReportStartedDescription)
    }

    /// GetCredentialReport: the report as generated. AWS sends these two errors without a
    /// message (the AWS CLI then prints `Unknown`: prowler-cloud/prowler#272,
    /// goldfiglabs/introspector#17).
    public func getCredentialReport(caller: Caller, in lab: some LabRepository) throws(ServiceError) -> CredentialReport {
        try authorize(caller, "iam:GetCredentialReport", on: "*", in: lab)
        guard let report = try requireAccount(caller.accountID, in: lab).credentialReport else {
            throw ServiceError(code: "ReportNotPresent", message: "", httpStatus: 410)
        }
        if report.isExpired(at: clock.now()) { throw ServiceError(code: "ReportExpired", message: "", httpStatus: 410) }
        return report
    }

    /// The CSV: header, the root user's row, then every user in ListUsers order; lines end
    /// with a newline.
    func credentialReportCSV(_ account: Account, in lab: some LabRepository) throws(ServiceError) -> String {
        let accountID = account.accountID
        let policy = account.passwordPolicy
        let users = try lab.fetchAll(User.self, in: accountID).sorted { $0.userName.lowercased() < $1.userName.lowercased() }
        let devices = try lab.fetchAll(MFADevice.self, in: accountID)
        let mfaUsers = Set(devices.compactMap { $0.userName?.lowercased() })
        var lines = [CredentialReport.columns.joined(separator: ",")]
        // The root user: password columns other than last use are not_supported; the lab
        // records no root sign-in and gives root no MFA device.
        var root = [CredentialReportRow.rootName, account.rootARN, account.createDate.awsCLI,
                    "not_supported", "no_information", "not_supported", "not_supported", "false"]
        root += CredentialReportRow.keyColumns(try rootAccessKeys(accountID, in: lab))
        root += CredentialReportRow.certificateColumns
        lines.append(root.joined(separator: ","))
        for user in users {
            var row = [user.userName, user.arn, user.createDate.awsCLI]
            row += CredentialReportRow.passwordColumns(user, policy: policy)
            row.append(mfaUsers.contains(user.userName.lowercased()) ? "true" : "false")
            row += CredentialReportRow.keyColumns(try userAccessKeys(user, in: lab))
            row += CredentialReportRow.certificateColumns
            lines.append(row.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// The values of one credential-report row, as AWS's page defines each column.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html
enum CredentialReportRow {
    /// The root user's `user` value.
    static let rootName = "<root_account>"

    /// The lab has no signing certificates: `cert_N_active` false, `cert_N_last_rotated` N/A.
    static let certificateColumns = ["false", "N/A", "false", "N/A"]

    /// password_enabled, password_last_used, password_last_changed, password_next_rotation.
    /// Without a password: false and N/A; a password never used: no_information; the next
    /// rotation only when the account's password policy sets a maximum age.
    static func passwordColumns(_ user: User, policy: PasswordPolicy?) -> [String] {
        guard let profile = user.loginProfile else { return ["false", "N/A", "N/A", "N/A"] }
        let changed = profile.passwordChangedDate ?? profile.createDate
        let next = policy?.maxPasswordAge.map { changed.adding(seconds: Int64($0) * 86_400).awsCLI } ?? "N/A"
        return ["true", user.passwordLastUsed?.awsCLI ?? "no_information", changed.awsCLI, next]
    }

    /// The five columns of each of two access keys, oldest first: active, last rotated (when
    /// created), and the last use's date, region and service, N/A where there is no key or no use.
    static func keyColumns(_ keys: [AccessKey]) -> [String] {
        let ordered = keys.sorted { $0.createDate == $1.createDate ? $0.accessKeyID < $1.accessKeyID : $0.createDate < $1.createDate }
        return (0..<2).flatMap { index -> [String] in
            guard index < ordered.count else { return ["false", "N/A", "N/A", "N/A", "N/A"] }
            let key = ordered[index]
            guard let used = key.lastUsedDate else {
                return [key.status == "Active" ? "true" : "false", key.createDate.awsCLI, "N/A", "N/A", "N/A"]
            }
            return [key.status == "Active" ? "true" : "false", key.createDate.awsCLI, used.awsCLI,
                    key.lastUsedRegion ?? "N/A", key.lastUsedService ?? "N/A"]
        }
    }
}
