import Foundation
import IAMKit
import Testing

/// `rolecall lab mfa-code`: the lab's authenticator app for CLI users, so the seed's
/// `sts assume-role --serial-number … --token-code …` can be typed in a classroom with no phones.
/// The code must be the device's real RFC 6238 code at the lab's (pinned) time.
@Suite struct CLIMFAAppTests {
    @Test func theCodeIsTheDevicesTOTPAndAssumeRoleAcceptsIt() throws {
        let runner = try CLIRunner()
        #expect(try runner.run(["lab", "init", "--demo"]).status == 0)
        let created = try runner.run(["--account", "123456789012", "iam", "create-virtual-mfa-device",
                                      "--virtual-mfa-device-name", "carol-phone", "--outfile", "seed.txt",
                                      "--bootstrap-method", "Base32StringSeed"])
        #expect(created.status == 0, "\(created.stderr)")
        let seed = try String(contentsOf: runner.directory.appendingPathComponent("seed.txt"), encoding: .utf8)
        let totp = try #require(Base32.decode(seed.trimmingCharacters(in: .whitespacesAndNewlines)).map { TOTP(secret: $0) })
        let shown = try runner.run(["lab", "mfa-code", "--serial-number", "arn:aws:iam::123456789012:mfa/carol-phone",
                                    "--output", "text"])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.hasPrefix(totp.code(at: CLISeedStoryTests.now) + "\t"))
    }

    @Test func anUnknownDeviceIsAClearErrorAndExit255() throws {
        let runner = try CLIRunner()
        #expect(try runner.run(["lab", "init", "--demo"]).status == 0)
        let shown = try runner.run(["lab", "mfa-code", "--serial-number", "arn:aws:iam::123456789012:mfa/nobody"])
        #expect(shown.status == 255)
        #expect(shown.stderr.contains("the lab has no virtual MFA device arn:aws:iam::123456789012:mfa/nobody"))
    }
}
