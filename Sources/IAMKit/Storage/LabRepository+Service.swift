/// Repository access with errors already in the service's error type, so operations can use
/// typed `throws(ServiceError)` throughout; the repository's own error rides along in
/// `ServiceError.underlying`.
extension LabRepository {
    /// The record at `key`, or nil.
    func fetch<R: LabRecord>(_ type: R.Type, _ key: RecordKey) throws(ServiceError) -> R? {
        do { return try record(type, at: key) } catch { throw ServiceError.store(error) }
    }

    /// Every record of a kind in a scope, ordered by name.
    func fetchAll<R: LabRecord>(_ type: R.Type, in scope: String) throws(ServiceError) -> [R] {
        do { return try records(type, in: scope) } catch { throw ServiceError.store(error) }
    }

    /// Stores a record.
    mutating func save<R: LabRecord>(_ record: R) throws(ServiceError) {
        do { try put(record) } catch { throw ServiceError.store(error) }
    }

    /// Removes a record.
    mutating func delete(_ key: RecordKey) throws(ServiceError) {
        do { try remove(key) } catch { throw ServiceError.store(error) }
    }
}
