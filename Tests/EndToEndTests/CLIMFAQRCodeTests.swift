import Foundation
import IAMKit
import MFAQRCode
import Testing

/// Issue #19 "MFA with a real authenticator app": `create-virtual-mfa-device --bootstrap-method
/// QRCodePNG --outfile F` writes a real PNG whose QR code an independent decoder (Debian's
/// `zbarimg`) reads as the device's `otpauth://` URI in AWS's form, with the seed the lab's MFA
/// app uses; the terminal rendering draws the same module matrix.
@Suite struct CLIMFAQRCodeTests {
    static let hasZbarimg = FileManager.default.isExecutableFile(atPath: "/usr/bin/zbarimg")

    /// What zbarimg reads in the image at `path` (nil when it finds no code).
    static func zbar(_ path: String) -> String? {
        // stdout only: zbarimg may warn on stderr (no D-Bus on a CI machine).
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/zbarimg")
        process.arguments = ["-q", "--raw", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .newlines)
    }

    @Test("QRCodePNG --outfile writes a PNG that zbarimg reads as the device's otpauth URI, and its seed signs in",
          .enabled(if: hasZbarimg, "zbarimg is not installed (bash .ci/setup installs zbar-tools)"))
    func qrCodePNGIsARealScannableCode() throws {
        let runner = try CLIRunner()
        #expect(try runner.run(["lab", "init", "--demo"]).status == 0)
        #expect(try runner.run(["--account", "development", "iam", "create-user", "--user-name", "carol"]).status == 0)
        let created = try runner.run(["--account", "development", "iam", "create-virtual-mfa-device",
                                      "--virtual-mfa-device-name", "carol", "--outfile", "carol.png", "--bootstrap-method", "QRCodePNG"])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(!created.stdout.contains("QRCodePNG") && !created.stdout.contains("Base32StringSeed"), "the secret was printed")
        let png = runner.directory.appendingPathComponent("carol.png")
        let bytes = try [UInt8](Data(contentsOf: png))
        #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "not a PNG file")
        let uri = try #require(Self.zbar(png.path), "zbarimg found no QR code in \(png.path)")
        let prefix = "otpauth://totp/carol@123456789012?secret="
        #expect(uri.hasPrefix(prefix), "\(uri)")
        // The phone's seed is the lab's: codes computed from the scanned URI enable the device
        // and sign carol in to the console.
        let seed = String(uri.dropFirst(prefix.count))
        let totp = try #require(Base32.decode(seed).map { TOTP(secret: $0) }, "the URI's secret is not Base32: \(seed)")
        let step = totp.step(at: CLISeedStoryTests.now)
        let enabled = try runner.run(["--account", "development", "iam", "enable-mfa-device", "--user-name", "carol",
                                      "--serial-number", "arn:aws:iam::123456789012:mfa/carol",
                                      "--authentication-code1", totp.code(counter: step - 1), "--authentication-code2", totp.code(counter: step)])
        #expect(enabled.status == 0, "\(enabled.stderr)")
        let shown = try runner.run(["lab", "mfa-code", "--serial-number", "arn:aws:iam::123456789012:mfa/carol", "--query", "Code", "--output", "text"])
        #expect(shown.stdout == totp.code(at: CLISeedStoryTests.now) + "\n")
        let signIn = try runner.run(["console", "sign-in", "--account", "development", "--user", "carol", "--mfa-code", totp.code(at: CLISeedStoryTests.now)])
        #expect(signIn.status == 0, "\(signIn.stderr)")
    }

    @Test("Base32StringSeed --outfile writes the seed of the same URI")
    func base32StringSeedWritesTheSeed() throws {
        let runner = try CLIRunner()
        #expect(try runner.run(["lab", "init", "--demo"]).status == 0)
        let created = try runner.run(["--account", "development", "iam", "create-virtual-mfa-device",
                                      "--virtual-mfa-device-name", "dave", "--outfile", "seed.txt", "--bootstrap-method", "Base32StringSeed"])
        #expect(created.status == 0, "\(created.stderr)")
        let seed = try String(contentsOf: runner.directory.appendingPathComponent("seed.txt"), encoding: .utf8)
        #expect(seed.count == 32 && Base32.decode(seed)?.count == 20, "\(seed)")
    }

    @Test("the terminal's half-block lines and the PNG show one module matrix, and both decode to the URI",
          .enabled(if: hasZbarimg, "zbarimg is not installed (bash .ci/setup installs zbar-tools)"))
    func terminalAndPNGShareTheMatrix() throws {
        let uri = "otpauth://totp/alice@123456789012?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
        let matrix = try QRCodeMatrix(encoding: uri)
        let lines = matrix.halfBlockLines()
        #expect(lines.count <= 18 && lines.allSatisfy { $0.count <= 35 }, "does not fit 80×24: \(lines.count) lines")
        #expect(QRCodeMatrix.fromHalfBlockLines(lines) == matrix)
        // The PNG's pixels, sampled at module centres, are the same matrix.
        let png = matrix.pngBytes(scale: 6, border: 4)
        #expect(PNGReader.modules(png, scale: 6, border: 4) == matrix)
        let path = ScratchDirectory.path("qr") + ".png"
        try Data(png).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(Self.zbar(path) == uri)
        // The matrix read back from the terminal text, drawn as a PNG, scans too.
        let fromTerminal = try #require(QRCodeMatrix.fromHalfBlockLines(lines))
        let terminalPath = ScratchDirectory.path("qr-terminal") + ".png"
        try Data(fromTerminal.pngBytes()).write(to: URL(fileURLWithPath: terminalPath))
        defer { try? FileManager.default.removeItem(atPath: terminalPath) }
        #expect(Self.zbar(terminalPath) == uri)
    }
}

/// Reads back the 1-bit greyscale PNGs `QRCodeMatrix.pngBytes` writes (stored deflate blocks only).
enum PNGReader {
    static func modules(_ png: [UInt8], scale: Int, border: Int) -> QRCodeMatrix? {
        var index = 8, width = 0
        var compressed: [UInt8] = []
        while index + 8 <= png.count {
            let length = png[index..<index + 4].reduce(0) { $0 << 8 | Int($1) }
            let type = String(decoding: png[index + 4..<index + 8], as: UTF8.self)
            let data = Array(png[index + 8..<min(index + 8 + length, png.count)])
            if type == "IHDR" { width = data[0..<4].reduce(0) { $0 << 8 | Int($1) } }
            if type == "IDAT" { compressed += data }
            index += 12 + length
        }
        var raw: [UInt8] = []
        var position = 2
        while position + 5 <= compressed.count {
            let final = compressed[position] & 1 == 1
            let length = Int(compressed[position + 1]) | Int(compressed[position + 2]) << 8
            raw += compressed[position + 5..<position + 5 + length]
            position += 5 + length
            if final { break }
        }
        let rowBytes = (width + 7) / 8 + 1
        let size = width / scale - 2 * border
        guard size > 0, raw.count == rowBytes * width else { return nil }
        var modules: [Bool] = []
        for y in 0..<size {
            for x in 0..<size {
                let px = (x + border) * scale + scale / 2, py = (y + border) * scale + scale / 2
                let byte = raw[py * rowBytes + 1 + px / 8]
                modules.append(byte & (0x80 >> UInt8(px % 8)) == 0)
            }
        }
        return QRCodeMatrix(size: size, modules: modules)
    }
}
