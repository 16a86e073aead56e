/// Where each node of a parsed JSON document sits in its source: the span of every value
/// (and of every object key), addressed by JSON path or walked node by node.
///
/// Stored as a flat tree (first child / next sibling links) so building it costs no hashing
/// and lookups walk a path in O(depth × siblings).
public struct JSONLocationMap: Sendable {
    /// A node of the document, for walking the map alongside the value.
    public struct Node: Sendable, Hashable {
        let index: Int32
    }

    struct Record: Sendable {
        var start: Int32
        var end: Int32
        var keyStart: Int32
        var keyEnd: Int32
        var firstChild: Int32
        var lastChild: Int32
        var nextSibling: Int32
        /// The member name for object members, `nil` for array elements and the root.
        var key: String?
        var parent: Int32
    }

    private let lines: LineTable
    private let records: [Record]

    init(lines: LineTable, records: [Record]) {
        self.lines = lines
        self.records = records
    }

    /// The root value's node (`nil` only for a map of nothing).
    public var root: Node? { records.isEmpty ? nil : Node(index: 0) }

    /// The member `key` of an object node (the last one if the key is duplicated).
    public func child(of node: Node, key: String) -> Node? {
        var found: Node?
        var child = records[Int(node.index)].firstChild
        while child >= 0 {
            if records[Int(child)].key == key { found = Node(index: child) }
            child = records[Int(child)].nextSibling
        }
        return found
    }

    /// The child nodes of an object or array node, in document order (member order for objects).
    public func children(of node: Node) -> [Node] {
        var result: [Node] = []
        var child = records[Int(node.index)].firstChild
        while child >= 0 {
            result.append(Node(index: child))
            child = records[Int(child)].nextSibling
        }
        return result
    }

    /// The first child of an object or array node, for walking children without an array.
    func firstChild(of node: Node) -> Node? {
        let child = records[Int(node.index)].firstChild
        return child >= 0 ? Node(index: child) : nil
    }

    /// The node after `node` under the same parent.
    func nextSibling(of node: Node) -> Node? {
        let sibling = records[Int(node.index)].nextSibling
        return sibling >= 0 ? Node(index: sibling) : nil
    }

    /// The element `index` of an array node.
    public func child(of node: Node, index: Int) -> Node? {
        var child = records[Int(node.index)].firstChild
        var position = 0
        while child >= 0 {
            if position == index, records[Int(child)].key == nil { return Node(index: child) }
            position += 1
            child = records[Int(child)].nextSibling
        }
        return nil
    }

    /// The node at `path`.
    public func node(at path: JSONPath) -> Node? {
        guard var node = root else { return nil }
        for component in path.components {
            switch component {
            case .key(let key):
                guard let next = child(of: node, key: key) else { return nil }
                node = next
            case .index(let index):
                guard let next = child(of: node, index: index) else { return nil }
                node = next
            }
        }
        return node
    }

    /// The span of a node's value.
    public func span(of node: Node) -> SourceSpan {
        let record = records[Int(node.index)]
        return lines.span(Int(record.start)..<Int(record.end))
    }

    /// The span of an object member's key (with its quotes), `nil` for other nodes.
    public func keySpan(of node: Node) -> SourceSpan? {
        let record = records[Int(node.index)]
        guard record.key != nil else { return nil }
        return lines.span(Int(record.keyStart)..<Int(record.keyEnd))
    }

    /// The node's JSON path.
    public func path(of node: Node) -> JSONPath {
        var components: [JSONPath.Component] = []
        var current = node.index
        while current > 0 {
            let record = records[Int(current)]
            if let key = record.key {
                components.append(.key(key))
            } else {
                var position = 0
                var sibling = records[Int(record.parent)].firstChild
                while sibling >= 0, sibling != current {
                    position += 1
                    sibling = records[Int(sibling)].nextSibling
                }
                components.append(.index(position))
            }
            current = record.parent
        }
        return JSONPath(components: components.reversed())
    }

    /// The span of the value at `path` (for a duplicated key, the last occurrence).
    public func span(at path: JSONPath) -> SourceSpan? {
        node(at: path).map(span(of:))
    }

    /// The span of the key (with its quotes) of the object member at `path`.
    public func keySpan(at path: JSONPath) -> SourceSpan? {
        node(at: path).flatMap(keySpan(of:))
    }

    /// Every node's path, in document order (parents before children).
    public var paths: [JSONPath] {
        records.indices.map { path(of: Node(index: Int32($0))) }
    }

    /// The position of a UTF-8 byte offset of the source.
    public func position(atOffset offset: Int) -> SourcePosition {
        lines.position(at: offset)
    }
}
