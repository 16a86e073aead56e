import Foundation
import Glibc
import IAMKit
import RoleStore

extension RenderBenchmarks {
    /// Bytes the built console writes in 2 s with no key, on the Sign in page whose virtual MFA
    /// app shows codes and seconds left: 0 with a pinned clock (nothing visible changes), a few
    /// changed cells a second with the real one (the countdown).
    /// With `page` and `marker` (`"9"`, `"Live: new calls"`): the same on another page, e.g. the
    /// Activity page, which polls the audit log on every tick and must still write nothing.
    static func idleSignInBytes(pinnedClock: Bool, page: UInt8 = UInt8(ascii: "6"), marker: String = "Virtual MFA app") -> Int? {
        // The demo lab: alice's virtual MFA device is what the panel shows.
        let lab = FileManager.default.temporaryDirectory.appendingPathComponent("rolecall-bench-idle-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: lab) }
        do {
            let store = try LabStore(path: lab, create: true, durability: .processCrashOnly)
            let service = IAMService(clock: FixedClock(Timestamp(secondsSince1970: 1_795_939_200)), ids: SeededIDGenerator(seed: 7))
            try store.write { repo in try DemoLab.populate(using: service, in: &repo) }
        } catch {
            return nil
        }
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("rolecall").path
        guard FileManager.default.isExecutableFile(atPath: binary), let pty = openPTY(width: 120, height: 40),
              let pid = spawn(binary, lab: lab, on: pty.slave, closing: pty.master, pinnedClock: pinnedClock) else { return nil }
        close(pty.slave)
        defer {
            kill(pid, SIGTERM)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            close(pty.master)
        }
        _ = drain(pty.master, until: " Quit", milliseconds: 3_000)
        var key = page
        _ = write(pty.master, &key, 1)
        _ = drain(pty.master, until: marker, milliseconds: 3_000)
        _ = drain(pty.master, until: nil, milliseconds: 300)  // the rest of the page's frame
        return drain(pty.master, until: nil, milliseconds: 2_000).count
    }

    /// Reads what the console writes until `text` shows or `milliseconds` pass.
    static func drain(_ fd: Int32, until text: String?, milliseconds: Int) -> [UInt8] {
        var seen: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(milliseconds) * 1_000_000
        while DispatchTime.now().uptimeNanoseconds < deadline {
            let left = Int32((deadline - DispatchTime.now().uptimeNanoseconds) / 1_000_000)
            var pollFD = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&pollFD, 1, max(1, left)) > 0 else { continue }
            let n = read(fd, &buffer, buffer.count)
            if n <= 0 { break }
            seen += buffer[0..<n]
            if let text, String(decoding: seen, as: UTF8.self).contains(text) { break }
        }
        return seen
    }
}
