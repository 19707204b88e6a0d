@testable import SOPKit
import Testing

/// `OCRTableBytes.isPlainASCII` and `OCRTableBytes.isASCII` read eight bytes at a time: the same
/// answers as the byte-by-byte definitions, for texts of every length around the eight-byte steps with
/// a carriage return, a byte above 0x7F, or a byte just beside those (0x0C, 0x0E, 0x7F, 0x01, 0x00) at
/// every position.
@Suite struct OCRTableBytesScanTests {
    /// The byte-by-byte definition of `isPlainASCII`.
    static func isPlainASCIIReference(_ bytes: [UInt8]) -> Bool {
        !bytes.contains { $0 >= 0x80 || $0 == 0x0D }
    }

    /// The byte-by-byte definition of `isASCII`.
    static func isASCIIReference(_ bytes: [UInt8]) -> Bool {
        !bytes.contains { $0 >= 0x80 }
    }

    /// Texts of 0 to 25 bytes of plain letters, and each with one byte replaced by each probe byte at
    /// each position.
    static let texts: [[UInt8]] = {
        let probes: [UInt8] = [0x0D, 0x80, 0xC3, 0xFF, 0x0C, 0x0E, 0x7F, 0x01, 0x00, 0x8D, 0x0A, 0x20]
        var texts: [[UInt8]] = []
        for length in 0...25 {
            let plain = (0..<length).map { UInt8(0x61 + $0 % 26) }
            texts.append(plain)
            for position in 0..<length {
                for probe in probes {
                    var text = plain
                    text[position] = probe
                    texts.append(text)
                }
            }
        }
        texts.append(Array("Kepala Dinas Kesehatan\r\n".utf8))
        texts.append(Array("Kasi Kesejahteraan Sosial".utf8))
        texts.append(Array("caf\u{E9} 1 jam | Pemohon".utf8))
        return texts
    }()

    @Test func isPlainASCIIAgreesWithBytes() {
        for text in Self.texts {
            let answer = text.withUnsafeBufferPointer(OCRTableBytes.isPlainASCII(bytes:))
            #expect(answer == Self.isPlainASCIIReference(text), "\(text)")
            #expect(OCRTableBytes.isPlainASCII(String(decoding: text, as: UTF8.self))
                == Self.isPlainASCIIReference(Array(String(decoding: text, as: UTF8.self).utf8)), "\(text)")
        }
    }

    @Test func isASCIIAgreesWithBytes() {
        for text in Self.texts {
            #expect(text.withUnsafeBufferPointer(OCRTableBytes.isASCII(bytes:)) == Self.isASCIIReference(text), "\(text)")
        }
    }

    @Test func eightBytesAgreeWithTheirBytes() {
        for text in Self.texts where text.count >= 8 {
            let word = text.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            #expect(OCRTableBytes.isPlainASCII(eightBytes: word) == Self.isPlainASCIIReference(Array(text.prefix(8))), "\(text)")
        }
    }

    @Test func unalignedStartsAgree() {
        let text = Array("..Kepala Dinas\rKesehatan Kabupaten".utf8)
        for start in 0..<text.count {
            for end in start...text.count {
                let slice = Array(text[start..<end])
                let answer = text.withUnsafeBufferPointer { bytes in
                    OCRTableBytes.isPlainASCII(bytes: UnsafeBufferPointer(rebasing: bytes[start..<end]))
                }
                #expect(answer == Self.isPlainASCIIReference(slice), "\(start) \(end)")
            }
        }
    }
}
