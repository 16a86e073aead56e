/// Masks secrets in screen text: every run of 8 or more characters of a known secret (a secret
/// access key, a session token, an MFA seed) becomes `*`, so a secret cut off at the edge of a
/// panel or wrapped over two lines is hidden as well as a whole one.
public struct SecretMask {
    /// The secrets to hide.
    public let secrets: [String]
    /// The shortest piece of a secret that is masked.
    public static let window = 8

    /// Creates a mask for `secrets`.
    public init(secrets: [String]) {
        self.secrets = secrets
    }

    /// `rows` with every secret piece replaced by asterisks.
    public func mask(_ rows: [String]) -> [String] {
        let pieces = Set(secrets.filter { $0.count >= Self.window }.flatMap { secret -> [String] in
            let characters = Array(secret)
            return (0...(characters.count - Self.window)).map { String(characters[$0..<($0 + Self.window)]) }
        })
        guard !pieces.isEmpty else { return rows }
        return rows.map { row in
            var characters = Array(row)
            guard characters.count >= Self.window else { return row }
            var hidden = [Bool](repeating: false, count: characters.count)
            for start in 0...(characters.count - Self.window) where pieces.contains(String(characters[start..<(start + Self.window)])) {
                for index in start..<(start + Self.window) { hidden[index] = true }
            }
            for index in characters.indices where hidden[index] { characters[index] = "*" }
            return String(characters)
        }
    }
}
