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
    /// How many records of `kind` `scope` holds (a quota check before every create).
    func recordCount(_ kind: RecordKind, in scope: String) throws -> Int
    /// Stores `record` at `record.recordKey`, replacing what was there.
    mutating func put<R: LabRecord>(_ record: R) throws
    /// Removes the record at `key`; removing a missing record does nothing.
    mutating func remove(_ key: RecordKey) throws
    /// `make()`, which must read only records of this lab and compute nothing else (its key says
    /// what is made and holds everything else it depends on); a repository may hand back what
    /// `make` returned for an equal `key` earlier, as long as no record has changed since.
    /// Errors are never kept.
    /// Every authorization asks for its caller's policies; a file-backed lab keeps them between
    /// read transactions, an in-memory one (the default) computes them each time.
    func derived<T: Sendable>(_ key: DerivedKey, _ make: () throws(ServiceError) -> T) throws(ServiceError) -> T
}

extension LabRepository {
    /// Counts the names.
    public func recordCount(_ kind: RecordKind, in scope: String) throws -> Int {
        try recordNames(kind, in: scope).count
    }

    /// Computes the value each time.
    public func derived<T: Sendable>(_ key: DerivedKey, _ make: () throws(ServiceError) -> T) throws(ServiceError) -> T {
        try make()
    }
}
