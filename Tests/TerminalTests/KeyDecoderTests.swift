import CNcursesw
import ConsoleUI
import Testing
@testable import Terminal

@Suite("Terminal key codes become Key values")
struct KeyDecoderTests {
    @Test("characters and control keys", arguments: [
        (UInt32(13), Key.enter), (10, .enter), (9, .tab), (27, .escape), (127, .backspace), (8, .backspace),
        (3, .ctrl("c")), (26, .ctrl("z")), (113, .character("q")), (26085, .character("日")),
        (128272, .character("🔐")),
    ])
    func characters(code: UInt32, key: Key) {
        guard case .key(let decoded) = KeyDecoder.decode(status: OK, code: code) else {
            Issue.record("no key for \(code)")
            return
        }
        #expect(decoded == key)
    }

    @Test("keypad codes", arguments: [
        (KEY_UP, Key.up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right), (KEY_BTAB, .backTab),
        (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown), (KEY_HOME, .home), (KEY_END, .end), (KEY_DC, .delete),
        (KEY_ENTER, .enter), (nc_key_f(1), .function(1)), (nc_key_f(12), .function(12)),
    ])
    func keypad(code: Int32, key: Key) {
        guard case .key(let decoded) = KeyDecoder.decode(status: KEY_CODE_YES, code: UInt32(bitPattern: code)) else {
            Issue.record("no key for \(code)")
            return
        }
        #expect(decoded == key)
    }

    @Test("resize and timeouts")
    func resizeAndTimeout() {
        if case .resize = KeyDecoder.decode(status: KEY_CODE_YES, code: UInt32(bitPattern: KEY_RESIZE)) {} else {
            Issue.record("KEY_RESIZE not decoded as resize")
        }
        if case .none = KeyDecoder.decode(status: ERR, code: 0) {} else { Issue.record("ERR is not 'no key'") }
    }
}

@Suite("Theme colours per capability tier")
struct RolePaletteTests {
    static let value = ColorValue(truecolor: RGB(hex: "#ff9900"), color256: 208, color16: .brightYellow)

    @Test("each tier takes its own value; 8 colours show bright as bold", arguments: [
        (ColorCapability.truecolor, Int32(0xFF9900), false), (.color256, 208, false), (.ansi16, 11, false),
        (.ansi8, 3, true), (.monochrome, -1, false),
    ])
    func tiers(tier: ColorCapability, number: Int32, bold: Bool) {
        let (color, needsBold) = RolePalette.colorNumber(Self.value, tier: tier)
        #expect(color == number)
        #expect(needsBold == bold)
    }
}

@Suite("Terminal mouse reports become MouseEvents")
struct MouseDecoderTests {
    @Test("button 1 pressed is a click, buttons 4 and 5 the wheel, a release nothing")
    func buttons() {
        guard case .mouse(let click) = KeyDecoder.decodeMouse(buttons: UInt(NC_BUTTON1_PRESSED), row: 3, col: 7) else {
            Issue.record("no click")
            return
        }
        #expect(click == MouseEvent(.press, row: 3, col: 7))
        guard case .mouse(let up) = KeyDecoder.decodeMouse(buttons: UInt(NC_BUTTON4_PRESSED), row: 1, col: 1),
              case .mouse(let down) = KeyDecoder.decodeMouse(buttons: UInt(NC_BUTTON5_PRESSED), row: 1, col: 1) else {
            Issue.record("no wheel")
            return
        }
        #expect(up.kind == .wheelUp && down.kind == .wheelDown)
        if case .mouse = KeyDecoder.decodeMouse(buttons: 0, row: 0, col: 0) { Issue.record("a release is not a click") }
    }
}
