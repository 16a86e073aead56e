import Exercises

/// What the Exercise panel shows: the active exercise's grade (refreshed as the trainee works)
/// and how many hints were asked for.
public struct ExercisePanelState: Sendable, Hashable {
    /// The latest grade; nil when the lab has no active exercise.
    public var report: ExerciseReport?
    /// Whether the panel is on screen (F3).
    public var isShown: Bool
    /// The task whose hint was asked for (F4), shown until that task passes.
    public var hintTaskID: String?

    /// Creates a panel state.
    public init(report: ExerciseReport? = nil, isShown: Bool = false, hintTaskID: String? = nil) {
        self.report = report
        self.isShown = isShown
        self.hintTaskID = hintTaskID
    }

    /// Takes a new grade; a hint stays only while its task still fails.
    mutating func update(_ report: ExerciseReport?) {
        self.report = report
        if let hintTaskID, report?.tasks.first(where: { $0.id == hintTaskID })?.passed != false {
            self.hintTaskID = nil
        }
    }

    /// Reveals the hint of the first task that does not pass.
    mutating func revealNextHint() {
        hintTaskID = report?.nextTask?.id
    }
}
