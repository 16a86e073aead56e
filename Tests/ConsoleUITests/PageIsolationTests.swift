import Foundation
import Testing

/// A page folder uses only its own types, the app's, the components' and the libraries': a
/// part two pages share lives in `ConsoleUI/Components/` (docs/architecture.md). Reading the
/// sources is the check: a type declared in one folder of `Sources/ConsoleUI/Pages/` and named
/// in another folder fails the test, naming the file, the line and the type.
@Suite("Page folders do not use each other's types")
struct PageIsolationTests {
    static let pagesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/ConsoleUI/Pages")

    /// The Swift files of each page folder (folder name → file URLs).
    static func folders() throws -> [String: [URL]] {
        let manager = FileManager.default
        var result: [String: [URL]] = [:]
        for folder in try manager.contentsOfDirectory(atPath: pagesDirectory.path) {
            let url = pagesDirectory.appendingPathComponent(folder)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            guard let walker = manager.enumerator(at: url, includingPropertiesForKeys: nil) else { continue }
            result[folder] = walker.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        }
        return result
    }

    /// A line without its `//` comment and with string literals emptied (names in prose and
    /// messages are not uses).
    static func code(_ line: String) -> String {
        var out = ""
        var inString = false
        var previous: Character = " "
        for character in line {
            if !inString, character == "/", previous == "/" {
                out.removeLast()
                break
            }
            if character == "\"", previous != "\\" { inString.toggle() }
            if !inString { out.append(character) }
            previous = character
        }
        return out
    }

    /// The identifiers of a line of code.
    static func identifiers(_ line: String) -> [Substring] {
        line.split { !($0.isLetter || $0.isNumber || $0 == "_") }
    }

    /// Top-level type names a file declares (`struct`, `enum`, `class`, `protocol`, `actor`,
    /// `typealias` at the start of a line, after access modifiers).
    static func declaredTypes(_ text: String) -> [String] {
        let modifiers: Set<String> = ["public", "internal", "private", "fileprivate", "final", "package", "indirect"]
        let kinds: Set<String> = ["struct", "enum", "class", "protocol", "actor", "typealias"]
        var names: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) where !(line.first?.isWhitespace ?? true) {
            let words = line.split(separator: " ").map(String.init)
            var index = 0
            while index < words.count, modifiers.contains(words[index]) { index += 1 }
            guard index + 1 < words.count, kinds.contains(words[index]) else { continue }
            let name = words[index + 1].prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            if !name.isEmpty { names.append(String(name)) }
        }
        return names
    }

    @Test("no page folder names a type another page folder declares")
    func pagesAreIsolated() throws {
        let folders = try Self.folders()
        #expect(folders.count >= 8, "found \(folders.keys.sorted()) under \(Self.pagesDirectory.path)")
        var owner: [String: String] = [:]
        for (folder, files) in folders {
            for file in files { for name in Self.declaredTypes(try String(contentsOf: file, encoding: .utf8)) { owner[name] = folder } }
        }
        var violations: [String] = []
        for (folder, files) in folders {
            for file in files {
                let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
                for (number, line) in lines.enumerated() {
                    let used = Set(Self.identifiers(Self.code(String(line))).map(String.init))
                    for name in used.sorted() {
                        if let home = owner[name], home != folder {
                            violations.append("Pages/\(folder)/\(file.lastPathComponent):\(number + 1) uses \(name) from Pages/\(home)")
                        }
                    }
                }
            }
        }
        let report = violations.joined(separator: "\n")
        #expect(violations.isEmpty, "move what two pages share to ConsoleUI/Components/:\n\(report)")
    }

    @Test("the check finds a use: a name declared in one folder and named in another")
    func theCheckSeesUses() {
        #expect(Self.declaredTypes("public struct PolicyPicker: Hashable {\n    struct Inner {}\n}") == ["PolicyPicker"])
        #expect(Self.identifiers(Self.code("var picker: PolicyPicker? // a TextPrompt")).contains("PolicyPicker"))
        #expect(!Self.identifiers(Self.code("var picker: PolicyPicker? // a TextPrompt")).contains("TextPrompt"))
        #expect(!Self.identifiers(Self.code(#"let text = "TextPrompt here""#)).contains("TextPrompt"))
    }
}
