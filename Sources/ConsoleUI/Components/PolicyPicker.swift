import IAMKit

/// A managed policy in a filtered list: its name is what the filter searches.
struct PolicyRow: FilterableRow {
    /// The policy.
    var info: PolicyInfo
    /// The name (what the picker's filter has always searched).
    var filterTexts: [String] { [info.policyName] }
}

/// "Attach policies": the AWS managed catalog and the account's customer managed policies,
/// filtered as the user types, one picked with Enter.
public struct PolicyPicker: Hashable, Sendable {
    /// What was typed.
    public var field = TextPrompt(label: "Attach policy:")
    /// The policies, the filter and the selection.
    var list: FilteredList<PolicyRow>

    /// A picker over `policies`.
    public init(policies: [PolicyInfo]) {
        list = FilteredList(rows: policies.map(PolicyRow.init))
    }

    /// The policy under the cursor.
    public var selected: PolicyInfo? { list.selected?.info }

    /// How many policies the filter lets through.
    public var shownCount: Int { list.count }

    /// Applies typed text to the filter.
    public mutating func type(_ key: Key) {
        if field.apply(key) { list.setFilter(field.text) }
    }

    /// Applies a list command; returns whether it was one.
    mutating func apply(_ command: Command, visibleRows: Int) -> Bool {
        list.apply(command, visibleRows: visibleRows)
    }

    /// `AWS managed` or `Customer managed`, from the ARN.
    public static func typeName(of arn: String) -> String {
        arn.hasPrefix("arn:aws:iam::aws:policy") ? "AWS managed" : "Customer managed"
    }

    /// The picker's box in a page's `area`: inside the page's own border (which stays drawn),
    /// at most 90 columns wide and as tall as its rows need.
    func box(in area: Rect) -> Rect {
        let room = area.inset(by: 1)
        return room.centered(width: min(room.width - 2, 90), height: min(room.height, max(8, list.count + 5)))
    }

    /// How many policy rows the box in `area` shows (border, filter field and header take 4).
    func visibleRows(in area: Rect) -> Int {
        max(1, box(in: area).height - 4)
    }

    /// Draws the picker as a box over `area`.
    public func render(into frame: inout Frame, area: Rect) {
        let inner = frame.panel(box(in: area), title: "Attach policy (\(list.count))", fill: .overlay)
        field.render(into: &frame, row: inner.row, col: inner.col + 1, width: inner.width - 2)
        let area = Rect(row: inner.row + 1, col: inner.col, width: inner.width, height: inner.height - 1)
        let list = list
        ListView.render(into: &frame, area: area, columns: [ListColumn("Policy name"), ListColumn("Type", width: 16),
                                                            ListColumn("Attached", width: 8)],
                        count: list.count, selection: list.selection, empty: list.emptyText) { index in
            let policy = list[shownAt: index].info
            return [policy.policyName, Self.typeName(of: policy.arn), String(policy.attachmentCount)]
        }
    }
}
