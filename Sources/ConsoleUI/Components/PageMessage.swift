import IAMKit

/// A line the page shows about the last action.
public struct PageMessage: Hashable, Sendable {
    /// The text (AWS's own words for service errors).
    public var text: String
    /// `success`, `danger`, `warning` or `info`.
    public var role: StyleRole

    /// Creates a message.
    public init(_ text: String, role: StyleRole) {
        self.text = text
        self.role = role
    }

    /// A failure: `ServiceError`s as `Code: message`, AWS's form.
    public init(_ error: any Error) {
        if let service = error as? ServiceError {
            self.init("\(service.code): \(service.message)", role: .danger)
        } else {
            self.init("\(error)", role: .danger)
        }
    }
}
