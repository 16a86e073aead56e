/// Why an exercise document or an exercise command was refused.
public enum ExerciseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text is not JSON (line and column of the first error).
    case syntax(String)
    /// A member is missing or has the wrong type or value (JSON path and what is wrong).
    case invalid(path: String, problem: String)
    /// No built-in exercise has this number or ID.
    case unknownExercise(String)
    /// A setup step failed (its index and the service's error).
    case setupFailed(step: Int, message: String)

    /// The message a trainer reads.
    public var description: String {
        switch self {
        case .syntax(let text): "The exercise is not valid JSON: \(text)"
        case .invalid(let path, let problem): "The exercise is invalid at \(path): \(problem)"
        case .unknownExercise(let name): "There is no built-in exercise \"\(name)\" (rolecall lab exercise list shows them)."
        case .setupFailed(let step, let message): step < 0 ? "Preparing the exercise's starting lab failed: \(message)" : "Setup step \(step + 1) of the exercise failed: \(message)"
        }
    }
}
