import AWSCommandLine
import IAMKit

/// The operations the server answers, by API name, looked up once: those IAMKit's dispatcher
/// implements that the CLI's operation table (botocore's input shapes) also describes. Built at
/// first use so a request costs one dictionary lookup, not a sort and a scan of ~150 names.
enum ServedOperations {
    static let iam = index(.iam, "iam")
    static let sts = index(.sts, "sts")

    /// Whether `action` of `service` writes to the lab (nil when it is not served): asked of
    /// every request before it is answered, so it copies a Bool, not the operation's
    /// description (whose strings and arrays both event loops would retain and release).
    static func writes(_ action: String, service: String) -> Bool? {
        service == "sts" ? stsWrites[action] : iamWrites[action]
    }

    private static let iamWrites = iam.mapValues { !$0.isReadOnly }
    private static let stsWrites = sts.mapValues { !$0.isReadOnly }

    /// The operation `action` of `service` (`iam` or `sts`), or nil when it is not served.
    static func operation(_ action: String, service: String) -> OperationSpec? {
        service == "sts" ? sts[action] : iam[action]
    }

    private static func index(_ kind: ServiceName, _ name: String) -> [String: OperationSpec] {
        let implemented = Set(IAMService.operations(of: name))
        var table: [String: OperationSpec] = [:]
        for operation in OperationTable.operations(of: kind) where implemented.contains(operation.name) {
            table[operation.name] = table[operation.name] ?? operation
        }
        return table
    }
}
