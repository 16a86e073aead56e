import CQREncode

/// Why a text could not be encoded as a QR code.
public struct QRCodeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, for the user.
    public let description: String
}

/// The modules of a QR code symbol (ISO/IEC 18004), encoded by libqrencode: `size` × `size`
/// squares, dark or light, without the quiet zone. The PNG image and the terminal rendering
/// are both drawn from this one matrix, so they always show the same code.
public struct QRCodeMatrix: Sendable, Equatable {
    /// Modules per side (21 for version 1, +4 per version).
    public let size: Int
    /// Row-major, `true` for a dark module.
    public let modules: [Bool]

    /// Encodes `text` in byte mode with error correction level L (7 %), the smallest symbol,
    /// so an `otpauth://` URI fits an 80×24 terminal; phones read it from a screen.
    public init(encoding text: String) throws(QRCodeError) {
        guard !text.utf8.contains(0) else { throw QRCodeError(description: "a QR code text cannot contain NUL") }
        guard let code = QRcode_encodeString8bit(text, 0, QR_ECLEVEL_L) else {
            throw QRCodeError(description: "libqrencode could not encode \(text.utf8.count) bytes (the most is 2953)")
        }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        guard width > 0, let data = code.pointee.data else { throw QRCodeError(description: "libqrencode returned an empty symbol") }
        // Bit 0 of each byte is the module's colour (1 = dark); the other bits describe its role.
        modules = (0..<(width * width)).map { data[$0] & 1 == 1 }
        size = width
    }

    /// Builds a matrix from modules (for tests and decoders).
    public init(size: Int, modules: [Bool]) {
        self.size = size
        self.modules = modules
    }

    /// Whether the module at column `x`, row `y` is dark; outside the symbol (the quiet zone) is light.
    public func isDark(x: Int, y: Int) -> Bool {
        guard x >= 0, y >= 0, x < size, y < size else { return false }
        return modules[y * size + x]
    }
}
