/// The QR code as a PNG file (W3C PNG, 2nd edition): 1-bit greyscale, `scale` pixels per
/// module, a quiet zone of `border` modules (the standard asks for 4). The image data is a zlib
/// stream of stored (uncompressed) deflate blocks (RFC 1950/1951), so no compressor is linked;
/// a 33-module code at 6 px is about 6 KB.
extension QRCodeMatrix {
    /// The PNG file's bytes.
    public func pngBytes(scale: Int = 6, border: Int = 4) -> [UInt8] {
        let pixels = (size + 2 * border) * max(scale, 1)
        let rowBytes = (pixels + 7) / 8
        var raw: [UInt8] = []
        raw.reserveCapacity((rowBytes + 1) * pixels)
        for y in 0..<pixels {
            raw.append(0) // filter type None
            var row = [UInt8](repeating: 0, count: rowBytes)
            for x in 0..<pixels where !isDark(x: x / scale - border, y: y / scale - border) {
                row[x / 8] |= 0x80 >> UInt8(x % 8) // 1 = white in 1-bit greyscale
            }
            raw.append(contentsOf: row)
        }
        var header: [UInt8] = []
        header += PNGWriter.bigEndian(UInt32(pixels)) + PNGWriter.bigEndian(UInt32(pixels))
        header += [1, 0, 0, 0, 0] // bit depth 1, greyscale, deflate, adaptive filtering, no interlace
        return PNGWriter.signature + PNGWriter.chunk("IHDR", header) + PNGWriter.chunk("IDAT", PNGWriter.zlibStored(raw))
            + PNGWriter.chunk("IEND", [])
    }
}

/// The pieces of a PNG file: chunks with CRC-32, and zlib framing with Adler-32.
enum PNGWriter {
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }

    /// Length, type, data, CRC of type and data.
    static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let typed = Array(type.utf8) + data
        return bigEndian(UInt32(data.count)) + typed + bigEndian(crc32(typed))
    }

    /// A zlib stream (deflate, 32 KB window, no preset dictionary) of stored blocks.
    static func zlibStored(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x78, 0x01]
        var start = 0
        repeat {
            let end = min(start + 65_535, data.count)
            let length = UInt16(end - start)
            out.append(end == data.count ? 1 : 0) // BFINAL, BTYPE 00 (stored)
            out += [UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8)]
            out += data[start..<end]
            start = end
        } while start < data.count
        return out + bigEndian(adler32(data))
    }

    /// CRC-32 (ISO 3309, polynomial 0xEDB88320 reflected), as PNG chunks use.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    /// Adler-32 (RFC 1950), zlib's checksum of the uncompressed data.
    static func adler32(_ bytes: [UInt8]) -> UInt32 {
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in bytes {
            a = (a + UInt32(byte)) % 65_521
            b = (b + a) % 65_521
        }
        return (b << 16) | a
    }
}
