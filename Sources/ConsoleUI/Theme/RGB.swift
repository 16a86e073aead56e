import Foundation

/// A 24-bit colour, written `#rrggbb` in theme files.
public struct RGB: Hashable, Sendable, CustomStringConvertible {
    /// Red 0–255.
    public let red: UInt8
    /// Green 0–255.
    public let green: UInt8
    /// Blue 0–255.
    public let blue: UInt8

    /// Creates a colour from components.
    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// Parses `#rrggbb`; `nil` for anything else.
    public init?(hex: String) {
        let digits = Array(hex.utf8)
        guard digits.count == 7, digits[0] == UInt8(ascii: "#"),
              let value = UInt32(String(decoding: digits[1...], as: UTF8.self), radix: 16) else { return nil }
        self.init(red: UInt8((value >> 16) & 0xFF), green: UInt8((value >> 8) & 0xFF), blue: UInt8(value & 0xFF))
    }

    /// The packed 0xRRGGBB value (what a direct-colour terminal takes as a colour number).
    public var packed: Int { Int(red) << 16 | Int(green) << 8 | Int(blue) }

    /// `#rrggbb`.
    public var description: String {
        let hex = String(packed, radix: 16)
        return "#" + String(repeating: "0", count: 6 - hex.count) + hex
    }

    /// WCAG 2.x relative luminance (sRGB), 0 for black to 1 for white.
    public var relativeLuminance: Double {
        func channel(_ c: UInt8) -> Double {
            let v = Double(c) / 255
            return v <= 0.04045 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)
    }

    /// WCAG contrast ratio with `other` (1 to 21); text needs at least 4.5.
    public func contrastRatio(with other: RGB) -> Double {
        let a = relativeLuminance
        let b = other.relativeLuminance
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }
}
