extension ConsoleShell {
    /// Draws `state` at `size`: header, page, notice, status bar, then overlays. Below the
    /// minimum size, the "terminal too small" screen instead.
    public static func render(_ state: AppState, size: Size) -> Frame {
        var frame = Frame(size: size)
        var state = state
        state.size = size
        if state.isTooSmall {
            TooSmallScreen.render(into: &frame, confirmation: state.confirmation)
            return frame
        }
        let layout = ConsoleLayout(state)
        Header.render(into: &frame, area: layout.header, state: state)
        state.activePage?.render(into: &frame, area: layout.body)
        if state.exercise.isShown {
            // The exercise shares the side panel with the guide when both are on.
            let (exercise, guide) = state.isGuided ? layout.guide.splitTop(layout.guide.height / 2) : (layout.guide, Rect(row: 0, col: 0, width: 0, height: 0))
            ExercisePanel.render(into: &frame, area: exercise, panel: state.exercise)
            if state.isGuided { GuidePanel.render(into: &frame, area: guide, topic: state.activePage?.guideTopic) }
        } else if state.isGuided {
            GuidePanel.render(into: &frame, area: layout.guide, topic: state.activePage?.guideTopic)
        }
        if let notice = state.notice {
            frame.fill(layout.notice, role: .notice)
            frame.put(" " + notice, row: layout.notice.row, col: 0, role: .notice, maxWidth: size.width)
        }
        StatusBar.render(into: &frame, area: layout.statusBar, state: state)
        if state.showsHelp {
            HelpOverlay.render(into: &frame, area: layout.body, state: state)
        }
        if let confirmation = state.confirmation {
            ConfirmDialog.render(into: &frame, area: layout.body, confirmation: confirmation)
        }
        return frame
    }
}
