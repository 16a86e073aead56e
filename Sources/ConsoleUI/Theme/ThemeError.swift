/// Why a theme could not be used. Every case names the file and, where there is one, the line
/// and column, so the user can fix it.
public enum ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file is not valid JSON, or does not follow the theme format.
    case invalid(source: String, line: Int, column: Int, message: String)
    /// The file could not be read.
    case unreadable(path: String)
    /// No theme of that name exists among the built-in, user and shipped themes.
    case notFound(name: String, searched: [String])

    /// One line for the notice bar and stderr.
    public var description: String {
        switch self {
        case .invalid(let source, let line, let column, let message):
            "theme \(source):\(line):\(column): \(message)"
        case .unreadable(let path):
            "theme \(path): cannot be read"
        case .notFound(let name, let searched):
            "theme '\(name)' not found (looked in: \(searched.joined(separator: ", ")))"
        }
    }
}
