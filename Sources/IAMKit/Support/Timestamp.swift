import IAMPolicy

/// An instant with one-second resolution, as IAM reports times. Stored in the lab as an
/// ISO 8601 UTC string (`2026-11-29T06:00:00Z`) so a person can read and diff the store.
public struct Timestamp: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00Z.
    public var secondsSince1970: Int64

    /// Creates a timestamp from seconds since the Unix epoch.
    public init(secondsSince1970: Int64) {
        self.secondsSince1970 = secondsSince1970
    }

    /// Parses `YYYY-MM-DDTHH:MM:SS` followed by `Z`, `+00:00` or another `±HH:MM` offset
    /// (fractional seconds are ignored); nil when the text is not such a date.
    public init?(iso8601 text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count >= 19, bytes[4] == 45, bytes[7] == 45,
              bytes[10] == 84 || bytes[10] == 116 || bytes[10] == 32,
              bytes[13] == 58, bytes[16] == 58 else { return nil }
        func number(_ range: Range<Int>) -> Int64? {
            var value: Int64 = 0
            for index in range {
                let digit = Int64(bytes[index]) - 48
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
              (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
        else { return nil }
        var index = 19
        if index < bytes.count, bytes[index] == 46 {
            index += 1
            while index < bytes.count, (48...57).contains(bytes[index]) { index += 1 }
        }
        var offset: Int64 = 0
        if index == bytes.count {
            offset = 0
        } else if bytes[index] == 90 || bytes[index] == 122, index + 1 == bytes.count {
            offset = 0
        } else if bytes[index] == 43 || bytes[index] == 45, bytes.count == index + 6, bytes[index + 3] == 58,
                  let hours = number(index + 1..<index + 3), let minutes = number(index + 4..<index + 6) {
            offset = (hours * 3600 + minutes * 60) * (bytes[index] == 45 ? -1 : 1)
        } else {
            return nil
        }
        let days = CivilCalendar.days(year: year, month: month, day: day)
        secondsSince1970 = days * 86_400 + hour * 3600 + minute * 60 + second - offset
    }

    /// `2026-11-29T06:00:00Z`: the stored form, also what `aws:CurrentTime` carries.
    public var iso8601: String { format(suffix: "Z") }

    /// `2026-11-29T06:00:00+00:00`: how the AWS CLI v2 prints IAM and STS dates.
    public var awsCLI: String { format(suffix: "+00:00") }

    /// The stored form.
    public var description: String { iso8601 }

    /// This instant moved by `seconds`.
    public func adding(seconds: Int64) -> Timestamp {
        Timestamp(secondsSince1970: secondsSince1970 + seconds)
    }

    /// Orders instants.
    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.secondsSince1970 < rhs.secondsSince1970
    }

    /// Decodes the stored ISO 8601 string (or, leniently, a number of epoch seconds).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let seconds = try? container.decode(Int64.self) {
            self.init(secondsSince1970: seconds)
            return
        }
        let text = try container.decode(String.self)
        guard let parsed = Timestamp(iso8601: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an ISO 8601 date: \(text)")
        }
        self = parsed
    }

    /// Encodes as the stored ISO 8601 string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso8601)
    }

    private func format(suffix: String) -> String {
        let days = secondsSince1970 >= 0 ? secondsSince1970 / 86_400 : (secondsSince1970 - 86_399) / 86_400
        let secondOfDay = secondsSince1970 - days * 86_400
        let (year, month, day) = CivilCalendar.civil(days: days)
        guard (0...9999).contains(year) else { return "\(year)-\(month)-\(day)T\(secondOfDay)\(suffix)" }
        // Written byte by byte: `aws:CurrentTime` is formatted for every authorized request.
        let fields: [(Int64, Int)] = [(year, 4), (month, 2), (day, 2), (secondOfDay / 3600, 2), (secondOfDay / 60 % 60, 2), (secondOfDay % 60, 2)]
        let separators: [UInt8] = [UInt8(ascii: "-"), UInt8(ascii: "-"), UInt8(ascii: "T"), UInt8(ascii: ":"), UInt8(ascii: ":")]
        let head = String(unsafeUninitializedCapacity: 19) { buffer in
            var index = 0
            for (number, (value, width)) in fields.enumerated() {
                var remainder = value
                for position in stride(from: width - 1, through: 0, by: -1) {
                    buffer[index + position] = UInt8(ascii: "0") + UInt8(remainder % 10)
                    remainder /= 10
                }
                index += width
                if number < separators.count {
                    buffer[index] = separators[number]
                    index += 1
                }
            }
            return index
        }
        return head + suffix
    }
}
