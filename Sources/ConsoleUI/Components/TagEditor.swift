import IAMKit

/// Tags of a role or a user as a page shows and edits them: a Key/Value list, and the two
/// questions that add or change a tag (its key, then its value). The page runs the change
/// through IAMKit (`TagRole`/`UntagRole`, `TagUser`/`UntagUser`), so AWS's rules and error
/// texts apply unchanged: at most 50 tags, key 1–128 and value 0–256 characters of
/// `[\p{L}\p{Z}\p{N}_.:/=+\-@]*`, keys unique regardless of case, `aws:` reserved.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html,
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_TagRole.html
public enum TagEditor {
    /// What a tag prompt is asking.
    public enum Question: Hashable, Sendable {
        /// The key of a new tag, or the new key of `replacing`.
        case key(replacing: Tag?)
        /// The value for `key` (`replacing`: the tag being changed, if any).
        case value(key: String, replacing: Tag?)

        /// The prompt's label.
        public var label: String {
            switch self {
            case .key(nil): "New tag key:"
            case .key(let tag?): "Tag key (was \(tag.key)):"
            case .value(let key, _): "Value for \(key):"
            }
        }
    }

    /// The prompt that asks `question`, filled with what the tag being changed holds.
    public static func prompt(_ question: Question) -> TextPrompt {
        switch question {
        case .key(let tag): TextPrompt(label: question.label, text: tag?.key ?? "")
        case .value(_, let tag): TextPrompt(label: question.label, text: tag?.value ?? "")
        }
    }

    /// One change to a holder's tags, as IAM's operations take it.
    public struct Change: Hashable, Sendable {
        /// Keys to untag first (a renamed tag's old key).
        public var untag: [String]
        /// Tags to set (add or overwrite).
        public var tag: [Tag]
        /// What the page says when it worked.
        public var summary: String
    }

    /// The change that sets `key`=`value`, replacing `replacing`. IAM compares keys without case,
    /// so a key changed only in case overwrites in place; a different key untags the old one.
    public static func set(key: String, value: String, replacing: Tag?) -> Change {
        let renamed = replacing.map { $0.key.lowercased() != key.lowercased() } ?? false
        let summary = replacing == nil ? "Tag \(key) added." : renamed ? "Tag \(replacing?.key ?? "") is now \(key)." : "Tag \(key) changed."
        return Change(untag: renamed ? [replacing?.key ?? ""] : [], tag: [Tag(key: key, value: value)], summary: summary)
    }

    /// The change that removes `tag`.
    public static func remove(_ tag: Tag) -> Change {
        Change(untag: [tag.key], tag: [], summary: "Tag \(tag.key) removed.")
    }

    /// Draws `tags` as a Key/Value list in `area`, with what to press when there is none.
    public static func render(_ tags: [Tag], selection: ListSelection, into frame: inout Frame, area: Rect) {
        frame.put(" Tags (\(tags.count) of 50): t adds one, e changes the selected one, x removes it.",
                  row: area.row, col: area.col, role: .info, maxWidth: area.width)
        let list = Rect(row: area.row + 1, col: area.col, width: area.width, height: max(0, area.height - 1))
        ListView.render(into: &frame, area: list, columns: [ListColumn("Key", width: min(40, max(10, area.width / 3))), ListColumn("Value")],
                        count: tags.count, selection: selection) { [tags] index in [tags[index].key, tags[index].value] }
        if tags.isEmpty {
            frame.put("  No tags.", row: list.row + 1, col: list.col, role: .muted, maxWidth: list.width)
        }
    }
}
