@testable import SOPKit
import Testing

/// ISO 8601 durations written as bytes (`ByteSink.appendISO8601`), from which `Duration.iso8601` and
/// `TotalDuration.iso8601` are now built: the same text as the string building they replaced, kept
/// below as the reference.
@Suite struct ISO8601BytesTests {
    /// `Duration.iso8601` before it was written as bytes.
    static func durationByStrings(_ value: Double, _ unit: DurationUnit) -> String {
        let designator: (letter: Character, isTime: Bool) = switch unit {
        case .minute: ("M", true)
        case .hour: ("H", true)
        case .day: ("D", false)
        case .week: ("W", false)
        case .month: ("M", false)
        }
        return (designator.isTime ? "PT" : "P") + NumberFormatting.decimal(value) + String(designator.letter)
    }

    /// `TotalDuration.iso8601` before it was written as bytes.
    static func totalByStrings(_ minutes: Int) -> String {
        let days = minutes / DurationUnit.day.minutes
        let hours = (minutes % DurationUnit.day.minutes) / 60
        let rest = minutes % 60
        var text = "P"
        if days > 0 { text += "\(days)D" }
        if hours > 0 || rest > 0 || days == 0 {
            text += "T"
            if hours > 0 { text += "\(hours)H" }
            if rest > 0 || hours == 0 { text += "\(rest)M" }
        }
        return text
    }

    /// Whole numbers around the one- and two-digit limits, fractions with up to three decimals, and the
    /// largest values the parser keeps.
    static let values: [Double] = [0, 1, 2, 9, 10, 11, 99, 100, 101, 999, 1000, 12345, 999_999, 0.5, 0.25, 0.125, 1.5, 2.75,
        10.001, 99.999, 0.1, 0.2, 0.3, 123.456, 999_999.999, -1, -0.5]

    @Test(arguments: DurationUnit.allCases) func stepDurationsAgreeWithStrings(_ unit: DurationUnit) {
        for value in Self.values {
            let duration = Duration(text: "x", measure: .amount(value: value, unit: unit))
            #expect(duration.iso8601 == Self.durationByStrings(value, unit), "\(value) \(unit)")
            let sink = ByteSink(capacity: 1)
            sink.appendISO8601(value, unit)
            #expect(sink.string == Self.durationByStrings(value, unit), "\(value) \(unit)")
        }
        #expect(Duration(text: "disesuaikan", measure: .flexible).iso8601 == nil)
        #expect(Duration(text: "2 semester", measure: .unknownUnit("semester")).iso8601 == nil)
    }

    @Test func totalsAgreeWithStrings() {
        let minutes = Array(0...1_500) + [2_399, 2_400, 2_401, 10_560, 10_621, 123_456, 9_999_999, -1, -59, -60, -481]
        for minute in minutes {
            #expect(TotalDuration(minutes: minute, flexibleSteps: 0).iso8601 == Self.totalByStrings(minute), "\(minute)")
        }
    }

    /// The JSON of a step's duration and of a SOP's total: the ISO texts quoted, null when not an amount.
    @Test func jsonWritesTheSameTexts() {
        for measure in [DurationMeasure.amount(value: 0.5, unit: .day), .amount(value: 10, unit: .minute), .flexible] {
            let step = Step(number: 1, activity: "Menerima berkas", duration: Duration(text: "t", measure: measure), line: 1)
            var writer = JSONWriter(pretty: true)
            JSONExporter.write(step, into: &writer)
            let json = String(decoding: writer.bytes, as: UTF8.self)
            let expected = step.duration?.iso8601.map { "\"iso8601\": \"\($0)\"" } ?? "\"iso8601\": null"
            #expect(json.contains(expected), "\(json)")
        }
    }
}
