/// Where the shell puts things: header on top, status bar at the bottom, an optional notice
/// line above it, and the page body in between. Reducers and renderers share it so page sizes
/// (for PgUp/PgDn) match what is drawn.
public struct ConsoleLayout: Hashable, Sendable {
    /// The header row.
    public let header: Rect
    /// The page's area.
    public let body: Rect
    /// The notice row (empty when there is no notice).
    public let notice: Rect
    /// The status bar row.
    public let statusBar: Rect

    /// The layout for `size`, with a notice row when `hasNotice`.
    public init(size: Size, hasNotice: Bool) {
        let all = Rect(size)
        let (header, rest) = all.splitTop(1)
        let (aboveStatus, status) = rest.splitBottom(1)
        let (body, notice) = aboveStatus.splitBottom(hasNotice ? 1 : 0)
        self.header = header
        self.body = body
        self.notice = notice
        self.statusBar = status
    }

    /// The layout for a state.
    public init(_ state: AppState) {
        self.init(size: state.size, hasNotice: state.notice != nil)
    }
}
