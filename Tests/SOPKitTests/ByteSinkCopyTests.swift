@testable import SOPKit
import Testing

/// Appending to a `ByteSink` gives the bytes that appending to an array gives, for every length
/// around the in-line copies of short runs (1 to 32 bytes) and the `memcpy` above, at every offset
/// in a word, also when the buffer grows.
@Suite struct ByteSinkCopyTests {
    /// Bytes that differ from one position to the next, with values above 0x7F and zeros.
    static func pattern(_ count: Int, seed: Int) -> [UInt8] {
        (0..<count).map { UInt8(truncatingIfNeeded: ($0 &+ seed) &* 151 &+ 7) }
    }

    @Test(arguments: Array(0...70)) func bufferAppendsAgreeWithArrays(_ length: Int) {
        for offset in 0..<9 {
            for capacity in [1, 16, 256] {
                let sink = ByteSink(capacity: capacity)
                var expected: [UInt8] = []
                let prefix = Self.pattern(offset, seed: length)
                prefix.withUnsafeBufferPointer { sink.append($0) }
                expected += prefix
                let piece = Self.pattern(length, seed: offset)
                piece.withUnsafeBufferPointer { sink.append($0) }
                expected += piece
                sink.append(0xEE)
                expected.append(0xEE)
                #expect(sink.bytes == expected, "length \(length), offset \(offset), capacity \(capacity)")
            }
        }
    }

    @Test func literalsAndTextAgreeWithTheirUTF8() {
        let sink = ByteSink(capacity: 1)
        var expected: [UInt8] = []
        let literals: [StaticString] = ["", "\"", "\": ", "<td>", "</td><td>", "<tr class=\"step\" data-step=\"",
            "\n                                                                ", "— Pelaksana tidak diketahui ü"]
        for literal in literals {
            sink.append(literal)
            literal.withUTF8Buffer { expected += $0 }
        }
        for text in ["", "a", "é", "Kepala Dinas", "Pengesahan — Dinas Kependudukan dan Pencatatan Sipil \u{1F4C4}"] {
            sink.append(text)
            expected += Array(text.utf8)
        }
        #expect(sink.bytes == expected)
    }
}

/// Integers appended to a `ByteSink` are written as `String(value)` writes them, around the one- and
/// two-digit fast path and beyond.
@Suite struct ByteSinkDecimalTests {
    static let values: [Int] = Array(-12...130) + [999, 1000, 65_535, 1_000_000, Int.max, Int.min, Int.min + 1]

    @Test func decimalsAgreeWithString() {
        let sink = ByteSink(capacity: 1)
        var expected: [UInt8] = []
        for value in Self.values {
            sink.append(decimal: value)
            sink.append(UInt8(ascii: ","))
            expected += Array(String(value).utf8) + [UInt8(ascii: ",")]
        }
        #expect(sink.bytes == expected)
    }
}
