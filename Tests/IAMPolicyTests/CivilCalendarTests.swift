import IAMPolicy
import Testing

/// The one calendar the policy dates, lab timestamps and SigV4 dates share: days since
/// 1970-01-01 to and from a proleptic Gregorian date, around the epoch, leap days and centuries.
@Suite struct CivilCalendarTests {
    @Test(arguments: [
        (Int64(1970), Int64(1), Int64(1), Int64(0)), (1969, 12, 31, -1), (2000, 3, 1, 11_017), (2024, 2, 29, 19_782),
        (1900, 3, 1, -25_508), (2100, 2, 28, 47_540), (1, 1, 1, -719_162),
    ])
    func daysRoundTrip(year: Int64, month: Int64, day: Int64, days: Int64) {
        #expect(CivilCalendar.days(year: year, month: month, day: day) == days)
        let civil = CivilCalendar.civil(days: days)
        #expect(civil.year == year && civil.month == month && civil.day == day)
    }
}
