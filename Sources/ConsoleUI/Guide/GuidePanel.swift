import DisplayText
/// Guided mode's panel: the catalog entry for the page or field in use, beside the page on a
/// wide terminal and below it on a small one (see `ConsoleLayout`).
public enum GuidePanel {
    /// Draws the explanation of `topic` into `area`.
    public static func render(into frame: inout Frame, area: Rect, topic: ConceptID?) {
        guard area.width >= 10, area.height >= 3 else { return }
        let concept = topic.flatMap(ConceptCatalog.concept)
        let panel = frame.panel(area, title: "Guide: " + (concept?.title ?? "nothing here yet"), titleRole: .info)
        let inner = Rect(row: panel.row, col: panel.col + 1, width: panel.width - 2, height: panel.height)
        var lines: [(String, StyleRole)] = []
        if let concept {
            lines += WordWrap.lines(concept.plainSummary, width: inner.width).map { ($0, .text) }
            if !concept.details.isEmpty, lines.count + 1 < inner.height {
                lines += WordWrap.lines(concept.plainDetails, width: inner.width).map { ($0, .text) }
            }
            // The first AWS page, whole (cut into pieces rather than truncated) when it fits.
            if let link = concept.links.first {
                let pieces = ["AWS:"] + chunks(link.url, width: inner.width)
                if lines.count + pieces.count <= inner.height { lines += pieces.map { ($0, .muted) } }
            }
        } else {
            lines = WordWrap.lines("No explanation for this page yet. F2 hides the guide.", width: inner.width).map { ($0, .muted) }
        }
        for (offset, line) in lines.prefix(inner.height).enumerated() {
            frame.put(line.0, row: inner.row + offset, col: inner.col, role: line.1, maxWidth: inner.width)
        }
        let hint = " F2 hides "
        if area.width > DisplayWidth.of(hint) + 30 {
            frame.put(hint, row: area.maxRow - 1, col: area.maxCol - DisplayWidth.of(hint) - 2, role: .muted)
        }
    }

    /// `text` cut every `width` characters (for URLs, which have no spaces to wrap at).
    static func chunks(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            result.append(String(rest.prefix(width)))
            rest = rest.dropFirst(width)
        }
        return result
    }
}
