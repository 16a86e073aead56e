import IAMKit

/// Create role: one audited lab write (`CreateRole`) that runs IAMKit's CreateRole and then
/// AttachRolePolicy for each chosen policy, so the role is in the store for the CLI at once.
/// A failure changes nothing and is shown in AWS's words, next to its field when it has one.
extension CreateRolePage {
    /// Creates the role from the current input.
    mutating func createRole(_ lab: any LabGateway) {
        guard let caller = state.context.caller else {
            state.createError = .init(field: nil, message: state.labProblem ?? "Sign in first: the role is created in the signed-in account.")
            return
        }
        let plan = state.plan
        let service = lab.service
        do {
            let role = try lab.write(eventName: "CreateRole") { repo in
                try plan.create(using: service, caller: caller, in: &repo)
            }
            state.created = .init(arn: role.arn, plan: plan, accountID: caller.accountID)
            state.createError = nil
            refreshIfLabChanged(lab)
            state.step = .created
            state.focus = .offers
            state.offerSelection = ListSelection()
            state.offerOutcome = nil
            state.grantedUserName = nil
            state.showsGrantPolicy = false
        } catch let error as ServiceError {
            // Next to a field AWS's message alone; for the whole form with its error code.
            let field = Self.field(for: error)
            state.createError = .init(field: field, message: field == nil ? "\(error.code): \(error.message)" : error.message)
        } catch {
            state.createError = .init(field: nil, message: "The lab could not be written: \(error)")
        }
    }

    /// The field an error from CreateRole belongs to, if it names one.
    static func field(for error: ServiceError) -> CreateRoleField? {
        if error.code == "EntityAlreadyExists" { return .roleName }
        guard error.code == "ValidationError" else { return nil }
        let byParameter: [(String, CreateRoleField)] = [
            ("'roleName'", .roleName), ("'description'", .roleDescription), ("'path'", .path),
            ("'maxSessionDuration'", .maxSessionDuration), ("'tags.", .tags),
        ]
        return byParameter.first { error.message.contains($0.0) }?.1
    }
}
