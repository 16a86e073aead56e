import Foundation
import IAMKit

/// Lower-case version 4 UUIDs, the shape of AWS's request IDs (`x-amzn-RequestId`) and of
/// CloudTrail's event IDs. Unique, not secret: a SplitMix64 sequence seeded once from the
/// system generator, so an ID costs no system call (Foundation's `UUID()` on Linux opens,
/// reads and closes `/dev/urandom` every time: two of them per audited request).
public enum RandomUUID {
    private static let lock = NSLock()
    nonisolated(unsafe) private static let sequence: SeededIDGenerator = {
        var system = SystemRandomNumberGenerator()
        return SeededIDGenerator(seed: system.next())
    }()

    /// A fresh ID such as `0b1f5c2e-7a3d-4c69-9e21-5d8f0a6b3c47`.
    public static func make() -> String {
        let (high, low) = lock.withLock { (sequence.next(), sequence.next()) }
        // Version 4, variant 10xx, as RFC 9562 lays them out: 32 hex digits, most significant
        // first, with dashes after the 8th, 12th, 16th and 20th.
        let version4 = high & 0xFFFF_FFFF_FFFF_0FFF | 0x0000_0000_0000_4000
        let variant = low & 0x3FFF_FFFF_FFFF_FFFF | 0x8000_0000_0000_0000
        return String(unsafeUninitializedCapacity: 36) { text in
            var position = 0
            for index in 0..<32 {
                if index == 8 || index == 12 || index == 16 || index == 20 {
                    text[position] = UInt8(ascii: "-")
                    position += 1
                }
                let word = index < 16 ? version4 : variant
                let shift = UInt64(60 - 4 * (index % 16))
                text[position] = Hex.lowercaseDigit(UInt8(truncatingIfNeeded: word >> shift) & 0x0F)
                position += 1
            }
            return position
        }
    }
}
