import Foundation
import IAMKit
import MFAQRCode
import Testing

/// Issue #19: in the real console (ncursesw in tmux, 80×24) the Users page's MFA form shows the
/// new device's QR code with F3, every module row intact, and the codes of an app holding that
/// seed enable the device.
@Suite("The console's MFA QR code in a real terminal (tmux)", .enabled(if: Spawn.hasTmux, "tmux is not installed"),
       .timeLimit(.minutes(1)))
struct ConsoleQRCodeTests {
    @Test func f3ShowsAScannableCodeAt80x24() throws {
        let runner = try CLIRunner()
        #expect(try runner.run(["lab", "init", "--demo"]).status == 0)
        #expect(try runner.run(["console", "sign-in", "--account", "development"]).status == 0)
        let store = runner.directory.appendingPathComponent("lab").path
        let tmux = try TmuxSession(width: 80, height: 24, command: appCommand() + " --store '\(store)'; echo \"[exit:$?]\"")
        defer { tmux.close() }
        #expect(tmux.waitFor("q Quit") != nil, "no first frame:\n\(tmux.screen())")
        tmux.send("4")
        #expect(tmux.waitFor("user  bob") != nil, "no Users page with bob:\n\(tmux.screen())")
        tmux.send("Down")
        tmux.send("m")
        let form = try #require(tmux.waitFor("Secret key (Base32): "), "no MFA form:\n\(tmux.screen())")
        let seedLine = try #require(form.components(separatedBy: "\n").first { $0.contains("Secret key (Base32): ") })
        let seed = String(seedLine.components(separatedBy: "Secret key (Base32): ")[1].prefix(32))
        let uri = "otpauth://totp/bob@123456789012?secret=\(seed)"
        let expected = try QRCodeMatrix(encoding: uri).halfBlockLines()
        tmux.send("F3")
        let shown = try #require(tmux.waitFor("Scan with an authenticator app"), "no QR page:\n\(tmux.screen())")
        let rows = shown.components(separatedBy: "\n")
        let first = try #require(rows.firstIndex { $0.contains(expected[0]) }, "the code's first row is not on screen:\n\(shown)")
        for (offset, line) in expected.enumerated() where first + offset < rows.count {
            #expect(rows[first + offset].contains(line), "row \(offset) differs:\n\(shown)")
        }
        #expect(first + expected.count <= rows.count, "the code does not fit 80×24:\n\(shown)")
        // Back to the form; an app holding the scanned seed enables the device.
        tmux.send("F3")
        #expect(tmux.waitFor("MFA code 1") != nil)
        let totp = try #require(Base32.decode(seed).map { TOTP(secret: $0) })
        let step = totp.step(at: CLISeedStoryTests.now)
        tmux.send(totp.code(counter: step - 1))
        tmux.send("Down")
        tmux.send(totp.code(counter: step))
        tmux.send("Enter")
        #expect(tmux.waitFor("is enabled for bob") != nil, "not enabled:\n\(tmux.screen())")
        let devices = try runner.run(["--account", "development", "iam", "list-mfa-devices", "--user-name", "bob",
                                      "--query", "MFADevices[].SerialNumber", "--output", "text"])
        #expect(devices.stdout == "arn:aws:iam::123456789012:mfa/bob\n", "\(devices.stdout) \(devices.stderr)\n\(tmux.screen())")
        tmux.send("q")
    }
}
