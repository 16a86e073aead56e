import DisplayText
import Exercises

/// The Exercise panel: the active exercise's tasks ticked ✔ as they become true while the
/// trainee works, ✘ otherwise; F4 shows the next task's hint and the engine's reason; a line
/// says when the exercise is complete. Sits where the guide panel sits (beside the page from
/// 120 columns, below it otherwise), sharing the space when both are on.
public enum ExercisePanel {
    /// Draws `panel` into `area`.
    public static func render(into frame: inout Frame, area: Rect, panel: ExercisePanelState) {
        guard area.width >= 10, area.height >= 3 else { return }
        guard let report = panel.report else {
            let inner = frame.panel(area, title: "Exercise", titleRole: .info)
            let text = "No exercise in this lab. Start one with: rolecall lab exercise start N (list: rolecall lab exercise list)."
            draw(WordWrap.lines(text, width: inner.width - 2).map { ($0, StyleRole.muted) }, into: &frame, inner: inner)
            return
        }
        let title = "Exercise: \(report.passedCount) of \(report.tasks.count) tasks done"
        let inner = frame.panel(area, title: title, titleRole: report.isComplete ? .success : .info)
        let width = inner.width - 2
        var lines: [(String, StyleRole)] = WordWrap.lines(Sanitizer.line(report.title), width: width).map { ($0, .title) }
        if report.isComplete {
            lines += WordWrap.lines("✔ Exercise complete: every task is done. rolecall lab check confirms it.", width: width).map { ($0, .success) }
        }
        for (index, task) in report.tasks.enumerated() {
            let mark = task.passed ? "✔" : "✘"
            let wrapped = WordWrap.lines("\(mark) \(index + 1). \(Sanitizer.line(task.title))", width: width)
            lines += wrapped.map { ($0, task.passed ? .success : .text) }
            if task.id == panel.hintTaskID, !task.passed {
                if let hint = task.hint { lines += WordWrap.lines("Hint: " + Sanitizer.line(hint), width: width).map { ($0, .warning) } }
                if let reason = task.reason { lines += WordWrap.lines("Why: " + Sanitizer.line(reason), width: width).map { ($0, .muted) } }
            }
        }
        draw(lines, into: &frame, inner: inner)
        let keys = report.isComplete ? " F3 hides " : " F4 hint  F3 hides "
        if area.width > DisplayWidth.of(keys) + 20 {
            frame.put(keys, row: area.maxRow - 1, col: area.maxCol - DisplayWidth.of(keys) - 2, role: .muted)
        }
    }

    private static func draw(_ lines: [(String, StyleRole)], into frame: inout Frame, inner: Rect) {
        for (offset, line) in lines.prefix(inner.height).enumerated() {
            frame.put(line.0, row: inner.row + offset, col: inner.col + 1, role: line.1, maxWidth: inner.width - 2)
        }
    }
}
