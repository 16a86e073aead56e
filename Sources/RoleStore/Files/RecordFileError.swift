import Foundation
import IAMPolicy

/// Turns a decoding failure into `StoreError.corruptFile` with the file's line and column
/// and the JSON path of the offending value, so the user can open the file at the spot.
/// Foundation's decoder knows neither, so the text is parsed again with IAMPolicy's located
/// parser (only on failure, so reads stay fast).
enum RecordFileError {
    /// For text that does not parse: where and why.
    static func locateSyntaxError(in data: Data, path: String) -> StoreError {
        do {
            _ = try JSONParser.parseWithLocations(String(decoding: data, as: UTF8.self))
            return .corruptFile(path: path, line: nil, column: nil, jsonPath: nil, reason: "not valid JSON")
        } catch {
            return .corruptFile(path: path, line: error.position.line, column: error.position.column,
                                jsonPath: error.path.components.isEmpty ? nil : error.path.description,
                                reason: error.message)
        }
    }

    static func locate(_ error: DecodingError, in data: Data, path: String) -> StoreError {
        let text = String(decoding: data, as: UTF8.self)
        let parsed: (value: JSONValue, locations: JSONLocationMap)
        do {
            parsed = try JSONParser.parseWithLocations(text)
        } catch {
            return .corruptFile(path: path, line: error.position.line, column: error.position.column,
                                jsonPath: error.path.components.isEmpty ? nil : error.path.description,
                                reason: error.message)
        }
        let (reason, codingPath) = describe(error)
        let jsonPath = jsonPath(codingPath)
        // The deepest node that exists: a missing key is reported at its object.
        var located = jsonPath
        var span = parsed.locations.span(at: located)
        while span == nil, !located.components.isEmpty {
            located.components.removeLast()
            span = parsed.locations.span(at: located)
        }
        return .corruptFile(path: path, line: span?.start.line, column: span?.start.column,
                            jsonPath: jsonPath.description, reason: reason)
    }

    /// The reason in words and the coding path.
    private static func describe(_ error: DecodingError) -> (String, [any CodingKey]) {
        switch error {
        case let .typeMismatch(type, context):
            return ("expected \(typeName(type))", context.codingPath)
        case let .valueNotFound(type, context):
            return ("expected \(typeName(type)), found null", context.codingPath)
        case let .keyNotFound(key, context):
            return ("missing key \"\(key.stringValue)\"", context.codingPath)
        case let .dataCorrupted(context):
            return (context.debugDescription, context.codingPath)
        @unknown default:
            return ("does not decode", [])
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Bool.Type: return "true or false"
        case is Int.Type, is Int64.Type, is UInt64.Type, is Double.Type, is Int32.Type: return "a number"
        case is [Any].Type: return "an array"
        default: return String(describing: type)
        }
    }

    /// The JSON path a coding path names (`$.list[0].name`).
    static func jsonPath(_ codingPath: [any CodingKey]) -> JSONPath {
        JSONPath(components: codingPath.map { key in
            key.intValue.map(JSONPath.Component.index) ?? .key(key.stringValue)
        })
    }
}
