/// One page of a List operation: the items, whether more follow, and the marker to pass back.
/// Source: https://docs.aws.amazon.com/IAM/latest/APIReference/Welcome.html (Marker/MaxItems paging)
public struct Page<Item> {
    /// The items of this page.
    public var items: [Item]
    /// Whether more items follow.
    public var isTruncated: Bool
    /// The marker for the next page when truncated.
    public var marker: String?

    /// Creates a page.
    public init(items: [Item], isTruncated: Bool, marker: String?) {
        self.items = items
        self.isTruncated = isTruncated
        self.marker = marker
    }

    /// Pages `all` (already in listing order): items after `marker` (the key of the first item
    /// of the page, as a previous page returned it), at most `maxItems` (default 100).
    static func of(_ all: [Item], key: (Item) -> String, marker: String?, maxItems: Int?) throws(ServiceError) -> Page {
        var start = 0
        if let marker {
            // The marker is the key of the next item; for sorted listings an item deleted in
            // between still resumes at the right place.
            guard let index = all.firstIndex(where: { key($0) == marker }) ?? all.firstIndex(where: { key($0) >= marker }) else {
                return Page(items: [], isTruncated: false, marker: nil)
            }
            start = index
        }
        let limit = maxItems ?? 100
        let end = min(all.count, start + limit)
        let items = Array(all[start..<end])
        if end < all.count {
            return Page(items: items, isTruncated: true, marker: key(all[end]))
        }
        return Page(items: items, isTruncated: false, marker: nil)
    }
}

extension Page: Sendable where Item: Sendable {}
