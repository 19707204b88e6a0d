@testable import SOPKit
import Testing

/// `TextDecoder.decode` asks whether input without a byte-order mark is UTF-16 only when the UTF-8
/// scan found a NUL byte: input without a 0 byte is never taken for UTF-16 (`utf16WithoutBOM` is nil),
/// and input with one is decoded as UTF-16 when its zero bytes show it, else refused as binary, as
/// when the UTF-16 check came first.
@Suite struct DecodingOrderTests {
    /// Texts without a 0 byte: ASCII, Indonesian non-ASCII (é, —, ’, NBSP), tabs, line ends, short,
    /// odd-length and longer than the 4,096 bytes the UTF-16 check reads.
    static let textsWithoutNUL: [[UInt8]] = {
        var texts: [[UInt8]] = [
            [], Array("abcdefgh".utf8), Array("abcdefghi".utf8), Array("1.\tMenerima\t√\t\t10 menit\r\n".utf8),
            Array("Kepala Dinas é — Bidang’s\u{A0}x\n".utf8), [0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08],
            Array(repeating: 0xFF, count: 9), Array(String(repeating: "Sekretaris é\t", count: 600).utf8),
        ]
        texts += (1...40).map { length in (0..<length).map { UInt8(1 + ($0 * 37 + length) % 255) } }
        return texts
    }()

    @Test func inputWithoutNULIsNeverUTF16() {
        for bytes in Self.textsWithoutNUL {
            #expect(!bytes.contains(0))
            #expect(TextDecoder.utf16WithoutBOM(bytes) == nil, "\(bytes.prefix(20))")
        }
    }

    /// The outcome the old order gave: the UTF-16 check first, then the NUL check of the scan.
    static func expectedKind(_ bytes: [UInt8]) -> String {
        if let littleEndian = TextDecoder.utf16WithoutBOM(bytes) { return littleEndian ? "utf16le" : "utf16be" }
        return bytes.contains(0) ? "binary" : "other"
    }

    static func kind(_ result: DecodingResult) -> String {
        switch result {
        case .text(let source, let diagnostics):
            if diagnostics.contains(where: { $0.code == .decodedAsUTF16WithoutBOM }) {
                return source.encoding == .utf16LittleEndian ? "utf16le" : "utf16be"
            }
            return "other"
        case .failure(let diagnostic):
            return diagnostic.code == .binaryInput ? "binary" : "other"
        }
    }

    @Test func inputWithNULDecodesAsBefore() {
        let text = "Kepala Dinas é — Bidang’s\u{A0}x\tMenerima berkas\r\n"
        let little = Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big = Array(text.utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let long = Array(String(repeating: text, count: 120).utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let inputs: [[UInt8]] = [
            little, big, long, little + [0x41], Array(little.prefix(8)), Array(little.prefix(6)),
            Array("abc\u{0}def\n".utf8), Array("x\u{0}".utf8), [0, 0, 0, 0, 0, 0, 0, 0], [0x41, 0, 0, 0x41, 0x41, 0, 0, 0x41],
            Array(repeating: 0x61, count: 5000) + [0],
        ]
        for bytes in inputs {
            let result = TextDecoder.decode(bytes, file: "t")
            #expect(Self.kind(result) == Self.expectedKind(bytes), "\(bytes.prefix(20))")
        }
        if case .text(let source, _) = TextDecoder.decode(little, file: "t") {
            #expect(source.bytes == Array(text.utf8))
        } else {
            Issue.record("UTF-16 LE without a byte-order mark not decoded")
        }
    }
}
