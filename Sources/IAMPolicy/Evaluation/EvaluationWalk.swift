/// Walks the statements of one request's policies, collecting applicable statements, missing
/// context keys and (when explaining) a trace.
///
/// The fast walk visits only the statements bucketed under the request's service prefix plus
/// those that can match any service; the explaining walk visits every statement. Both use the
/// same per-statement test, so their outcomes agree.
///
/// The request is passed to each call rather than stored, so it is borrowed, never copied.
struct EvaluationWalk {
    let explain: Bool
    var missingKeys: [String] = []
    var trace: [StatementTrace] = []

    init(explain: Bool) {
        self.explain = explain
    }

    /// `compiled[i]` is `policies[i].document.compiled`; the hot path touches only `compiled`.
    mutating func scan(
        _ request: AuthorizationRequest, _ compiled: [CompiledPolicy], _ policies: [NamedPolicy], type: PolicyType,
        checksPrincipal: Bool
    ) -> TypeScan {
        var result = TypeScan()
        for policyIndex in compiled.indices {
            let compiled = compiled[policyIndex]
            if explain {
                for statement in compiled.statements {
                    visitExplaining(statement, request, policy: policies[policyIndex], policyIndex: policyIndex, type: type,
                        checksPrincipal: checksPrincipal, into: &result)
                }
                continue
            }
            request.lowercasedAction.withUnsafeBufferPointer { action in
                compiled.forEachActionMatch(action, serviceKey: request.serviceKey) { statementIndex in
                    visit(compiled.statements[statementIndex], request, actionMatched: true, policyIndex: policyIndex,
                        checksPrincipal: checksPrincipal, into: &result)
                }
            }
            for statementIndex in compiled.notActionStatements {
                visit(compiled.statements[statementIndex], request, actionMatched: false, policyIndex: policyIndex,
                    checksPrincipal: checksPrincipal, into: &result)
            }
        }
        if !explain, result.hits.count > 1 {
            result.hits.sort { ($0.policy, $0.statement) < ($1.policy, $1.statement) }
        }
        return result
    }

    /// The statement's elements other than conditions: `nil` if one fails, else the grant
    /// (`.direct` when the policy type does not check principals).
    @inline(__always)
    private func elementsMatch(_ statement: CompiledStatement, _ request: AuthorizationRequest, actionMatched: Bool, checksPrincipal: Bool) -> (action: Bool, resource: Bool, principal: PrincipalGrant?) {
        let actionMatched = actionMatched || request.lowercasedAction.withUnsafeBufferPointer { statement.matchesAction($0) }
        guard actionMatched else { return (false, false, nil) }
        let resourceMatched = request.resourceBytes.withUnsafeBufferPointer {
            statement.matchesResource($0, context: request.context)
        }
        guard resourceMatched else { return (true, false, nil) }
        guard checksPrincipal else { return (true, true, .direct) }
        return (true, true, statement.principalGrant(for: request.principal))
    }

    /// `actionMatched` is true when the action index already matched the statement's `Action`.
    private mutating func visit(
        _ statement: CompiledStatement, _ request: AuthorizationRequest, actionMatched: Bool, policyIndex: Int, checksPrincipal: Bool, into result: inout TypeScan
    ) {
        let elements = elementsMatch(statement, request, actionMatched: actionMatched, checksPrincipal: checksPrincipal)
        guard let grant = elements.principal else { return }
        let context = request.context
        var holds = true
        for condition in statement.conditions {
            let value = context.value(forLowercasedKey: condition.key, hash: condition.keyHash)
            if value == nil { missingKeys.append(condition.keyAsWritten) }
            if holds { holds = condition.evaluate(value: value, in: context) }
        }
        guard holds else { return }
        record(statement, grant: grant, policyIndex: policyIndex, into: &result)
    }

    private func record(_ statement: CompiledStatement, grant: PrincipalGrant, policyIndex: Int, into result: inout TypeScan) {
        result.hits.append(TypeScan.Hit(policy: policyIndex, statement: statement.index, isAllow: statement.isAllow))
        if statement.isAllow {
            result.allowed = true
            if result.grant.map({ grant > $0 }) ?? true { result.grant = grant }
        } else {
            result.denied = true
        }
    }

    private mutating func visitExplaining(
        _ statement: CompiledStatement, _ request: AuthorizationRequest, policy: NamedPolicy, policyIndex: Int, type: PolicyType, checksPrincipal: Bool,
        into result: inout TypeScan
    ) {
        // Every element is tested (not short-circuited) so the learner sees all reasons.
        let actionMatched = request.lowercasedAction.withUnsafeBufferPointer { statement.matchesAction($0) }
        let resourceMatched = request.resourceBytes.withUnsafeBufferPointer {
            statement.matchesResource($0, context: request.context)
        }
        let grant = checksPrincipal ? statement.principalGrant(for: request.principal) : .direct
        let elementsHold = actionMatched && resourceMatched && grant != nil
        let source = policy.document.statements[statement.index]
        var conditionTraces: [ConditionTrace] = []
        var holds = elementsHold
        let context = request.context
        for condition in statement.conditions {
            let value = context.value(forLowercasedKey: condition.key, hash: condition.keyHash)
            if value == nil, elementsHold { missingKeys.append(condition.keyAsWritten) }
            let conditionHolds = condition.evaluate(value: value, in: context)
            holds = holds && conditionHolds
            let written = source.conditions[condition.index]
            conditionTraces.append(ConditionTrace(
                operatorName: condition.conditionOperator.description, key: written.key,
                policyValues: condition.displayValues(written.values, context: context),
                contextValues: value?.values, result: conditionHolds, span: written.span))
        }
        if holds, let grant {
            record(statement, grant: grant, policyIndex: policyIndex, into: &result)
        }
        let located = MatchedStatement(
            policyName: policy.name, policyType: type, statementIndex: statement.index, sid: source.sid,
            effect: source.effect, span: source.span)
        trace.append(StatementTrace(
            statement: located, actionMatched: actionMatched,
            resourceMatched: statement.resources == nil ? nil : resourceMatched,
            principalMatched: checksPrincipal ? grant != nil : nil, conditions: conditionTraces, applies: holds))
    }
}

extension CompiledCondition {
    /// The policy values a learner should see: variables substituted where the operator allows
    /// them (an unresolvable one shown as written).
    func displayValues(_ written: [String], context: RequestContext) -> [String] {
        zip(written, operands).map { text, operand in
            if case .template(let template) = operand, let resolved = template.resolveText(in: context) { return resolved }
            return text
        }
    }
}
