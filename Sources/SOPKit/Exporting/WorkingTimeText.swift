/// Working time as Indonesian text for the published pages.
enum WorkingTimeText {
    /// Working minutes as Indonesian text: "2 hari 3 jam 20 menit" (1 day = 8 hours); "0 menit" for zero.
    static func workingTime(minutes: Int) -> String {
        let days = minutes / DurationUnit.day.minutes
        let hours = (minutes % DurationUnit.day.minutes) / 60
        let rest = minutes % 60
        var parts: [String] = []
        if days > 0 { parts.append("\(days) hari") }
        if hours > 0 { parts.append("\(hours) jam") }
        if rest > 0 || parts.isEmpty { parts.append("\(rest) menit") }
        return parts.joined(separator: " ")
    }

    /// The total time of an SOP as text: working time, ISO 8601, and the flexible steps; "—" when none.
    static func totalTime(_ total: TotalDuration?) -> String {
        guard let total else { return "—" }
        var text = workingTime(minutes: total.minutes) + " (\(total.iso8601))"
        if total.flexibleSteps > 0 { text += " + \(total.flexibleSteps) langkah disesuaikan" }
        return text
    }
}
