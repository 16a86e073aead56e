import IAMKit

/// `file://` and `fileb://` arguments, read as the AWS CLI reads them
/// (https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-parameters-file.html):
/// `~` and `$VAR` expanded, relative paths from the working directory, text decoded as UTF-8.
enum ParamFile {
    /// The largest parameter file read: 16 MiB. AWS's largest document is far smaller (a
    /// managed policy is at most 6,144 characters, an inline policy 10,240), so a bigger file
    /// is a mistake, and a device such as `/dev/zero` would otherwise be read forever.
    static let maximumSize = 16 * 1_048_576

    /// The file's contents when `value` is a `file://` or `fileb://` reference, else nil.
    static func load(_ value: String, flag: String, environment: any CommandEnvironment) throws(CommandError) -> String? {
        let binary: Bool
        let prefix: String
        if value.hasPrefix("file://") {
            binary = false
            prefix = "file://"
        } else if value.hasPrefix("fileb://") {
            binary = true
            prefix = "fileb://"
        } else {
            return nil
        }
        let path = expand(String(value.dropFirst(prefix.count)), environment: environment.variables)
        let bytes: [UInt8]
        do {
            bytes = try environment.readFile(atPath: path, maximumSize: maximumSize)
        } catch {
            throw .parameter(flag: flag, message: "Unable to load paramfile \(QuotedValue.bounded(value)): \(error.message(path: QuotedValue.bounded(path)))")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            if binary { return String(decoding: bytes, as: UTF8.self) }
            throw .parameter(flag: flag, message: "Unable to load paramfile (\(QuotedValue.bounded(path))), text contents could not be decoded.  If this is a binary file, please use the fileb:// prefix instead of the file:// prefix.")
        }
        return text
    }

    /// Python's `os.path.expandvars(os.path.expanduser(path))`.
    static func expand(_ path: String, environment: [String: String]) -> String {
        var path = path
        if path == "~" || path.hasPrefix("~/"), let home = environment["HOME"] {
            path = home + path.dropFirst()
        }
        guard path.contains("$") else { return path }
        var out = ""
        var rest = Substring(path)
        while let dollar = rest.firstIndex(of: "$") {
            out += rest[..<dollar]
            var cursor = rest.index(after: dollar)
            var name = ""
            var braced = false
            if cursor < rest.endIndex, rest[cursor] == "{" {
                braced = true
                cursor = rest.index(after: cursor)
            }
            while cursor < rest.endIndex, rest[cursor].isLetter || rest[cursor].isNumber || rest[cursor] == "_" {
                name.append(rest[cursor])
                cursor = rest.index(after: cursor)
            }
            if braced {
                guard cursor < rest.endIndex, rest[cursor] == "}" else {
                    out += rest[dollar..<cursor]
                    rest = rest[cursor...]
                    continue
                }
                cursor = rest.index(after: cursor)
            }
            if !name.isEmpty, let value = environment[name] {
                out += value
            } else {
                out += rest[dollar..<cursor]
            }
            rest = rest[cursor...]
        }
        return out + rest
    }
}
