/// How hard a commit works to survive failures.
public enum StoreDurability: Sendable, Equatable {
    /// Every commit is fsynced (journal, files, directories, logs) before `write` returns:
    /// it survives a killed process, a kernel crash and a power loss. The default.
    case full
    /// The same journaled, atomic commits without fsync: survives a killed process (the
    /// kernel still writes what it was given) but not a power loss. For throwaway labs on
    /// tmpfs and for tests that exercise concurrency rather than the disk.
    case processCrashOnly
}
