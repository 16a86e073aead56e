import CNcursesw
import ConsoleUI

/// Turns what `wget_wch` returns into `Key` values.
enum KeyDecoder {
    /// What one read produced.
    enum Event {
        /// A key.
        case key(Key)
        /// The terminal was resized.
        case resize
        /// The terminal reported a mouse event (`KEY_MOUSE`, then `getmouse`).
        case mouse(MouseEvent)
        /// Nothing arrived before the timeout.
        case none
    }

    /// Decodes a `wget_wch` result: `status` is OK or KEY_CODE_YES, `code` the character or key.
    static func decode(status: Int32, code: UInt32) -> Event {
        if status == KEY_CODE_YES {
            return decodeKeyCode(Int32(bitPattern: code))
        }
        guard status == OK else { return .none }
        switch code {
        case 13, 10: return .key(.enter)
        case 9: return .key(.tab)
        case 27: return .key(.escape)
        case 127, 8: return .key(.backspace)
        case 1...26:
            let letter = Character(Unicode.Scalar(UInt8(code) + 96))
            return .key(.ctrl(letter))
        case 0..<32: return .none
        default:
            guard let scalar = Unicode.Scalar(code) else { return .none }
            return .key(.character(Character(scalar)))
        }
    }

    /// Decodes what `getmouse` reported: button 1 pressed is a click, buttons 4 and 5 the wheel;
    /// anything else (releases, other buttons) is ignored.
    static func decodeMouse(buttons: UInt, row: Int32, col: Int32) -> Event {
        let kind: MouseEvent.Kind
        if buttons & UInt(NC_BUTTON1_PRESSED) != 0 {
            kind = .press
        } else if buttons & UInt(NC_BUTTON4_PRESSED) != 0 {
            kind = .wheelUp
        } else if buttons & UInt(NC_BUTTON5_PRESSED) != 0 {
            kind = .wheelDown
        } else {
            return .none
        }
        return .mouse(MouseEvent(kind, row: Int(row), col: Int(col)))
    }

    private static func decodeKeyCode(_ code: Int32) -> Event {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_BTAB: return .key(.backTab)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_SLEFT: return .key(.shiftLeft)
        case KEY_SRIGHT: return .key(.shiftRight)
        case KEY_SHOME: return .key(.shiftHome)
        case KEY_SEND: return .key(.shiftEnd)
        case KEY_RESIZE: return .resize
        case KEY_MOUSE: return .none  // TerminalScreen reads the event itself (getmouse)
        default:
            if code > nc_key_f(0), code <= nc_key_f(24) { return .key(.function(Int(code - nc_key_f(0)))) }
            return .none
        }
    }
}
