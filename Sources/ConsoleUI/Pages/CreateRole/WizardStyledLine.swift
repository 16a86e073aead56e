/// A line of text in spans of style roles (highlighted JSON, a label and its value), drawn
/// clipped to a width. Text is sanitized by `Frame.put`.
public struct WizardStyledLine: Hashable, Sendable {
    /// One run of text in one role.
    public struct Span: Hashable, Sendable {
        /// The text.
        public var text: String
        /// Its role.
        public var role: StyleRole
    }

    /// The spans, left to right.
    public var spans: [Span]

    /// A line of spans.
    public init(_ spans: [Span] = []) {
        self.spans = spans
    }

    /// A line of one span.
    public init(_ text: String, _ role: StyleRole = .text) {
        self.spans = [Span(text: text, role: role)]
    }

    /// The plain text.
    public var text: String { spans.map(\.text).joined() }

    /// Appends a span.
    public mutating func append(_ text: String, _ role: StyleRole) {
        spans.append(Span(text: text, role: role))
    }

    /// Draws the line at `row`, `col`, at most `width` columns.
    public func draw(into frame: inout Frame, row: Int, col: Int, width: Int) {
        var x = col
        for span in spans where x < col + width {
            x += frame.put(span.text, row: row, col: x, role: span.role, maxWidth: col + width - x)
        }
    }

    /// The same line with every span in `role` (e.g. lines a choice adds).
    public func recolored(_ role: StyleRole) -> WizardStyledLine {
        WizardStyledLine(spans.map { Span(text: $0.text, role: role) })
    }
}
