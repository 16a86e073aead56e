/// Where the shell puts things: header on top, status bar at the bottom, an optional notice
/// line above it, and the page body in between; in guided mode the guide panel takes the right
/// third of the body from 120 columns on, and its bottom rows below that. Reducers and renderers share it so page sizes
/// (for PgUp/PgDn) match what is drawn.
public struct ConsoleLayout: Hashable, Sendable {
    /// The header row.
    public let header: Rect
    /// The page's area.
    public let body: Rect
    /// The guide panel (empty unless guided).
    public let guide: Rect
    /// The notice row (empty when there is no notice).
    public let notice: Rect
    /// The status bar row.
    public let statusBar: Rect

    /// Columns from which the guide sits beside the page instead of below it.
    public static let guideBesideWidth = 120

    /// The layout for `size`, with a notice row when `hasNotice` and a guide panel when `guided`.
    public init(size: Size, hasNotice: Bool, guided: Bool = false) {
        let all = Rect(size)
        let (header, rest) = all.splitTop(1)
        let (aboveStatus, status) = rest.splitBottom(1)
        let (content, notice) = aboveStatus.splitBottom(hasNotice ? 1 : 0)
        var body = content
        var guide = Rect(row: content.maxRow, col: content.col, width: 0, height: 0)
        if guided, size.width >= Self.guideBesideWidth {
            let width = max(40, content.width / 3)
            body = Rect(row: content.row, col: content.col, width: content.width - width, height: content.height)
            guide = Rect(row: content.row, col: body.maxCol, width: width, height: content.height)
        } else if guided {
            // 8 rows: six lines of explanation, enough for a summary at 80 columns.
            (body, guide) = content.splitBottom(min(8, content.height / 2))
        }
        self.header = header
        self.body = body
        self.guide = guide
        self.notice = notice
        self.statusBar = status
    }

    /// The layout for a state.
    public init(_ state: AppState) {
        self.init(size: state.size, hasNotice: state.notice != nil, guided: state.isGuided || state.exercise.isShown)
    }
}
