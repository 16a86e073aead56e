@testable import AWSCommandLine
import DisplayText
import Foundation
import IAMPolicy
import Testing

/// Issue #14: text from a lab (written by anyone who shares it) never reaches a terminal raw.
/// On a terminal, `--output text|table` draw it by the display rule and JSON escapes what the
/// rule escapes as `\uXXXX`; piped, every format is the AWS CLI's, byte for byte.
@Suite struct TerminalOutputTests {
    /// An OSC title change, a screen clear, a carriage return, BEL, a C1 CSI, a right-to-left
    /// override, a zero width joiner and a combining mark with no base, all in lab data.
    static let hostile = "\u{1B}]0;pwned\u{07}\u{1B}[2J\rA\u{9B}31m\u{202E}txt.exe\u{200D}|\u{0301}"

    func getRole(_ arguments: [String], streams: OutputStreams) -> CommandResult {
        let backend = RecordingBackend()
        backend.responses["GetRole"] = [["Role": ["RoleName": "R", "Description": .string(Self.hostile),
                                                  "Tags": [["Key": "team\u{1B}[8m", "Value": "\u{85}blue"]]]]]
        return runCLI(["iam", "get-role", "--role-name", "R"] + arguments, backend: backend, streams: streams).0
    }

    /// Every scalar on a terminal is drawable: no control but the formatter's own tab and line feed,
    /// no format character, no mark without a base at the start of a field.
    func expectDrawable(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for scalar in text.unicodeScalars where scalar != "\t" && scalar != "\n" {
            #expect(!Sanitizer.mustEscape(scalar), "U+\(String(scalar.value, radix: 16)) reached the terminal", sourceLocation: sourceLocation)
        }
    }

    @Test func textOnATerminalShowsControlsAsEscapes() {
        let result = getRole(["--output", "text"], streams: .terminal)
        #expect(result.exitCode == .success)
        expectDrawable(result.stdout)
        #expect(result.stdout.contains("\\x1b]0;pwned\\x07\\x1b[2J\\rA\\x9b31m\\u202etxt.exe\\u200d|\u{0301}"))
        #expect(result.stdout.contains("TAGS\tteam\\x1b[8m\t\\x85blue\n"))
    }

    @Test func aTableOnATerminalIsEscapedAndItsBordersLineUp() {
        // `--color auto` colours a table on a terminal (the formatter's own SGR codes); off here.
        let result = getRole(["--output", "table", "--color", "off"], streams: .terminal)
        #expect(result.exitCode == .success)
        expectDrawable(result.stdout)
        let widths = Set(result.stdout.split(separator: "\n").map { DisplayWidth.of(String($0)) })
        #expect(widths.count == 1, "every line of the table is as wide as the first: \(widths)")
    }

    @Test func jsonOnATerminalEscapesC1AndBidiAndStaysTheSameValue() throws {
        let result = getRole([], streams: .terminal)
        expectDrawable(result.stdout)
        #expect(result.stdout.contains(#"\u009b31m\u202etxt.exe\u200d"# + "|\u{0301}"))
        let onTerminal = try JSONParser.parse(result.stdout)
        let piped = try JSONParser.parse(getRole([], streams: .piped).stdout)
        #expect(onTerminal == piped)
    }

    @Test func pipedOutputIsTheDataByteForByte() throws {
        let json = getRole([], streams: .piped).stdout
        #expect(json.contains("\u{9B}31m\u{202E}txt.exe\u{200D}|\u{0301}"))
        let text = getRole(["--output", "text"], streams: .piped).stdout
        #expect(text.contains(Self.hostile))
        #expect(try JSONParser.parse(json)["Role"]?["Description"]?.stringValue == Self.hostile)
    }

    @Test func errorMessagesOnATerminalNeverEchoRawControls() {
        let backend = RecordingBackend()
        backend.failure = .service(ServiceFailure(code: "NoSuchEntity", message: "The role with name \(Self.hostile) cannot be found."),
                                   operation: "GetRole")
        let onTerminal = runCLI(["iam", "get-role", "--role-name", "R"], backend: backend, streams: .terminal).0
        expectDrawable(onTerminal.stderr)
        #expect(onTerminal.stderr.contains("The role with name \\x1b]0;pwned\\x07"))
        #expect(onTerminal.stderr.hasPrefix("\nAn error occurred (NoSuchEntity)"))
        let piped = runCLI(["iam", "get-role", "--role-name", "R"], backend: backend, streams: .piped).0
        #expect(piped.stderr.contains(Self.hostile))
    }

    @Test func userInputQuotedInAnErrorIsEscapedOnATerminal() {
        let (result, _) = runCLI(["iam", "list-roles", "--query", "\u{1B}[2J"], streams: .terminal)
        #expect(result.exitCode == .usage)
        expectDrawable(result.stderr)
        #expect(result.stderr.contains("Bad value for --query \\x1b[2J"))
    }

    @Test func jsonEscapesAboveTheBasicPlaneAsSurrogatePairs() throws {
        let tag = "\u{E0041}"  // TAG LATIN CAPITAL LETTER A: format, invisible
        #expect(TerminalSafeText.escapingJSON("\"" + tag + "\"") == #""\udb40\udc41""#)
        #expect(try JSONParser.parse(TerminalSafeText.escapingJSON("\"" + tag + "\"")) == .string(tag))
    }

    @Test func aColouredTableOnATerminalHoldsOnlyItsOwnColourCodes() {
        let result = getRole(["--output", "table"], streams: .terminal)
        #expect(result.stdout.contains("\u{1B}["), "auto colour is on for a terminal")
        expectDrawable(Self.withoutColourCodes(result.stdout))
    }

    /// The text without SGR colour sequences (ESC [ digits and semicolons m).
    static func withoutColourCodes(_ text: String) -> String {
        text.replacing(#/\u{1B}\[[0-9;]*m/#, with: "")
    }
}
