/// One row of the key table: which keys, what they do, how they are described, and when
/// they are available. The same row drives key handling, the status bar, the `?` overlay and
/// docs/keybindings.md.
public struct KeyBinding: Sendable {
    /// The keys, first one shown as the primary.
    public let keys: [Key]
    /// What the keys do.
    public let command: Command
    /// Short title for the status bar ("Quit").
    public let title: String
    /// One sentence for the help overlay and the docs.
    public let help: String
    /// Where the binding applies.
    public let scope: KeyScope
    /// Whether the status bar shows it.
    public let showsInStatusBar: Bool
    /// Documents when the binding is available (empty: always).
    public let availableWhen: String
    /// Why the binding is unavailable in `state`, or `nil` when it is available.
    public let unavailableReason: @Sendable (AppState) -> String?

    /// Creates a binding.
    public init(
        _ keys: [Key], _ command: Command, title: String, help: String, scope: KeyScope,
        showsInStatusBar: Bool = false, availableWhen: String = "",
        unavailableReason: @escaping @Sendable (AppState) -> String? = { _ in nil }
    ) {
        self.keys = keys
        self.command = command
        self.title = title
        self.help = help
        self.scope = scope
        self.showsInStatusBar = showsInStatusBar
        self.availableWhen = availableWhen
        self.unavailableReason = unavailableReason
    }

    /// The keys joined for display (`↓ j`).
    public var keyNames: String {
        keys.map(\.displayName).joined(separator: " ")
    }

    /// The keys that work right now: typing keys stand aside while a text field has focus.
    public func activeKeys(typing: Bool) -> [Key] {
        typing ? keys.filter { !$0.isTyping } : keys
    }
}

/// Where a key binding applies, from the most specific to the most general.
public enum KeyScope: Hashable, Sendable {
    /// A confirmation dialog is open.
    case dialog
    /// The help overlay is open.
    case help
    /// Only on one page.
    case page(PageID)
    /// Any page that shows a list.
    case list
    /// Everywhere.
    case global

    /// Heading used in the help overlay and docs.
    public var heading: String {
        switch self {
        case .dialog: "Confirmation dialog"
        case .help: "Help overlay"
        case .page(let id): "Page: \(id.title)"
        case .list: "Lists"
        case .global: "Everywhere"
        }
    }
}
