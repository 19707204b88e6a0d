@testable import SOPKit
import Testing

/// `PartialDate.description`, written digit by digit, gives the text of zero-padded decimal parts, for
/// dates of every shape and for parts outside the usual ranges (negative, five-digit years, large
/// months and days) that take the general path.
@Suite struct PartialDateTextTests {
    /// The text as it was built before: each part's decimal digits with zeros in front up to its width.
    private static func reference(_ date: PartialDate) -> String {
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        var text = padded(date.year, 4)
        if let month = date.month {
            text += "-" + padded(month, 2)
            if let day = date.day { text += "-" + padded(day, 2) }
        }
        return text
    }

    static let years = [0, 7, 45, 999, 1000, 2019, 9999, 10_000, 123_456, -1, -2019, Int.min, Int.max]
    static let parts: [Int?] = [nil, 0, 1, 9, 10, 12, 31, 99, 100, 1234, -1, -10]

    @Test(arguments: years) func descriptionAgreesWithPaddedParts(_ year: Int) {
        for month in Self.parts {
            for day in Self.parts {
                let date = PartialDate(year: year, month: month, day: day)
                #expect(date.description == Self.reference(date), "\(year) \(String(describing: month)) \(String(describing: day))")
                #expect(date.paddedDescription == Self.reference(date))
                var dayWithoutMonth = PartialDate(year: year)
                dayWithoutMonth.day = day
                #expect(dayWithoutMonth.description == Self.reference(dayWithoutMonth))
            }
        }
    }
}
