@testable import SOPKit
import Testing

/// Whether a CSV field must be quoted, told eight bytes at a time (`CSVWriter.needsQuoting(_:)`): the
/// same answer as the byte-by-byte search it replaced (the reference below), and the same field bytes.
/// A list field written value by value (`text(joinedBySemicolons:)`) has the bytes of the joined string.
@Suite struct CSVFieldQuotingTests {
    /// The search as it was written before: any comma, quote, CR or LF.
    static func needsQuotingByteByByte(_ text: [UInt8]) -> Bool {
        text.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
    }

    /// Fields that are empty, plain, with each quoting byte at every position of a word and after the
    /// last whole word, not ASCII (é, —, ’, NBSP), with tabs, and long.
    static var texts: [String] {
        var texts = ["", "a", "Staf", "Kepala Bidang", "café—’\u{A0}", "\tkolom\twaktu\t", "=SUM(A1)", "-", "12345678",
            String(repeating: "Menerima berkas permohonan é ", count: 200)]
        for special in [",", "\"", "\n", "\r"] {
            for length in 1...17 {
                for position in 0..<length {
                    var bytes = Array(repeating: UInt8(ascii: "x"), count: length)
                    bytes[position] = special.utf8.first!
                    texts.append(String(decoding: bytes, as: UTF8.self))
                }
            }
            texts.append(String(repeating: "Menerima berkas é\u{A0}", count: 100) + special)
            texts.append("—’" + special + "é")
        }
        return texts
    }

    @Test func quotingAgreesWithTheByteByByteSearch() {
        for text in Self.texts {
            let bytes = Array(text.utf8)
            let quoted = bytes.withUnsafeBufferPointer { CSVWriter.needsQuoting($0) }
            #expect(quoted == Self.needsQuotingByteByByte(bytes), "\(text.debugDescription)")
            var writer = CSVWriter(byteOrderMark: false)
            writer.text(text)
            let field = String(decoding: writer.bytes, as: UTF8.self)
            #expect(field.hasPrefix("\"") == quoted, "\(text.debugDescription)")
        }
    }

    /// Lists of performers or roles: none, one, empty values, values to quote or neutralise first and
    /// later, not ASCII (é, —, ’, NBSP), with tabs, and long.
    static let lists: [[String]] = [
        [], [""], ["", ""], ["", "x"], ["Staf"], ["Staf", "Kepala Bidang"], ["=a", "b"], ["a", "=b"], ["-", "@"],
        ["\tStaf", "x"], ["\rx", "y"], ["a,b", "c"], ["a", "b,c"], ["a", "\"Kasubag\" Umum"], ["\"", "\""],
        ["line\nbreak", "x"], ["café—’\u{A0}", "\tkolom"], ["+62", "a,\"b\""],
        Array(repeating: "Kepala Seksi Pelayanan é", count: 40), ["x", String(repeating: "panjang,\"", count: 300)],
    ]

    @Test func aListFieldHasTheBytesOfTheJoinedText() {
        for values in Self.lists {
            var joined = CSVWriter(byteOrderMark: false)
            joined.text(values.joined(separator: "; "))
            var listed = CSVWriter(byteOrderMark: false)
            listed.text(joinedBySemicolons: values)
            #expect(listed.bytes == joined.bytes, "\(values)")
        }
    }
}
