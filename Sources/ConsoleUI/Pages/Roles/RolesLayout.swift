import DisplayText
/// Where the Roles page puts things inside its panel; the reducer uses it for page sizes so
/// PgUp/PgDn move by exactly what is drawn.
struct RolesLayout {
    /// Inside the panel border.
    let inner: Rect
    /// Tabs (detail) or the sort/filter line (list), plus the guided explanation.
    let header: Rect
    /// The list, tab content or JSON.
    let content: Rect
    /// The message or prompt line.
    let footer: Rect

    init(_ body: Rect, page: RolesPage) {
        inner = body.inset(by: 1)
        let (header, rest) = inner.splitTop(page.options.guided ? 2 : 1)
        let (content, footer) = rest.splitBottom(1)
        self.header = header
        self.content = content
        self.footer = footer
        self.page = page
    }

    private let page: RolesPage

    /// The Permissions tab: the policy list on top, the selected policy's JSON below.
    var permissionsSplit: (list: Rect, document: Rect) {
        let rows = (page.detail?.permissions.count ?? 0) + 1
        let listHeight = min(max(3, rows), max(3, content.height / 2))
        let (list, rest) = content.splitTop(listHeight)
        return (list, rest.splitTop(1).1)
    }

    /// The Trust tab: notes about deleted principals on top, the JSON below.
    var trustSplit: (notes: Rect, document: Rect) {
        let notes = min(trustNotes.count, max(0, content.height - 3))
        let (top, rest) = content.splitTop(notes)
        return (top, rest)
    }

    /// The wrapped warnings about deleted principals.
    var trustNotes: [String] {
        (page.detail?.deletedPrincipals ?? []).flatMap { id in
            WordWrap.lines("⚠ \(id): deleted principal. IAM keeps its unique ID, which matches nobody, not even a new entity of the same name.",
                           width: content.width - 2)
        }
    }

    /// How many rows the current list (or scrolled text) shows at once.
    var listRows: Int {
        guard let detail = page.detail else { return content.height - 1 }
        switch detail.tab {
        case .permissions: return permissionsSplit.list.height - 1
        case .trust: return trustSplit.document.height
        case .whoCanAssume: return content.height - 2
        case .details: return content.height
        case .tags: return content.height - 2
        }
    }
}
