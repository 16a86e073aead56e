/// A policy lowered for evaluation: patterns pre-compiled and lower-cased, statements bucketed
/// by the service prefix of their actions so a request only visits statements that can match.
final class CompiledPolicy: Sendable {
    let statements: [CompiledStatement]
    /// Statements whose actions name one fixed service prefix, by prefix hash.
    private let buckets: [ServiceBucket]
    /// Statements that can match any service (`*`, `NotAction`, wildcard prefixes), in order.
    let anyServiceStatements: [Int]

    struct ServiceBucket: Sendable {
        let key: UInt64
        let statements: [Int]
    }

    init(statements: [PolicyStatement], version: PolicyVersion) {
        let compiled = statements.map { CompiledStatement($0, variables: version == .v2012_10_17) }
        var bucketMap: [UInt64: [Int]] = [:]
        var order: [UInt64] = []
        var anyService: [Int] = []
        for (position, statement) in compiled.enumerated() {
            guard let keys = statement.serviceKeys else {
                anyService.append(position)
                continue
            }
            for key in keys {
                if bucketMap[key] == nil { order.append(key) }
                if bucketMap[key]?.last != position { bucketMap[key, default: []].append(position) }
            }
        }
        self.statements = compiled
        self.buckets = order.map { ServiceBucket(key: $0, statements: bucketMap[$0] ?? []) }
        self.anyServiceStatements = anyService
    }

    /// The statements bucketed under `serviceKey` (a linear scan: policies name few services).
    func bucket(for serviceKey: UInt64) -> [Int]? {
        for bucket in buckets where bucket.key == serviceKey { return bucket.statements }
        return nil
    }
}

/// One statement lowered for evaluation.
struct CompiledStatement: Sendable {
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
                let lowered = text.utf8.map(GlobPattern.asciiLowercased)
                let prefix = lowered.prefix { $0 != UInt8(ascii: ":") }
                if prefix.contains(UInt8(ascii: "*")) || prefix.contains(UInt8(ascii: "?")) || prefix.count == lowered.count {
                    anyService = true
                    break
                }
                keys.append(ServiceKey.hash(prefix))
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
