@testable import SOPKit
import Testing

/// Working time written as bytes (`ByteSink.appendWorkingTime`, `appendTotalTime`), from which
/// `WorkingTimeText` is now built and which the HTML sheet and the index append unescaped: the same
/// text as the string building they replaced (kept below as the reference), and text that HTML
/// escaping leaves as it is.
@Suite struct WorkingTimeBytesTests {
    /// `WorkingTimeText.workingTime(minutes:)` before it was written as bytes.
    static func workingTimeByStrings(_ minutes: Int) -> String {
        let days = minutes / DurationUnit.day.minutes
        let hours = (minutes % DurationUnit.day.minutes) / 60
        let rest = minutes % 60
        var parts: [String] = []
        if days > 0 { parts.append("\(days) hari") }
        if hours > 0 { parts.append("\(hours) jam") }
        if rest > 0 || parts.isEmpty { parts.append("\(rest) menit") }
        return parts.joined(separator: " ")
    }

    /// `WorkingTimeText.totalTime(_:)` before it was written as bytes.
    static func totalTimeByStrings(_ total: TotalDuration?) -> String {
        guard let total else { return "—" }
        var text = workingTimeByStrings(total.minutes) + " (\(total.iso8601))"
        if total.flexibleSteps > 0 { text += " + \(total.flexibleSteps) langkah disesuaikan" }
        return text
    }

    static let minutes = Array(0...1_500) + [2_399, 2_400, 2_401, 10_560, 10_621, 123_456, 9_999_999, -1, -59, -60, -61, -481]

    @Test func workingTimeAgreesWithStrings() {
        for minute in Self.minutes {
            #expect(WorkingTimeText.workingTime(minutes: minute) == Self.workingTimeByStrings(minute), "\(minute)")
        }
    }

    @Test func totalTimeAgreesWithStringsAndNeedsNoEscaping() {
        var totals: [TotalDuration?] = [nil]
        for minute in Self.minutes where minute % 7 == 0 || minute < 130 || minute > 1_500 {
            for flexible in [0, 1, 12] { totals.append(TotalDuration(minutes: minute, flexibleSteps: flexible)) }
        }
        for total in totals {
            let expected = Self.totalTimeByStrings(total)
            #expect(WorkingTimeText.totalTime(total) == expected, "\(String(describing: total))")
            #expect(HTMLEscaping.escape(expected) == expected)
            var html = HTMLBytes(capacity: 1)
            html.appendTotalTime(total)
            #expect(html.bytes == Array(HTMLEscaping.escape(expected).utf8), "\(String(describing: total))")
        }
    }
}
