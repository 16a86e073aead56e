import IAMPolicy

/// What carries out a parsed command: the lab (real domain on the real store) in the
/// shipped binary, a recorder in parsing tests.
public protocol CommandBackend {
    /// Runs `operation` with API-named `parameters` for the caller the options and
    /// environment select; returns the response in the AWS CLI's output shape (an empty
    /// object when the operation returns nothing).
    mutating func run(_ operation: OperationSpec, parameters: JSONObject, options: GlobalOptions) throws(CommandError) -> JSONValue
}
