import RoleStore

/// Request IDs in the shape AWS uses (`x-amzn-RequestId`: a lower-case version 4 UUID).
enum RequestID {
    /// A fresh ID such as `0b1f5c2e-7a3d-4c69-9e21-5d8f0a6b3c47`.
    static func make() -> String { RandomUUID.make() }
}
