/// The result of grading a lab against an exercise: every task ✔ or ✘, with the hint and the
/// engine's reason for each that fails.
public struct ExerciseReport: Sendable, Hashable {
    /// The exercise's ID.
    public var exerciseID: String
    /// The exercise's title.
    public var title: String
    /// The tasks in order.
    public var tasks: [TaskResult]

    /// Whether every task passes.
    public var isComplete: Bool { tasks.allSatisfy(\.passed) }
    /// How many tasks pass.
    public var passedCount: Int { tasks.filter(\.passed).count }
    /// The first task that does not pass (where the trainee is stuck).
    public var nextTask: TaskResult? { tasks.first { !$0.passed } }
}

/// One task's grade.
public struct TaskResult: Sendable, Hashable {
    /// The task's ID.
    public var id: String
    /// The task's title.
    public var title: String
    /// Whether it passes.
    public var passed: Bool
    /// The hint for the first failing check (nil when it passes).
    public var hint: String?
    /// The engine's reason for the first failing check (nil when it passes).
    public var reason: String?
    /// The role that passed, or that came closest.
    public var roleARN: String?
}
