import IAMPolicy

/// One operation of the dynamic entry point: reads the API's parameters, runs the typed
/// operation, and shapes the result as the AWS CLI prints it.
typealias OperationHandler = @Sendable (IAMService, ServiceParameters, Caller, inout any LabRepository) throws(ServiceError) -> JSONValue

/// One entry of a dispatch table: the operation's API name and its handler.
typealias OperationEntry = (name: String, handler: OperationHandler)

/// The dispatch tables, one group per file (`OperationTable+Roles.swift`, ...).
enum OperationTable {
    /// IAM operations by name.
    static let iam: [String: OperationHandler] = table(
        [roles, rolePolicies, users, groups, managedPolicies, credentials, simulation, account, accountSettings, instanceProfiles, reports])

    /// STS operations by name.
    static let sts: [String: OperationHandler] = table([stsOperations])

    private static func table(_ groups: [[OperationEntry]]) -> [String: OperationHandler] {
        var table: [String: OperationHandler] = [:]
        for entry in groups.joined() where table[entry.name] == nil { table[entry.name] = entry.handler }
        return table
    }

    /// The entry of the operation whose generated input is `Input`: the handler reads the
    /// parameters into `Input` (failing as AWS does) before `body` runs the typed operation.
    static func on<Input: OperationInputReading>(
        _: Input.Type,
        _ body: @escaping @Sendable (IAMService, Input, Caller, inout any LabRepository) throws(ServiceError) -> JSONValue
    ) -> OperationEntry {
        (Input.operationName, { service, parameters, caller, lab throws(ServiceError) in
            try body(service, try Input(parameters), caller, &lab)
        })
    }

    /// Every operation name of `service`, sorted (for help and completion).
    static func operations(of service: String) -> [String] {
        (service == "sts" ? sts : iam).keys.sorted()
    }
}

extension IAMService {
    /// The single dynamic entry point the CLI uses: `service` is `iam` or `sts`, `operation` the
    /// API name (`CreateRole`), `parameters` an object keyed by the API's member names. Returns
    /// the response in the AWS CLI's output shape and key order.
    public func call<Lab: LabRepository>(service: String, operation: String, parameters: JSONValue, caller: Caller,
                                         in lab: inout Lab) throws(ServiceError) -> JSONValue {
        let table = service.lowercased() == "sts" ? OperationTable.sts : OperationTable.iam
        guard let handler = table[operation] else {
            throw ServiceError.invalidAction(operation)
        }
        // Expired temporary credentials are refused before anything else, as AWS does.
        try checkNotExpired(caller)
        // The tables hold plain closures, which cannot be generic, so the lab travels as an
        // existential and comes back only when the operation succeeded (a failed operation
        // leaves a value-type lab untouched).
        var repository: any LabRepository = lab
        let result = try handler(self, ServiceParameters(parameters), caller, &repository)
        if let updated = repository as? Lab { lab = updated }
        return result
    }

    /// The operation names `service` supports.
    public static func operations(of service: String) -> [String] {
        OperationTable.operations(of: service)
    }
}
