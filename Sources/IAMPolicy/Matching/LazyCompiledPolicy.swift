import class Foundation.NSLock

/// The evaluation form of one document, built on first evaluation rather than at parse time:
/// most parsed documents (every `CreatePolicy`, `PutRolePolicy`, `UpdateAssumeRolePolicy`)
/// are only validated and stored, so compiling them eagerly would spend a third of the
/// parse time on work nobody uses. `PolicySet` asks for it once per set, so the evaluation
/// hot path never takes the lock.
final class LazyCompiledPolicy: @unchecked Sendable {
    private let statements: [PolicyStatement]
    private let version: PolicyVersion
    /// Guards `built`: documents are `Sendable` and may be evaluated from several threads.
    private let lock = NSLock()
    private var built: CompiledPolicy?

    init(statements: [PolicyStatement], version: PolicyVersion) {
        self.statements = statements
        self.version = version
    }

    /// The compiled form, compiled by the first caller.
    var value: CompiledPolicy {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let compiled = CompiledPolicy(statements: statements, version: version)
        built = compiled
        return compiled
    }
}
