/// The decimal digits of an unsigned magnitude, as `String(value)` writes them, for the writers that
/// store bytes themselves (`ByteSink`, `MessageBytes`): first the digits are counted, so the room is
/// known, then stored from the last.
enum DecimalDigits {
    /// How many decimal digits `magnitude` has (one for zero).
    @inline(__always)
    static func count(of magnitude: UInt) -> Int {
        var digitCount = 1
        var remaining = magnitude / 10
        while remaining > 0 {
            digitCount += 1
            remaining /= 10
        }
        return digitCount
    }

    /// Stores the decimal digits of `magnitude` in the bytes before `end`, the last digit at `end - 1`;
    /// there must be room for `count(of: magnitude)` of them.
    @inline(__always)
    static func store(_ magnitude: UInt, before end: UnsafeMutablePointer<UInt8>) {
        var value = magnitude
        var position = end
        repeat {
            position -= 1
            position.pointee = UInt8(truncatingIfNeeded: value % 10) &+ 0x30
            value /= 10
        } while value > 0
    }
}
