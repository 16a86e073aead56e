// Temporary until the IAMPolicy policy API is merged.
public struct Decision: Sendable {}

extension IAMService {
    func authorize(_ caller: Caller, _ action: String, on resource: String, in lab: some LabRepository) throws(ServiceError) {}
}
