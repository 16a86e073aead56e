import ConsoleUI
import Exercises
import IAMKit

/// Grades the lab's active exercise for the console's Exercise panel, again only when the lab
/// changed (a console action, or the CLI in another session), so a clock tick costs a stat.
final class ConsoleExerciseSource: @unchecked Sendable {
    // Unchecked: used from the console loop's one thread only.
    private let gateway: StoreLabGateway
    private var marker: UInt64?
    private var report: ExerciseReport?

    init(gateway: StoreLabGateway) {
        self.gateway = gateway
    }

    /// The current grade, nil when the lab has no active exercise (or cannot be read).
    func grade() -> ExerciseReport? {
        let now = gateway.changeMarker()
        if now == marker { return report }
        marker = now
        let service = gateway.service
        report = try? gateway.read { lab -> ExerciseReport? in
            guard let active = try lab.record(ActiveExercise.self, at: ActiveExercise.key),
                  let document = try? ExerciseDocument.parse(active.document) else { return nil }
            return ExerciseGrader(service: service).grade(document, startedAt: active.startedAt, in: lab)
        }
        return report
    }
}
