import Glibc

/// Closes, in a child about to be spawned, every descriptor from 3 up: nothing of this test
/// process but the child's own standard streams goes to it. SwiftNIO accepts connections
/// without close-on-exec, so a server another test runs in this process would otherwise lend
/// the child its sockets, and a connection that server closes would stay open (no FIN) until
/// the child exits. glibc has `posix_spawn_file_actions_addclosefrom_np` since 2.34, but
/// Swift's Glibc module does not declare it, so it is looked up by name.
func closeInheritedDescriptors(_ actions: inout posix_spawn_file_actions_t) {
    typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    guard let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") else { return }
    _ = unsafeBitCast(symbol, to: AddCloseFrom.self)(&actions, 3)
}
