/// Dates in condition values and request context: W3C ISO 8601 (`2024-01-31`,
/// `2024-01-31T12:00:00Z`, fractional seconds, `±hh:mm` offsets) or epoch seconds.
///
/// See https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Date
enum PolicyDate {
    /// Seconds since 1970-01-01T00:00:00Z, or `nil` if `text` is neither form.
    static func parse(_ text: String) -> Double? {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return nil }
        if bytes.allSatisfy({ isDigit($0) || $0 == UInt8(ascii: ".") }) || (bytes.first == UInt8(ascii: "-") && bytes.count > 1 && !bytes.contains(UInt8(ascii: "T"))
            && bytes.dropFirst().allSatisfy({ isDigit($0) || $0 == UInt8(ascii: ".") }))
        {
            return Double(text)
        }
        var reader = DateReader(bytes: bytes)
        return reader.readISO8601()
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}

/// A cursor over the bytes of one ISO 8601 timestamp.
private struct DateReader {
    let bytes: [UInt8]
    var index = 0

    mutating func number(digits: Int) -> Int? {
        guard index + digits <= bytes.count else { return nil }
        var value = 0
        for _ in 0..<digits {
            guard PolicyDate.isDigit(bytes[index]) else { return nil }
            value = value * 10 + Int(bytes[index] - 0x30)
            index += 1
        }
        return value
    }

    mutating func consume(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    var atEnd: Bool { index == bytes.count }

    mutating func readISO8601() -> Double? {
        guard let year = number(digits: 4), consume(UInt8(ascii: "-")), let month = number(digits: 2),
            (1...12).contains(month), consume(UInt8(ascii: "-")), let day = number(digits: 2), (1...31).contains(day)
        else { return nil }
        var seconds = Double(Int(CivilCalendar.days(year: Int64(year), month: Int64(month), day: Int64(day))) * 86_400)
        if atEnd { return seconds }
        guard consume(UInt8(ascii: "T")) || consume(UInt8(ascii: "t")) else { return nil }
        guard let hour = number(digits: 2), hour <= 23, consume(UInt8(ascii: ":")), let minute = number(digits: 2), minute <= 59
        else { return nil }
        seconds += Double(hour * 3600 + minute * 60)
        if consume(UInt8(ascii: ":")) {
            guard let second = number(digits: 2), second <= 60 else { return nil }
            seconds += Double(second)
            if consume(UInt8(ascii: ".")) {
                var scale = 0.1
                var sawDigit = false
                while index < bytes.count, PolicyDate.isDigit(bytes[index]) {
                    seconds += Double(bytes[index] - 0x30) * scale
                    scale /= 10
                    index += 1
                    sawDigit = true
                }
                guard sawDigit else { return nil }
            }
        }
        if atEnd || consume(UInt8(ascii: "Z")) || consume(UInt8(ascii: "z")) {
            return atEnd ? seconds : nil
        }
        let sign: Double
        if consume(UInt8(ascii: "+")) {
            sign = 1
        } else if consume(UInt8(ascii: "-")) {
            sign = -1
        } else {
            return nil
        }
        guard let offsetHours = number(digits: 2), offsetHours <= 23 else { return nil }
        var offsetMinutes = 0
        if consume(UInt8(ascii: ":")) {
            guard let minutes = number(digits: 2), minutes <= 59 else { return nil }
            offsetMinutes = minutes
        } else if let minutes = number(digits: 2) {
            guard minutes <= 59 else { return nil }
            offsetMinutes = minutes
        }
        guard atEnd else { return nil }
        // A local time ahead of UTC (+hh) is earlier in UTC.
        return seconds - sign * Double(offsetHours * 3600 + offsetMinutes * 60)
    }
}
