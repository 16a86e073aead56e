/// An AWS CLI config or credentials file, read as botocore's `configloader` reads it (Python's
/// `RawConfigParser`): `[section]` headers, `key = value` lines (keys lowercased, values
/// trimmed), `#`/`;` comments, indented lines continuing a nested block (ignored here).
/// https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html
struct ConfigFile: Sendable, Equatable {
    /// The sections in file order, each with its settings in file order.
    private(set) var sections: [(name: String, settings: [(key: String, value: String)])] = []

    /// Parses `text`; lines it cannot read are skipped, as botocore skips nothing but never
    /// fails a command on them either (a later `configure set` rewrites the file).
    init(text: String) {
        var current: Int?
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
            let trimmed = line.trimmingWhitespace
            if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix(";") { continue }
            if trimmed.hasPrefix("["), trimmed.hasSuffix("]") {
                let name = String(trimmed.dropFirst().dropLast()).trimmingWhitespace
                if let index = sections.firstIndex(where: { $0.name == name }) {
                    current = index
                } else {
                    sections.append((name, []))
                    current = sections.count - 1
                }
                continue
            }
            // An indented line belongs to the nested block above it (`s3 =` settings).
            if line.first == " " || line.first == "\t" { continue }
            guard let section = current, let separator = line.firstIndex(where: { $0 == "=" || $0 == ":" }) else { continue }
            let key = String(line[..<separator]).trimmingWhitespace.lowercased()
            let value = String(line[line.index(after: separator)...]).trimmingWhitespace
            if let existing = sections[section].settings.firstIndex(where: { $0.key == key }) {
                sections[section].settings[existing].value = value
            } else {
                sections[section].settings.append((key, value))
            }
        }
    }

    /// The settings of section `name`, or nil when the file has no such section.
    func section(_ name: String) -> [String: String]? {
        guard let section = sections.first(where: { $0.name == name }) else { return nil }
        var result: [String: String] = [:]
        for setting in section.settings { result[setting.key] = setting.value }
        return result
    }

    /// Sets `key` in section `name`, adding the section at the end when it is new.
    mutating func set(_ key: String, _ value: String, in name: String) {
        if let index = sections.firstIndex(where: { $0.name == name }) {
            if let existing = sections[index].settings.firstIndex(where: { $0.key == key }) {
                sections[index].settings[existing].value = value
            } else {
                sections[index].settings.append((key, value))
            }
        } else {
            sections.append((name, [(key, value)]))
        }
    }

    /// The file's text in the layout `aws configure set` writes.
    var text: String {
        sections.map { section in
            "[\(section.name)]\n" + section.settings.map { "\($0.key) = \($0.value)\n" }.joined()
        }.joined(separator: "\n")
    }

    static func == (lhs: ConfigFile, rhs: ConfigFile) -> Bool { lhs.text == rhs.text }
}
