import IAMKit
import IAMPolicy

extension LabBackend {
    /// `rolecall console ...`: waits for IAMKit's console model (sign-in, Switch Role, history).
    func runConsole(_ operation: OperationSpec, parameters: JSONObject, options: GlobalOptions) throws(CommandError) -> JSONValue {
        throw .other("rolecall: console \(operation.cliName) is not available in this build: the console model it drives is not in IAMKit yet")
    }
}
