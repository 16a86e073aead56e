import IAMPolicy

/// Account-wide operations of the dynamic entry point.
/// Source: https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountSummary.html
extension OperationTable {
    static let account: [OperationEntry] = [
        on(OperationInput.GetAccountSummary.self) { service, _, caller, lab throws(ServiceError) in
            let summary = try service.getAccountSummary(caller: caller, in: lab)
            return ResponseShapes.wrap("SummaryMap", .object(JSONObject(pairs: summary.entries.map { ($0.key, .number(JSONNumber($0.value))) })))
        },
    ]
}
