/// What the domain reads and writes. IAMKit's operations run against this protocol and never
/// touch a file: `InMemoryLab` implements it for tests and programs, and RoleStore's file-backed
/// implementation reads records lazily under the store's lock and commits the changes of one
/// operation atomically.
///
/// Reads may throw (a store file that does not parse); IAMKit lets such errors pass through
/// unchanged so the caller can report the file, line and column.
public protocol LabRepository {
    /// The record at `key`, or nil when there is none.
    func record<R: LabRecord>(_ type: R.Type, at key: RecordKey) throws -> R?
    /// Every record of `R.kind` in `scope`, ordered by name.
    func records<R: LabRecord>(_ type: R.Type, in scope: String) throws -> [R]
    /// The names of every record of `kind` in `scope`, sorted, without reading the records:
    /// counting roles or listing a few of them must not decode thousands of files.
    func recordNames(_ kind: RecordKind, in scope: String) throws -> [String]
    /// Stores `record` at `record.recordKey`, replacing what was there.
    mutating func put<R: LabRecord>(_ record: R) throws
    /// Removes the record at `key`; removing a missing record does nothing.
    mutating func remove(_ key: RecordKey) throws
}
