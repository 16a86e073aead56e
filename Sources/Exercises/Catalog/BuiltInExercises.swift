/// The exercises rolecall ships, numbered as `rolecall lab exercise list` shows them. Each is an
/// exercise document (docs/exercises.md) kept as JSON text in the binary, so an installed
/// `rolecall` needs no resource bundle beside it (docs/decisions.md, 2026-12-06).
public enum BuiltInExercises {
    /// The documents' texts, in order (exercise N is `texts[N - 1]`).
    static let texts: [String] = [
        consoleRole, cliRole, grantSwitch, externalID, principalIDTrap, leastPrivilege, boundaryDelegation, privilegeEscalation,
    ]

    /// Every built-in exercise, parsed, with its number.
    public static func all() throws(ExerciseError) -> [(number: Int, document: ExerciseDocument)] {
        var result: [(number: Int, document: ExerciseDocument)] = []
        for (index, text) in texts.enumerated() {
            result.append((index + 1, try ExerciseDocument.parse(text)))
        }
        return result
    }

    /// The built-in exercise with this number (`3`) or ID (`grant-switch`).
    public static func find(_ name: String) throws(ExerciseError) -> (number: Int, document: ExerciseDocument) {
        for entry in try all() where String(entry.number) == name || entry.document.id == name {
            return entry
        }
        throw .unknownExercise(name)
    }
}
