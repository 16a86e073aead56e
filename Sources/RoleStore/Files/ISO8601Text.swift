import Foundation
import IAMKit

/// Parses the ISO 8601 timestamps the store writes (`2026-11-29T06:30:00Z`) with IAMKit's
/// allocation-free `Timestamp` parser (formatters cost more than decoding the rest of a
/// record); fractional seconds, which `Timestamp` drops, go through Foundation's parser.
enum ISO8601Text {
    static func date(from text: String) -> Date? {
        if !text.contains("."), let timestamp = Timestamp(iso8601: text) {
            return Date(timeIntervalSince1970: Double(timestamp.secondsSince1970))
        }
        return try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text)
    }
}
