@testable import SOPKit
import Testing

/// The message of a realigned row (`RowAligner.realignedMessage`), written at its final size, reads as
/// the interpolated sentence did: the count without its sign, "more" or "fewer", and "cell" in the
/// singular for one.
@Suite struct RowAlignerMessageTests {
    @Test(arguments: [
        (1, "row has 1 more cell before Mutu Baku than the header; aligned by content"),
        (-1, "row has 1 fewer cell before Mutu Baku than the header; aligned by content"),
        (2, "row has 2 more cells before Mutu Baku than the header; aligned by content"),
        (-3, "row has 3 fewer cells before Mutu Baku than the header; aligned by content"),
        (10, "row has 10 more cells before Mutu Baku than the header; aligned by content"),
        (-128, "row has 128 fewer cells before Mutu Baku than the header; aligned by content"),
    ])
    func messageNamesTheCountAndDirection(shift: Int, expected: String) {
        #expect(RowAligner.realignedMessage(shift: shift) == expected)
        #expect(RowAligner.realignedMessage(shift: shift).utf8.count == expected.utf8.count)
    }
}
