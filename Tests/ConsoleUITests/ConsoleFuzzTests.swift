@testable import ConsoleUI
import DisplayText
import Foundation
import IAMKit
import Testing

/// Issue #14: random key and paste sequences (printable, control, Unicode with combining marks
/// and ZWJ, resizes) across every page of the real console, over a lab holding hostile text.
/// Seeded and bounded: ROLECALL_FUZZ_SEED sets the seed, ROLECALL_FUZZ_STEPS the number of steps
/// (default 5,000) and ROLECALL_FUZZ_SECONDS the limit in processor seconds (default 20). A failure names the
/// seed, the step and the keys that led there.
@Suite("Console fuzz: no crash, frames fit, no control character reaches a cell")
struct ConsoleFuzzTests {
    @Test("random keys, pastes and resizes on every page")
    func randomInput() throws {
        let environment = ProcessInfo.processInfo.environment
        let seed = environment["ROLECALL_FUZZ_SEED"].flatMap { UInt64($0) } ?? 20_261_206
        let steps = environment["ROLECALL_FUZZ_STEPS"].flatMap { Int($0) } ?? 5000
        let seconds = environment["ROLECALL_FUZZ_SECONDS"].flatMap { Double($0) } ?? 20
        var generator = SplitMix(seed: seed)
        var app = try FuzzConsole.make()
        var history: [String] = []
        // The limit is processor time, so a machine busy with other work runs the same steps
        // (only slower); a wall-clock guard of six times the limit still ends a stuck run.
        let started = Date()
        let cpuStarted = clock()
        var done = 0
        var previousFrame: Frame?
        defer { print("console fuzz: \(done) of \(steps) steps, seed \(seed), \(Int(Date().timeIntervalSince(started))) s") }
        for step in 0..<steps {
            let cpuSeconds = Double(clock() - cpuStarted) / Double(CLOCKS_PER_SEC)
            if cpuSeconds > seconds || Date().timeIntervalSince(started) > 6 * seconds { break }
            done = step + 1
            let event = FuzzEvent.random(using: &generator)
            history.append(event.description)
            event.apply(to: &app)
            if step % 97 == 0 { _ = ConsoleShell.clockTicked(&app) }
            let frame = ConsoleShell.render(app, size: app.size)
            let found = FuzzConsole.problem(in: frame, size: app.size, previous: previousFrame)
            previousFrame = frame
            #expect(found == nil, """
                \(found ?? "") at step \(step) (seed \(seed); rerun with ROLECALL_FUZZ_SEED=\(seed)).
                Last events: \(history.suffix(40).joined(separator: " "))
                Screen:
                \(frame.lines.joined(separator: "\n"))
                """)
            if found != nil { return }
        }
    }
}

/// The console as the executable assembles it, over the demo lab plus records holding control
/// characters, bidi overrides, joiners, bare marks, wide text and very long values.
enum FuzzConsole {
    static func make() throws -> AppState {
        let gateway = try demoLabGateway()
        let hostile = "Evil\u{1b}[2J\u{1b}]0;pwned\u{07}\u{9b}31m \u{202e}txt.exe\u{202c} zw\u{200d}j soft\u{ad} \u{301}bare 運用チーム 👩\u{200d}💻 שלום"
        let now = gateway.service.clock.now()
        try gateway.externalChange { lab in
            let trust = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole","Condition":{"StringEquals":{"sts:ExternalId":"x\u200dy\u001b[2J\u202e"}}}]}"#
            try lab.put(Role(accountID: DemoLab.productionAccountID, path: "/", roleName: "Hostile\u{1b}[31m\u{202e}",
                             roleID: "AROAFUZZFUZZFUZZFUZZ1", createDate: now, assumeRolePolicyDocument: trust,
                             description: hostile + String(repeating: " long", count: 200),
                             tags: [Tag(key: "team\u{200d}", value: hostile)]))
            for index in 0..<30 {
                try lab.put(Role(accountID: DemoLab.productionAccountID, path: "/fuzz/", roleName: "Role\(index)-\u{301}運用",
                                 roleID: "AROAFUZZFUZZFUZZ\(1000 + index)", createDate: now, assumeRolePolicyDocument: trust,
                                 description: index.isMultiple(of: 3) ? hostile : nil))
            }
        }
        let environment = gateway.console(followsIdentity: true)
        let pages: [any ConsoleUI.Page] = [WelcomePage(environment)] + ConsolePages.make(environment)
        return AppState(size: Size(width: 80, height: 24), pages: pages, environment: environment, identity: "root @ production")
    }

    /// What is wrong with `frame`, if anything: a size other than the terminal's, a cell holding
    /// a character the display rule escapes, a zero-width cell, a broken wide character, or the
    /// cursor outside the screen.
    static func problem(in frame: Frame, size: Size, previous: Frame? = nil) -> String? {
        guard frame.size == size, frame.cells.count == size.width * size.height else {
            return "frame \(frame.size) does not match the terminal \(size)"
        }
        let cells = frame.cells
        // Cells equal to the previous frame's (same size) were checked then.
        let before = previous?.size == size ? previous?.cells : nil
        var verified: Set<String> = [" "]  // texts already found clean, checked once per frame
        for index in cells.indices {
            if let before, before[index] == cells[index], !cells[index].isContinuation { continue }
            let text = cells[index].text
            if verified.contains(text) { continue }
            let (row, col) = (index / size.width, index % size.width)
            if text.isEmpty {
                guard col > 0, DisplayWidth.of(cells[index - 1].text) == 2 else {
                    return "a stray continuation cell at row \(row), column \(col)"
                }
                continue
            }
            if let bad = text.unicodeScalars.first(where: { Sanitizer.mustEscape($0) }) {
                return "U+\(String(bad.value, radix: 16)) reached the cell at row \(row), column \(col)"
            }
            let width = DisplayWidth.of(text)
            if width == 0 { return "a zero-width cell at row \(row), column \(col)" }
            if width == 2 {
                guard col + 1 < size.width, cells[index + 1].isContinuation else {
                    return "a wide character without its second half at row \(row), column \(col)"
                }
                continue  // checked at each position: its second half must follow
            }
            verified.insert(text)
        }
        if let cursor = frame.cursor, !frame.contains(row: cursor.row, col: cursor.col) {
            return "the cursor \(cursor) is outside the screen"
        }
        return nil
    }
}

/// One thing a user (or a paste, or the window manager) does to the console.
enum FuzzEvent: CustomStringConvertible {
    case key(Key)
    case paste([Key])
    case resize(Size)

    static let printable = Array("abcdefghijklmnopqrstuvwxyz ABCXYZ0123456789-_=+.,@/:*\"{}[]q?gGjkyYnNcebrwsat/").map { Key.character($0) }
    static let unicode: [Key] = ["\u{301}", "\u{308}", "\u{200d}", "\u{200b}", "\u{ad}", "\u{202e}", "\u{2066}", "\u{1b}", "\u{9b}",
                                 "\u{7}", "👩", "💻", "🇫", "🇷", "運", "チ", "한", "ש", "ل", "é", "\u{fe0f}", "\u{e0041}", "\u{2028}"]
        .map { Key.character(Character(Unicode.Scalar($0.unicodeScalars.first?.value ?? 0x20) ?? " ")) }
    static let named: [Key] = [.up, .down, .left, .right, .tab, .backTab, .enter, .escape, .backspace, .delete, .pageUp,
                               .pageDown, .home, .end, .function(1), .function(2), .shiftLeft, .shiftRight, .shiftHome,
                               .shiftEnd, .ctrl("a"), .ctrl("e"), .ctrl("u"), .ctrl("k"), .ctrl("w"), .ctrl("g"),
                               .ctrl("b"), .ctrl("f"), .ctrl("c"), .ctrl("z")]
    static let sizes = [Size(width: 80, height: 24), Size(width: 100, height: 30), Size(width: 120, height: 40),
                        Size(width: 60, height: 20), Size(width: 81, height: 25), Size(width: 80, height: 24), Size(width: 160, height: 48)]

    static func random<G: RandomNumberGenerator>(using generator: inout G) -> FuzzEvent {
        func pick(_ keys: [Key]) -> Key { keys[Int(generator.next() % UInt64(keys.count))] }
        switch generator.next() % 100 {
        case 0..<40: return .key(pick(printable))
        case 40..<55: return .key(pick(unicode))
        case 55..<88: return .key(pick(named))
        case 88..<92: return .key(.character(Character(String(1 + generator.next() % 8))))
        case 92..<97:
            let length = Int(1 + generator.next() % 40)
            return .paste((0..<length).map { _ in generator.next() % 3 == 0 ? pick(unicode) : pick(printable) })
        default:
            if generator.next() % 2 == 0 { return .resize(sizes[Int(generator.next() % UInt64(sizes.count))]) }
            return .resize(Size(width: Int(20 + generator.next() % 130), height: Int(5 + generator.next() % 45)))
        }
    }

    func apply(to app: inout AppState) {
        switch self {
        case .key(let key): _ = ConsoleShell.reduce(&app, .keyPressed(key))
        case .paste(let keys): for key in keys { _ = ConsoleShell.reduce(&app, .keyPressed(key)) }
        case .resize(let size): _ = ConsoleShell.reduce(&app, .terminalResized(size))
        }
    }

    var description: String {
        switch self {
        case .key(let key): "key(\(String(reflecting: key).unicodeScalars.map { $0.isASCII ? String($0) : "\\u{\(String($0.value, radix: 16))}" }.joined()))"
        case .paste(let keys): "paste(\(keys.count) keys)"
        case .resize(let size): "resize(\(size.width)x\(size.height))"
        }
    }
}
