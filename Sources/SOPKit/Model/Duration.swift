/// The unit of a step duration. Working time: 1 day = 8 hours, 1 week = 5 days, 1 month = 22 days.
public enum DurationUnit: String, Sendable, Hashable, CaseIterable {
    case minute, hour, day, week, month

    /// Working minutes in one unit.
    public var minutes: Int {
        switch self {
        case .minute: 1
        case .hour: 60
        case .day: 8 * 60
        case .week: 5 * 8 * 60
        case .month: 22 * 8 * 60
        }
    }

    /// `value` units in working minutes, rounded to the nearest minute (`Duration.minutes`).
    public func workingMinutes(of value: Double) -> Int {
        Int((value * Double(minutes)).rounded())
    }

    /// The unit's word as SOPs write it ("menit", "jam", "hari", "minggu", "bulan"): three to six
    /// lower-case ASCII letters, which OCR repair and the OCR table's Waktu reader put in place of a
    /// misread unit word.
    var indonesianWord: StaticString {
        switch self {
        case .minute: "menit"
        case .hour: "jam"
        case .day: "hari"
        case .week: "minggu"
        case .month: "bulan"
        }
    }

    /// The ISO 8601 designator (an ASCII letter), and whether it belongs after the `T` (time part).
    var iso8601Designator: (letter: UInt8, isTime: Bool) {
        switch self {
        case .minute: (UInt8(ascii: "M"), true)
        case .hour: (UInt8(ascii: "H"), true)
        case .day: (UInt8(ascii: "D"), false)
        case .week: (UInt8(ascii: "W"), false)
        case .month: (UInt8(ascii: "M"), false)
        }
    }
}

/// What a Waktu cell says: an amount of time, a flexible time, or something unreadable.
public enum DurationMeasure: Sendable, Hashable {
    /// A number of units; for a range ("1-2 hari") the upper bound.
    case amount(value: Double, unit: DurationUnit)
    /// "Disesuaikan", "Sesuai kebutuhan", "-": no fixed time.
    case flexible
    /// A number with a unit SOPKit does not know (e.g. "2 semester").
    case unknownUnit(String)
    /// Text that is not a duration at all.
    case unreadable
}

/// The Waktu of a step: the text as written and what it means.
public struct Duration: Sendable, Hashable {
    /// The cell text as written, whitespace-normalised.
    public var text: String
    /// The meaning of the text.
    public var measure: DurationMeasure

    /// Creates a duration from its text and meaning.
    public init(text: String, measure: DurationMeasure) {
        self.text = text
        self.measure = measure
    }

    /// The number of units, or nil when the duration is not an amount.
    public var value: Double? {
        if case .amount(let value, _) = measure { return value }
        return nil
    }

    /// The unit, or nil when the duration is not an amount.
    public var unit: DurationUnit? {
        if case .amount(_, let unit) = measure { return unit }
        return nil
    }

    /// Working minutes, rounded to the nearest minute, or nil when the duration is not an amount.
    public var minutes: Int? {
        guard case .amount(let value, let unit) = measure else { return nil }
        return unit.workingMinutes(of: value)
    }

    /// The ISO 8601 duration ("P2D", "PT10M", "P3W", "P0.5D"), or nil when not an amount.
    public var iso8601: String? {
        guard case .amount(let value, let unit) = measure else { return nil }
        let sink = ByteSink(capacity: 24)
        sink.appendISO8601(value, unit)
        return sink.string
    }

    /// Whether the text says the time is flexible.
    public var isFlexible: Bool { measure == .flexible }
}

/// The sum of the step durations of one SOP.
public struct TotalDuration: Sendable, Hashable {
    /// Working minutes of every step with an amount.
    public var minutes: Int
    /// The number of steps whose time is flexible.
    public var flexibleSteps: Int

    /// Creates a total.
    public init(minutes: Int, flexibleSteps: Int) {
        self.minutes = minutes
        self.flexibleSteps = flexibleSteps
    }

    /// The total as an ISO 8601 duration in working days, hours and minutes ("P14DT20M"); "PT0M" for zero.
    public var iso8601: String {
        let sink = ByteSink(capacity: 24)
        sink.appendISO8601(self)
        return sink.string
    }

    /// The total of `steps`, or nil when no step has a duration at all.
    public static func of(_ steps: [Step]) -> TotalDuration? {
        var minutes = 0
        var flexible = 0
        var any = false
        for step in steps {
            guard let duration = step.duration else { continue }
            any = true
            if let stepMinutes = duration.minutes {
                minutes += stepMinutes
            } else if duration.isFlexible {
                flexible += 1
            }
        }
        return any ? TotalDuration(minutes: minutes, flexibleSteps: flexible) : nil
    }
}

/// Number formatting shared by the model and the exporters.
enum NumberFormatting {
    /// `2` for 2.0, `0.5` for 0.5: the shortest decimal text. The parser keeps values below 10^6
    /// with at most three decimals, so no exponent is ever written.
    static func decimal(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 {
            return String(Int(value))
        }
        return String(value)
    }
}
