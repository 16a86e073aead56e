import IAMKit

/// "Attach policies": the AWS managed catalog and the account's customer managed policies,
/// filtered as the user types, one picked with Enter.
public struct PolicyPicker: Hashable, Sendable {
    /// Every attachable policy offered.
    public var policies: [PolicyInfo]
    /// What was typed.
    public var field = TextPrompt(label: "Attach policy:")
    /// Indices into `policies` that match the filter.
    public private(set) var shown: [Int] = []
    /// The selected row.
    public var selection = ListSelection()

    /// A picker over `policies`.
    public init(policies: [PolicyInfo]) {
        self.policies = policies
        refilter()
    }

    /// The policy under the cursor.
    public var selected: PolicyInfo? {
        shown.indices.contains(selection.selected) ? policies[shown[selection.selected]] : nil
    }

    /// Applies typed text to the filter.
    public mutating func type(_ key: Key) {
        if field.apply(key) { refilter() }
    }

    private mutating func refilter() {
        let needle = field.text.lowercased()
        shown = policies.indices.filter { needle.isEmpty || policies[$0].policyName.lowercased().contains(needle) }
        selection = ListSelection()
    }

    /// `AWS managed` or `Customer managed`, from the ARN.
    public static func typeName(of arn: String) -> String {
        arn.hasPrefix("arn:aws:iam::aws:policy") ? "AWS managed" : "Customer managed"
    }

    /// Draws the picker as a box over `area`.
    public func render(into frame: inout Frame, area: Rect) {
        let box = area.centered(width: min(area.width - 2, 90), height: min(area.height, max(8, shown.count + 5)))
        let inner = frame.panel(box, title: "Attach policy (\(shown.count))", fill: .overlay)
        field.render(into: &frame, row: inner.row, col: inner.col + 1, width: inner.width - 2)
        let list = Rect(row: inner.row + 1, col: inner.col, width: inner.width, height: inner.height - 1)
        let policies = policies
        let shown = shown
        ListView.render(into: &frame, area: list, columns: [ListColumn("Policy name"), ListColumn("Type", width: 16),
                                                            ListColumn("Attached", width: 8)],
                        count: shown.count, selection: selection) { index in
            let policy = policies[shown[index]]
            return [policy.policyName, Self.typeName(of: policy.arn), String(policy.attachmentCount)]
        }
    }
}
