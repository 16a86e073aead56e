import IAMKit
import IAMPolicy

/// Turns parsed flags into the API's parameters as the AWS CLI does: `file://`/`fileb://`
/// contents first, then JSON or shorthand for structured members, scalars converted by type,
/// and `--cli-input-json` members filled in where the command line gave none.
struct ArgumentUnpacker {
    /// The operation the arguments belong to.
    let operation: OperationSpec
    /// Where files and variables come from.
    let environment: any CommandEnvironment

    /// The request parameters as a JSON object in the model's member order.
    func unpack(_ arguments: OperationArguments) throws(CommandError) -> JSONObject {
        var parameters = JSONObject()
        for (name, raw) in arguments.values {
            guard let member = operation.parameter(named: name) else { continue }
            parameters[name] = try unpack(raw, for: member)
        }
        if let input = arguments.cliInputJSON {
            let text = try ParamFile.load(input, flag: "--cli-input-json", environment: environment) ?? input
            let value: JSONValue
            do {
                value = try JSONParser.parse(text)
            } catch {
                throw .parameter(flag: "--cli-input-json", message: "Invalid JSON: \(PythonText.jsonErrorMessage(error))\nJSON received: \(QuotedValue.bounded(text))")
            }
            try merge(value, into: &parameters)
        }
        if let input = arguments.cliInputYAML {
            let text = try ParamFile.load(input, flag: "--cli-input-yaml", environment: environment) ?? input
            let value: JSONValue
            do throws(YAMLReader.Failure) {
                value = try YAMLReader.parse(text)
            } catch {
                throw .parameter(flag: "--cli-input-yaml", message: "Invalid YAML: \(error)\nYAML received: \(QuotedValue.bounded(text))")
            }
            try merge(value, into: &parameters)
        }
        return parameters
    }

    /// The input document's members fill in what the command line did not give.
    private func merge(_ value: JSONValue, into parameters: inout JSONObject) throws(CommandError) {
        guard case .object(let object) = value else {
            throw .other("'\(value.kindName == "array" ? "list" : value.kindName)' object has no attribute 'keys'")
        }
        for member in object.members where parameters[member.key] == nil {
            parameters[member.key] = member.value
        }
    }

    /// One flag's value as the API parameter.
    func unpack(_ raw: RawArgument, for member: Member) throws(CommandError) -> JSONValue {
        switch raw {
        case .flag(let flag):
            return .bool(flag)
        case .value(let word):
            let text = try ParamFile.load(word, flag: member.flag, environment: environment) ?? word
            return try unpack(text, for: member)
        case .values(let words):
            if words.count == 1, let text = try ParamFile.load(words[0], flag: member.flag, environment: environment) {
                return try unpack([text], for: member)
            }
            return try unpack(words, for: member)
        }
    }

    private func unpack(_ words: [String], for member: Member) throws(CommandError) -> JSONValue {
        guard case .list(let element) = member.shape.kind else {
            return try unpack(words.first ?? "", for: member)
        }
        let first = words.first?.trimmingWhitespace ?? ""
        if first.hasPrefix("[") {
            return try json(words[0], flag: member.flag)
        }
        if !element.isScalar {
            if first.hasPrefix("{") {
                var items: [JSONValue] = []
                for word in words { items.append(try json(word, flag: member.flag)) }
                return .array(items)
            }
            var items: [JSONValue] = []
            for word in words {
                do {
                    items.append(try ShorthandParser.parse(word))
                } catch {
                    throw .parameter(flag: member.flag, message: error.message)
                }
            }
            return try ShorthandConformer.conform(.array(items), to: member.shape, flag: member.flag)
        }
        var items: [JSONValue] = []
        for word in words { items.append(try scalar(word, shape: element, flag: member.flag)) }
        return .array(items)
    }

    private func unpack(_ text: String, for member: Member) throws(CommandError) -> JSONValue {
        switch member.shape.kind {
        case .structure, .map:
            if text.trimmingWhitespace.hasPrefix("{") { return try json(text, flag: member.flag) }
            guard case .structure = member.shape.kind else {
                throw .parameter(flag: member.flag, message: "Invalid JSON:\n\(QuotedValue.bounded(text))")
            }
            do {
                return try ShorthandConformer.conform(try ShorthandParser.parse(text), to: member.shape, flag: member.flag)
            } catch let error as ShorthandParser.SyntaxError {
                throw .parameter(flag: member.flag, message: error.message)
            } catch let error as CommandError {
                throw error
            } catch {
                throw .other("\(error)")
            }
        case .list:
            return try unpack([text], for: member)
        default:
            return try scalar(text, shape: member.shape, flag: member.flag)
        }
    }

    private func scalar(_ text: String, shape: Shape, flag: String) throws(CommandError) -> JSONValue {
        switch shape.kind {
        case .integer, .long:
            guard let number = PythonInt.parse(text) else {
                throw .other("invalid literal for int() with base 10: \(PythonText.repr(QuotedValue.bounded(text)))")
            }
            return .number(JSONNumber(number))
        case .double:
            guard let number = Double(text.trimmingWhitespace) else {
                throw .other("could not convert string to float: \(PythonText.repr(QuotedValue.bounded(text)))")
            }
            return .number(JSONNumber(number))
        case .boolean:
            return .bool(text.lowercased() != "false" && !text.isEmpty)
        default:
            return .string(text)
        }
    }

    private func json(_ text: String, flag: String) throws(CommandError) -> JSONValue {
        do {
            return try JSONParser.parse(text)
        } catch {
            throw .parameter(flag: flag, message: "Invalid JSON: \(PythonText.jsonErrorMessage(error))\nJSON received: \(QuotedValue.bounded(text))")
        }
    }
}

/// Python's `int()` on a string: optional white space and sign, decimal digits, `_` between digits.
enum PythonInt {
    /// The integer, or nil where Python raises `ValueError`.
    static func parse(_ text: String) -> Int? {
        let trimmed = text.trimmingWhitespace
        guard !trimmed.hasPrefix("_"), !trimmed.hasSuffix("_"), !trimmed.contains("__") else { return nil }
        return Int(trimmed.replacing("_", with: ""))
    }
}

extension String {
    /// The string without leading and trailing white space.
    var trimmingWhitespace: String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
