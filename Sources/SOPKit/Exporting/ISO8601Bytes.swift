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
        total.forEachISO8601Part { number, designator in
            if let number { append(decimal: number) }
            append(designator)
        }
    }
}

extension TotalDuration {
    /// Passes the parts of the ISO 8601 form of the total ("P14DT20M"; "PT0M" for zero), in order, to
    /// `body`: each a number to write in decimal, or nil, and the ASCII designator after it ("P", 14 "D",
    /// "T", 20 "M"). Writers of the bytes share it, so that they write the same text.
    func forEachISO8601Part(_ body: (_ number: Int?, _ designator: UInt8) -> Void) {
        let days = minutes / DurationUnit.day.minutes
        let hours = (minutes % DurationUnit.day.minutes) / 60
        let rest = minutes % 60
        body(nil, UInt8(ascii: "P"))
        if days > 0 { body(days, UInt8(ascii: "D")) }
        guard hours > 0 || rest > 0 || days == 0 else { return }
        body(nil, UInt8(ascii: "T"))
        if hours > 0 { body(hours, UInt8(ascii: "H")) }
        if rest > 0 || hours == 0 { body(rest, UInt8(ascii: "M")) }
    }
}
