extension ConsoleShell {
    /// Re-grades the active exercise while the panel is shown (the source is cheap when the lab
    /// has not changed); returns whether what the panel shows changed.
    @discardableResult
    static func refreshExercise(_ state: inout AppState) -> Bool {
        guard state.exercise.isShown, let source = state.environment.exercise else { return false }
        let before = state.exercise
        state.exercise.update(source())
        return state.exercise != before
    }
}
