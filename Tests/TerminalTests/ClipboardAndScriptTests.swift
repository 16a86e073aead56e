import ConsoleUI
import Foundation
import Testing
@testable import Terminal

/// The Terminal layer's side of `y` (OSC 52) and `w` (script files).
@Suite("Copy and script effects")
struct ClipboardAndScriptTests {
    @Test("OSC 52 is ESC ] 52 ; c ; base64 of the UTF-8 text, ended by BEL")
    func osc52() {
        let bytes = ClipboardSequence.bytes(copying: "rolecall iam list-roles é\n")
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("\u{1B}]52;c;"))
        #expect(text.hasSuffix("\u{07}"))
        let payload = text.dropFirst("\u{1B}]52;c;".count).dropLast()
        #expect(Data(base64Encoded: String(payload)).map { String(decoding: $0, as: UTF8.self) } == "rolecall iam list-roles é\n")
    }

    @Test("A script is written 0755 (less the umask); an existing file is left alone unless replacing")
    func scriptFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rolecall-script-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("create-role-X.sh").path
        #expect(ScriptFileWriter.write("#!/bin/sh\necho one\n", to: path, replacing: false) == .written)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode.map { $0 & 0o100 } == 0o100, "owner may execute")
        #expect(ScriptFileWriter.write("#!/bin/sh\necho two\n", to: path, replacing: false) == .alreadyExists)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "#!/bin/sh\necho one\n")
        #expect(ScriptFileWriter.write("#!/bin/sh\necho two\n", to: path, replacing: true) == .written)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "#!/bin/sh\necho two\n")
        let link = directory.appendingPathComponent("link.sh").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: path)
        #expect(ScriptFileWriter.write("x", to: link, replacing: true) != .written, "a symbolic link is never followed")
        guard case .failed(let reason) = ScriptFileWriter.write("x", to: directory.appendingPathComponent("no/such.sh").path, replacing: false) else {
            Issue.record("a missing directory must fail")
            return
        }
        #expect(reason.contains("No such file"))
    }
}
