import Foundation
import IAMPolicy

/// The account-wide reports of the dynamic entry point: the credential report and the
/// authorization details, shaped as the AWS CLI prints them (the report's `Content` base64, as
/// the CLI prints a blob; policy documents decoded, as botocore's `json_decode_policies` does).
/// Sources: https://docs.aws.amazon.com/IAM/latest/APIReference/API_GenerateCredentialReport.html,
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetCredentialReport.html,
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html
extension OperationTable {
    static let reports: [OperationEntry] = [
        on(OperationInput.GenerateCredentialReport.self) { service, _, caller, lab throws(ServiceError) in
            let (state, description) = try service.generateCredentialReport(caller: caller, in: &lab)
            var object = JSONObject(pairs: [("State", .string(state))])
            if let description { object["Description"] = .string(description) }
            return .object(object)
        },
        on(OperationInput.GetCredentialReport.self) { service, _, caller, lab throws(ServiceError) in
            let report = try service.getCredentialReport(caller: caller, in: lab)
            return .object(JSONObject(pairs: [
                ("Content", .string(Data(report.content.utf8).base64EncodedString())),
                ("ReportFormat", .string(report.reportFormat)), ("GeneratedTime", ResponseShapes.date(report.generatedTime)),
            ]))
        },
        on(OperationInput.GetAccountAuthorizationDetails.self) { service, input, caller, lab throws(ServiceError) in
            let page = try service.getAccountAuthorizationDetails(filter: input.filter, marker: input.marker,
                                                                  maxItems: input.maxItems, caller: caller, in: lab)
            return ResponseShapes.authorizationDetails(page)
        },
    ]
}
