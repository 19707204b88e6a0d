extension ByteSink {
    /// Appends the ISO 8601 duration of `value` units ("PT10M", "P2D", "P0.5D"): the bytes of
    /// `Duration.iso8601`, which is built from them.
    func appendISO8601(_ value: Double, _ unit: DurationUnit) {
        let designator = unit.iso8601Designator
        if designator.isTime { append("PT" as StaticString) } else { append(UInt8(ascii: "P")) }
        append(decimal: value)
        append(designator.letter)
    }

    /// Appends `total` as an ISO 8601 duration in working days, hours and minutes ("P14DT20M"; "PT0M"
    /// for zero): the bytes of `TotalDuration.iso8601`, which is built from them.
    func appendISO8601(_ total: TotalDuration) {
        let days = total.minutes / DurationUnit.day.minutes
        let hours = (total.minutes % DurationUnit.day.minutes) / 60
        let rest = total.minutes % 60
        append(UInt8(ascii: "P"))
        if days > 0 {
            append(decimal: days)
            append(UInt8(ascii: "D"))
        }
        guard hours > 0 || rest > 0 || days == 0 else { return }
        append(UInt8(ascii: "T"))
        if hours > 0 {
            append(decimal: hours)
            append(UInt8(ascii: "H"))
        }
        if rest > 0 || hours == 0 {
            append(decimal: rest)
            append(UInt8(ascii: "M"))
        }
    }
}
