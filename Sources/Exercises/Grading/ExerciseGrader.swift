import IAMKit
import IAMPolicy

/// Grades a lab against an exercise by asking the engine each task's questions. A task with a
/// role selector passes when some role of its account (whatever its name or JSON layout) answers
/// every check as a correct lab would; otherwise the role that came closest explains the failure.
public struct ExerciseGrader {
    /// The service whose clock and evaluation the checks use.
    public let service: IAMService

    /// Creates a grader.
    public init(service: IAMService) {
        self.service = service
    }

    /// Grades `lab` against `document`; `startedAt` bounds "used since the exercise started".
    public func grade(_ document: ExerciseDocument, startedAt: Timestamp?, in lab: some LabRepository) -> ExerciseReport {
        var passingRoles: [String: Set<String>] = [:]
        var results: [TaskResult] = []
        for task in document.tasks {
            let (result, passing) = grade(task, passingRoles: passingRoles, startedAt: startedAt, in: lab)
            passingRoles[task.id] = passing
            results.append(result)
        }
        return ExerciseReport(exerciseID: document.id, title: document.title, tasks: results)
    }

    private func grade(_ task: ExerciseTask, passingRoles: [String: Set<String>], startedAt: Timestamp?,
                       in lab: some LabRepository) -> (TaskResult, Set<String>) {
        guard let selector = task.role else {
            let failure = firstFailure(of: task, role: nil, startedAt: startedAt, in: lab)
            return (TaskResult(id: task.id, title: task.title, passed: failure == nil, hint: failure?.hint, reason: failure?.reason), [])
        }
        let candidates: [Role]
        do {
            candidates = try lab.records(Role.self, in: selector.accountID)
                .filter { role in selector.name.map { $0.lowercased() == role.roleName.lowercased() } ?? true }
                .filter { role in selector.passing.map { passingRoles[$0]?.contains(role.arn) ?? false } ?? true }
                .sorted { $0.roleName < $1.roleName }
        } catch {
            return (TaskResult(id: task.id, title: task.title, passed: false, hint: task.hint, reason: "The lab cannot be read: \(error)"), [])
        }
        guard !candidates.isEmpty else {
            return (TaskResult(id: task.id, title: task.title, passed: false, hint: task.hint,
                               reason: Self.noCandidateReason(selector)), [])
        }
        var passing = Set<String>()
        var closest: (role: Role, failure: CheckFailure, passed: Int)?
        for role in candidates {
            let outcomes = task.checks.map { evaluate($0, task: task, role: role, startedAt: startedAt, in: lab) }
            let failures = outcomes.compactMap { $0 }
            if failures.isEmpty {
                passing.insert(role.arn)
            } else if let first = failures.first, closest.map({ outcomes.count - failures.count > $0.passed }) ?? true {
                closest = (role, first, outcomes.count - failures.count)
            }
        }
        if let role = candidates.first(where: { passing.contains($0.arn) }) {
            return (TaskResult(id: task.id, title: task.title, passed: true, roleARN: role.arn), passing)
        }
        return (TaskResult(id: task.id, title: task.title, passed: false, hint: closest?.failure.hint, reason: closest?.failure.reason,
                           roleARN: closest?.role.arn), passing)
    }

    private static func noCandidateReason(_ selector: RoleSelector) -> String {
        var text = "Account \(selector.accountID) has no role"
        if let name = selector.name { text += " named \(name)" }
        if let passing = selector.passing { text += (selector.name == nil ? "" : " that") + " passing task \"\(passing)\"" }
        return text + " yet."
    }

    private func firstFailure(of task: ExerciseTask, role: Role?, startedAt: Timestamp?, in lab: some LabRepository) -> CheckFailure? {
        for check in task.checks {
            if let failure = evaluate(check, task: task, role: role, startedAt: startedAt, in: lab) { return failure }
        }
        return nil
    }

    /// Nil when the lab answers `check` as expected; otherwise the hint and the engine's reason.
    func evaluate(_ check: ExerciseCheck, task: ExerciseTask, role: Role?, startedAt: Timestamp?,
                  in lab: some LabRepository) -> CheckFailure? {
        let hint = check.hint ?? task.hint
        do throws(ServiceError) {
            let answer = try CheckQuestion(service: service, role: role, startedAt: startedAt).ask(check.question, in: lab)
            if answer.allowed == check.expectAllowed { return nil }
            return CheckFailure(hint: hint, reason: answer.explanation)
        } catch {
            return CheckFailure(hint: hint, reason: "\(error.code): \(error.message)")
        }
    }
}

/// A failing check: what to try, and why the engine answered as it did.
struct CheckFailure: Sendable, Hashable {
    var hint: String
    var reason: String
}
