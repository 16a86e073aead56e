/// A policy lowered for evaluation: patterns pre-compiled and lower-cased, and every action
/// pattern indexed by its service prefix in flat, reference-free tables, so a request tests
/// only the patterns of its own service (plus wildcard-prefixed ones) without retaining or
/// copying anything.
final class CompiledPolicy: Sendable {
    let statements: [CompiledStatement]
    /// Action patterns grouped by service bucket (statement order within a group).
    private let entries: [ActionEntry]
    /// Literal and prefix pattern bytes, addressed by `ActionEntry.start/count`.
    private let patternBytes: [UInt8]
    /// Which slice of `entries` belongs to which service prefix hash.
    private let buckets: [Bucket]
    /// The slice of `entries` for patterns whose service prefix has wildcards (or is `*`).
    private let anyService: Bucket
    /// Statements with `NotAction`, which can match any service.
    let notActionStatements: [Int]

    /// One action pattern in reference-free form.
    struct ActionEntry: Sendable {
        enum Form: UInt8, Sendable { case anything, literal, prefix, general }
        let statement: Int32
        let pattern: Int32
        let form: Form
        let start: Int32
        let count: Int32
    }

    struct Bucket: Sendable {
        let key: UInt64
        let start: Int
        let end: Int
    }

    init(statements: [PolicyStatement], version: PolicyVersion) {
        let compiled = statements.map { CompiledStatement($0, variables: version == .v2012_10_17) }
        // Few services per policy: parallel arrays searched linearly beat a dictionary here.
        var order: [UInt64] = []
        var groups: [[ActionEntry]] = []
        var anyGroup: [ActionEntry] = []
        var notAction: [Int] = []
        var bytes: [UInt8] = []
        for (position, statement) in compiled.enumerated() {
            if statement.actionNegated {
                notAction.append(position)
                continue
            }
            for (patternIndex, pattern) in statement.actions.enumerated() {
                let entry: ActionEntry
                func stored(_ form: ActionEntry.Form, _ literal: [UInt8]) -> ActionEntry {
                    defer { bytes.append(contentsOf: literal) }
                    return ActionEntry(
                        statement: Int32(position), pattern: Int32(patternIndex), form: form, start: Int32(bytes.count),
                        count: Int32(literal.count))
                }
                switch pattern {
                case .anything: entry = stored(.anything, [])
                case .literal(let literal): entry = stored(.literal, literal)
                case .prefix(let prefix): entry = stored(.prefix, prefix)
                case .tokens: entry = stored(.general, [])
                }
                if let keys = statement.serviceKeys {
                    let key = keys[patternIndex]
                    if let group = order.firstIndex(of: key) {
                        groups[group].append(entry)
                    } else {
                        order.append(key)
                        groups.append([entry])
                    }
                } else {
                    anyGroup.append(entry)
                }
            }
        }
        var flat: [ActionEntry] = []
        var buckets: [Bucket] = []
        for (key, group) in zip(order, groups) {
            buckets.append(Bucket(key: key, start: flat.count, end: flat.count + group.count))
            flat.append(contentsOf: group)
        }
        anyService = Bucket(key: 0, start: flat.count, end: flat.count + anyGroup.count)
        flat.append(contentsOf: anyGroup)
        self.statements = compiled
        self.entries = flat
        self.patternBytes = bytes
        self.buckets = buckets
        self.notActionStatements = notAction
    }

    /// Calls `body` once for each statement with an `Action` pattern that matches `action`
    /// (lower-cased bytes of the request's action, whose service prefix hashes to `serviceKey`).
    @inline(__always)
    func forEachActionMatch(_ action: UnsafeBufferPointer<UInt8>, serviceKey: UInt64, _ body: (Int) -> Void) {
        entries.withUnsafeBufferPointer { entries in
            patternBytes.withUnsafeBufferPointer { bytes in
                buckets.withUnsafeBufferPointer { buckets in
                    for bucket in buckets where bucket.key == serviceKey {
                        scan(entries, bytes, bucket, action, body)
                        break
                    }
                }
                scan(entries, bytes, anyService, action, body)
            }
        }
    }

    @inline(__always)
    private func scan(
        _ entries: UnsafeBufferPointer<ActionEntry>, _ bytes: UnsafeBufferPointer<UInt8>, _ bucket: Bucket,
        _ action: UnsafeBufferPointer<UInt8>, _ body: (Int) -> Void
    ) {
        var lastMatched: Int32 = -1
        var index = bucket.start
        while index < bucket.end {
            let entry = entries[index]
            index += 1
            if entry.statement == lastMatched { continue }
            let matched: Bool
            switch entry.form {
            case .anything:
                matched = true
            case .literal:
                matched = Int(entry.count) == action.count && CompiledPolicy.equal(bytes, Int(entry.start), action, Int(entry.count))
            case .prefix:
                matched = Int(entry.count) <= action.count && CompiledPolicy.equal(bytes, Int(entry.start), action, Int(entry.count))
            case .general:
                matched = statements[Int(entry.statement)].actions[Int(entry.pattern)].matches(action)
            }
            if matched {
                lastMatched = entry.statement
                body(Int(entry.statement))
            }
        }
    }

    @inline(__always)
    private static func equal(_ pool: UnsafeBufferPointer<UInt8>, _ start: Int, _ action: UnsafeBufferPointer<UInt8>, _ count: Int) -> Bool {
        var offset = 0
        while offset < count {
            if pool[start + offset] != action[offset] { return false }
            offset += 1
        }
        return true
    }
}

/// One statement lowered for evaluation. A class so the hot loop passes one reference
/// instead of copying (and retaining) every array field.
final class CompiledStatement: Sendable {
    let index: Int
    let isAllow: Bool
    let actions: [GlobPattern]
    let actionNegated: Bool
    /// `nil` when the statement has neither `Resource` nor `NotResource` (trust policies).
    let resources: [ResourceMatcher]?
    let resourceNegated: Bool
    /// `nil` when the statement has neither `Principal` nor `NotPrincipal`.
    let principal: CompiledPrincipal?
    let principalNegated: Bool
    let conditions: [CompiledCondition]
    /// Hashes of the service prefixes the actions can match, or `nil` for "any service".
    let serviceKeys: [UInt64]?

    enum ResourceMatcher: Sendable {
        case pattern(GlobPattern)
        case template(PolicyTemplate)
    }

    init(_ statement: PolicyStatement, variables: Bool) {
        index = statement.index
        isAllow = statement.effect == .allow
        let actionTexts = statement.action ?? statement.notAction ?? []
        actionNegated = statement.action == nil
        actions = actionTexts.map { GlobPattern($0, lowercase: true) }
        if actionNegated {
            serviceKeys = nil
        } else {
            var keys: [UInt64] = []
            var anyService = false
            for text in actionTexts {
                let prefix = text.utf8.prefix { $0 != UInt8(ascii: ":") }
                if prefix.contains(UInt8(ascii: "*")) || prefix.contains(UInt8(ascii: "?")) || prefix.count == text.utf8.count {
                    anyService = true
                    break
                }
                keys.append(ServiceKey.hash(prefix.lazy.map(GlobPattern.asciiLowercased)))
            }
            serviceKeys = anyService ? nil : keys
        }
        if let texts = statement.resource ?? statement.notResource {
            resources = texts.map { text in
                if variables, let template = PolicyTemplate(text, wildcards: true) { return .template(template) }
                return .pattern(GlobPattern(text, lowercase: false))
            }
        } else {
            resources = nil
        }
        resourceNegated = statement.resource == nil && statement.notResource != nil
        if let principal = statement.principal ?? statement.notPrincipal {
            self.principal = CompiledPrincipal(principal)
        } else {
            self.principal = nil
        }
        principalNegated = statement.principal == nil && statement.notPrincipal != nil
        conditions = statement.conditions.enumerated().map { CompiledCondition($1, index: $0, variables: variables) }
    }

    /// How the statement's `Principal` names `caller` (nil: it does not apply to the caller),
    /// or for `NotPrincipal` `.direct` when it applies; nil when it has neither element.
    func principalGrant(for caller: RequestPrincipal) -> PrincipalGrant? {
        guard let principal else { return nil }
        guard principalNegated else { return principal.grant(for: caller) }
        return principal.notPrincipalApplies(to: caller, deny: !isAllow) ? .direct : nil
    }

    /// Whether `Action`/`NotAction` covers the lower-cased action.
    @inline(__always)
    func matchesAction(_ action: UnsafeBufferPointer<UInt8>) -> Bool {
        var found = false
        for pattern in actions where pattern.matches(action) {
            found = true
            break
        }
        return found != actionNegated
    }

    /// Whether `Resource`/`NotResource` covers the resource; `true` when the statement has neither.
    @inline(__always)
    func matchesResource(_ resource: UnsafeBufferPointer<UInt8>, context: RequestContext) -> Bool {
        guard let resources else { return true }
        var found = false
        for matcher in resources {
            switch matcher {
            case .pattern(let pattern):
                found = pattern.matches(resource)
            case .template(let template):
                // An unresolvable variable makes the entry match nothing.
                if let tokens = template.resolve(in: context) {
                    found = GlobPattern(tokens: tokens).matches(resource)
                }
            }
            if found { break }
        }
        return found != resourceNegated
    }
}
