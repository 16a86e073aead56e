import IAMPolicy

/// SigV4's `X-Amz-Date` form, `YYYYMMDD'T'HHMMSS'Z'` (ISO 8601 basic, UTC), to and from seconds
/// since 1970 without Foundation's calendar (days-from-civil arithmetic).
public enum SigV4Time {
    /// Seconds since 1970 for `text`, or nil when it is not exactly that form or not a real time.
    public static func parse(_ text: String) -> Int? {
        var text = text
        return text.withUTF8(parse)
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count == 16, bytes[8] == UInt8(ascii: "T"), bytes[15] == UInt8(ascii: "Z") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let byte = bytes[index]
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(4..<6), let day = number(6..<8),
              let hour = number(9..<11), let minute = number(11..<13), let second = number(13..<15),
              (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
        else { return nil }
        return Int(CivilCalendar.days(year: Int64(year), month: Int64(month), day: Int64(day))) * 86_400 + hour * 3_600 + minute * 60 + second
    }

    /// `YYYYMMDD'T'HHMMSS'Z'` for `seconds` since 1970.
    public static func format(_ seconds: Int) -> String {
        let day = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let rest = seconds - day * 86_400
        let (year, month, dayOfMonth) = CivilCalendar.civil(days: Int64(day))
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)\(two(Int(month)))\(two(Int(dayOfMonth)))T\(two(rest / 3_600))\(two(rest % 3_600 / 60))\(two(rest % 60))Z"
    }
}
