/// Working time as Indonesian text for the published pages.
enum WorkingTimeText {
    /// Working minutes as Indonesian text: "2 hari 3 jam 20 menit" (1 day = 8 hours); "0 menit" for zero.
    static func workingTime(minutes: Int) -> String {
        let sink = ByteSink(capacity: 32)
        sink.appendWorkingTime(minutes: minutes)
        return sink.string
    }

    /// The total time of an SOP as text: working time, ISO 8601, and the flexible steps; "—" when none.
    static func totalTime(_ total: TotalDuration?) -> String {
        let sink = ByteSink(capacity: 64)
        sink.appendTotalTime(total)
        return sink.string
    }
}

extension ByteSink {
    /// Appends the bytes of `WorkingTimeText.workingTime(minutes:)`, which is built from them.
    func appendWorkingTime(minutes: Int) {
        let days = minutes / DurationUnit.day.minutes
        let hours = (minutes % DurationUnit.day.minutes) / 60
        let rest = minutes % 60
        if days > 0 {
            append(decimal: days)
            append(" hari" as StaticString)
        }
        if hours > 0 {
            if days > 0 { append(0x20) }
            append(decimal: hours)
            append(" jam" as StaticString)
        }
        if rest > 0 || (days <= 0 && hours <= 0) {
            if days > 0 || hours > 0 { append(0x20) }
            append(decimal: rest)
            append(" menit" as StaticString)
        }
    }

    /// Appends the bytes of `WorkingTimeText.totalTime(_:)`, which is built from them. The text holds
    /// nothing that HTML escapes (digits, ASCII letters, spaces, parentheses, `+` and "—"), so a page
    /// appends it as it is.
    func appendTotalTime(_ total: TotalDuration?) {
        guard let total else { return append("—" as StaticString) }
        appendWorkingTime(minutes: total.minutes)
        append(" (" as StaticString)
        appendISO8601(total)
        append(UInt8(ascii: ")"))
        if total.flexibleSteps > 0 {
            append(" + " as StaticString)
            append(decimal: total.flexibleSteps)
            append(" langkah disesuaikan" as StaticString)
        }
    }
}
