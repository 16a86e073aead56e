import IAMKit
import IAMPolicy

/// The files rolecall's own lab commands name (`lab import FILE`, `lab export FILE`,
/// `lab exercise start --exercise FILE`), read and written through the command's environment
/// like `file://` arguments: a backend never opens them, so reading has the CLI's one limit
/// (`ParamFile.maximumSize`, regular files only: `/dev/zero` or a FIFO cannot hang a command),
/// and a program or test with an in-memory environment writes nothing to disk.
enum LabFileArguments {
    /// Where the tool puts a named file's text for the backend, by operation: the member naming
    /// the file and the member receiving its text.
    static let inputs: [String: (file: String, text: String)] = [
        "LabImport": ("File", "Document"),
        "LabExerciseStart": ("ExerciseFile", "ExerciseDocument"),
    ]
    /// The response member holding the text `lab export` writes to its `File`.
    static let exportText = "Document"

    /// `parameters` with the text of the file the operation names added (and any text member
    /// a user supplied removed: only a file's contents may arrive there).
    static func reading(_ parameters: JSONObject, for operation: OperationSpec,
                        environment: any CommandEnvironment) throws(CommandError) -> JSONObject {
        guard let input = inputs[operation.name] else { return parameters }
        var parameters = parameters
        parameters[input.text] = nil
        guard let path = parameters[input.file]?.stringValue else { return parameters }
        let bytes: [UInt8]
        do {
            bytes = try environment.readFile(atPath: path, maximumSize: ParamFile.maximumSize)
        } catch {
            throw .other("rolecall: cannot read \(QuotedValue.bounded(path)): \(error.message(path: QuotedValue.bounded(path)))")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .other("rolecall: cannot read \(QuotedValue.bounded(path)): it is not UTF-8 text")
        }
        parameters[input.text] = .string(text)
        return parameters
    }

    /// `lab export`: writes the document the backend returned to the `File` the command named
    /// (mode 0600 with `--include-secrets`) and returns the response without it.
    static func writing(_ response: JSONValue, for operation: OperationSpec, parameters: JSONObject,
                        environment: inout any CommandEnvironment) throws(CommandError) -> JSONValue {
        guard operation.name == "LabExport", case .object(var object) = response,
              let text = object[exportText]?.stringValue, let path = parameters["File"]?.stringValue else { return response }
        let secret = parameters["IncludeSecrets"]?.boolValue ?? false
        do {
            try environment.replaceFile(atPath: path, bytes: Array(text.utf8), secret: secret)
        } catch {
            throw .other("rolecall: cannot write \(QuotedValue.bounded(path)): \(error.message(path: QuotedValue.bounded(path)))")
        }
        object[exportText] = nil
        return .object(object)
    }
}
