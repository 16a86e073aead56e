import AWSCommandLine
import IAMKit
import Testing

/// The CLI's read-only flag (read transaction, no audit event, `rolecall serve`'s shared lock)
/// and IAMKit's are one generated fact: AWS's access level per operation.
@Suite struct ReadOnlyFlagTests {
    @Test func theCLIAndTheDomainAgreeOnEveryOperation() {
        let inputs = Dictionary(uniqueKeysWithValues: (OperationInput.iam + OperationInput.sts).map { ($0.operationName, $0.isReadOnly) })
        let specs = OperationTable.operations(of: .iam) + OperationTable.operations(of: .sts)
        #expect(specs.count == inputs.count)
        for spec in specs {
            #expect(inputs[spec.name] == spec.isReadOnly, "\(spec.name)")
        }
        #expect(specs.filter(\.isReadOnly).count >= 40)
    }
}
