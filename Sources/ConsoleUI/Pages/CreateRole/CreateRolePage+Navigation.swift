import IAMKit

/// Moving between steps and fields, and the keys that act on the focused field.
extension CreateRolePage {
    /// Enter: confirm the question, close help, finish filtering, go to the next step, create
    /// the role, or run the highlighted offer.
    mutating func next(_ lab: any LabGateway) -> [Effect] {
        if state.showsFieldHelp {
            state.showsFieldHelp = false
            return []
        }
        if state.focus == .policyFilter {
            state.focus = .policyList
            return []
        }
        switch state.step {
        case .review: createRole(lab)
        case .created: return activateOffer(lab)
        default:
            guard state.nextBlockedReason == nil, let following = state.step.next else { return [.bell] }
            go(to: following)
        }
        return []
    }

    /// Esc: close what is open, else step back; on the first step ask before discarding input,
    /// and with nothing entered go back to the Roles list (the console's Cancel).
    mutating func back() -> [Effect] {
        if state.showsFieldHelp { state.showsFieldHelp = false; return [] }
        if state.showsPreview { state.showsPreview = false; return [] }
        if state.focus == .policyFilter { state.focus = .policyList; return [] }
        switch state.step {
        case .trustedEntity:
            if !state.hasInput { return [.openPage(.roles)] }
            return [.confirm(Self.discardQuestion)]
        case .created:
            if state.showsGrantPolicy { state.showsGrantPolicy = false } else { discard() }
        case .permissions, .details, .review:
            if let previous = state.step.previous { go(to: previous) }
        }
        return []
    }

    /// Shows `step` with its first field focused.
    mutating func go(to step: CreateRoleStep) {
        state.step = step
        state.focus = state.visibleFields.first ?? .review
        if step == .permissions { state.focus = .policyList }
        state.reviewScroll = 0
        if step != .review, state.createError?.field == nil { state.createError = nil }
    }

    /// Tab / Shift-Tab: the next or previous field of the step, wrapping.
    mutating func moveFocus(by delta: Int) {
        state.focus = CreateRoleForm.group(for: state.step).focus(from: state.focus, by: delta, in: state)
    }

    /// ↓: the next row of a list, else the next field.
    mutating func moveDown(rows: Int) {
        switch state.focus {
        case .policyList:
            state.policySelection.select(state.policySelection.selected + 1, count: state.filteredPolicies.count, visibleRows: rows)
        case .policyFilter: state.focus = .policyList
        case .review: state.reviewScroll += 1
        case .offers: state.offerSelection.select(state.offerSelection.selected + 1, count: state.offers.count, visibleRows: rows)
        default: moveFocus(by: 1)
        }
    }

    /// ↑: the previous row of a list, else the previous field.
    mutating func moveUp(rows: Int) {
        switch state.focus {
        case .policyList where state.policySelection.selected > 0:
            state.policySelection.select(state.policySelection.selected - 1, count: state.filteredPolicies.count, visibleRows: rows)
        case .review: state.reviewScroll = max(0, state.reviewScroll - 1)
        case .offers: state.offerSelection.select(state.offerSelection.selected - 1, count: state.offers.count, visibleRows: rows)
        default: moveFocus(by: -1)
        }
    }

    /// PgUp / PgDn.
    mutating func page(by delta: Int, rows: Int) {
        switch state.step {
        case .permissions:
            state.policySelection.select(state.policySelection.selected + delta, count: state.filteredPolicies.count, visibleRows: rows)
        case .review: state.reviewScroll = max(0, state.reviewScroll + delta)
        default: break
        }
    }

    /// Space on a checkbox, the account choice, a policy, the boundary, or an offer.
    mutating func toggle(_ lab: any LabGateway) -> [Effect] {
        if let field = state.focus.declaration, field.toggle(in: &state) { return [] }
        switch state.focus {
        case .policyList: choosePolicy()
        case .permissionsBoundary: state.boundaryARN = nil
        case .offers: return activateOffer(lab)
        default: break
        }
        return []
    }

    /// Chooses or unchooses the highlighted policy; refuses an 11th with AWS's quota error.
    /// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
    mutating func choosePolicy() {
        guard let policy = state.highlightedPolicy else { return }
        if let index = state.chosenPolicyARNs.firstIndex(of: policy.arn) {
            state.chosenPolicyARNs.remove(at: index)
            if state.createError?.field == .policyList { state.createError = nil }
        } else if state.chosenPolicyARNs.count >= 10 {
            state.createError = .init(field: .policyList, message: "Cannot exceed quota for PoliciesPerRole: 10")
        } else {
            state.chosenPolicyARNs.append(policy.arn)
        }
    }

    /// `b`: the highlighted policy becomes the boundary, or stops being it.
    mutating func toggleBoundary() {
        guard let policy = state.highlightedPolicy else { return }
        state.boundaryARN = state.boundaryARN == policy.arn ? nil : policy.arn
    }

    /// Applies an editing key to a text field; an error from the last Create attempt on that
    /// field goes away as soon as the field changes.
    mutating func edit(_ field: CreateRoleField, with key: Key) {
        guard let declaration = field.declaration, declaration.edit(key, in: &state) else { return }
        if state.createError?.field == field { state.createError = nil }
    }
}
