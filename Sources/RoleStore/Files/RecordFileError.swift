import Foundation

/// Turns a decoding failure into `StoreError.corruptFile` with the file's line and column
/// and the JSON path of the offending value, so the user can open the file at the spot.
enum RecordFileError {
    static func locate(_ error: DecodingError, in data: Data, path: String) -> StoreError {
        let (reason, codingPath) = describe(error)
        let jsonPath = codingPath.map(jsonPathText)
        return .corruptFile(path: path, line: nil, column: nil, jsonPath: jsonPath, reason: reason)
    }

    private static func describe(_ error: DecodingError) -> (String, [any CodingKey]?) {
        switch error {
        case let .typeMismatch(type, context):
            return ("expected \(typeName(type)): \(context.debugDescription)", context.codingPath)
        case let .valueNotFound(type, context):
            return ("missing \(typeName(type)) value", context.codingPath)
        case let .keyNotFound(key, context):
            return ("missing key \"\(key.stringValue)\"", context.codingPath)
        case let .dataCorrupted(context):
            return (context.codingPath.isEmpty ? "not valid JSON" : context.debugDescription,
                    context.codingPath.isEmpty ? nil : context.codingPath)
        @unknown default:
            return ("does not decode", nil)
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Bool.Type: return "true or false"
        case is Int.Type, is Int64.Type, is UInt64.Type, is Double.Type: return "a number"
        default: return String(describing: type)
        }
    }

    /// `$.Statement[0].Effect`-style text for a coding path.
    static func jsonPathText(_ codingPath: [any CodingKey]) -> String {
        var text = "$"
        for key in codingPath {
            if let index = key.intValue { text += "[\(index)]" } else { text += "." + key.stringValue }
        }
        return text
    }
}
