@testable import SOPKit
import Testing

/// The byte-level helpers of the layout list reader and identity block agree with the definitions
/// they replaced, on texts that include every ASCII control character, DEL, non-ASCII letters,
/// combining marks, no-break spaces and CR LF, at each position of an eight-byte word.
@Suite struct LayoutListBytesTests {
    /// Texts of list lines, with the bytes that make the printable-ASCII test and `count` differ.
    static let texts: [String] = {
        var texts = [
            "", " ", "a", "~", "1. Undang-Undang Nomor 5 Tahun 2014", "  dua  spasi  ", "Peraturan\u{00A0}Menteri",
            "e\u{301}", "Émile", "x\r\ny", "\r\n", "tab\there", "del\u{7F}", "\u{1F}", "• Printer", "– Alat", "ü",
            "abcdefg\u{7F}", "abcdefgh\u{7F}", "abcdefghijklmno\u{7F}", "abcdefghijklmnop", "abcdefghijklmnopé",
        ]
        // Each ASCII byte outside the printable range, and one inside it, at each offset of a 17-byte line.
        for byte: UInt8 in [0x00, 0x09, 0x0A, 0x0D, 0x1F, 0x20, 0x21, 0x60, 0x7E, 0x7F] {
            for offset in 0..<17 {
                var bytes = [UInt8](repeating: 0x61, count: 17)
                bytes[offset] = byte
                texts.append(String(decoding: bytes, as: UTF8.self))
            }
        }
        return texts
    }()

    @Test(arguments: texts) func printableASCIIAgreesWithTheBytes(_ text: String) {
        let reference = text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
        #expect(Array(text.utf8).withUnsafeBufferPointer(LayoutBytes.isPrintableASCII) == reference)
    }

    @Test(arguments: texts) func characterCountAgreesWithCharacters(_ text: String) {
        #expect(LayoutListReader.characterCount(text) == text.count)
    }

    @Test func printableASCIIExamples() {
        let cases: [(String, Bool)] = [
            ("", true), ("12345678", true), ("1234567\u{7F}", false), ("12345678\u{1F}", false), ("é", false),
            ("abcdefgh ijklmnop ~", true), ("abcdefgh\u{00A0}", false),
        ]
        for (text, expected) in cases {
            #expect(Array(text.utf8).withUnsafeBufferPointer(LayoutBytes.isPrintableASCII) == expected, "\(text)")
        }
    }

    /// Heading lines of office names, with region words at the start, after spaces and punctuation, in
    /// other cases and accents, cut at the 16 folded bytes the byte-level reading looks at.
    static let headings = [
        "", " ", "PROVINSI BENGKULU", "Provinsi", "provinsi", "KABUPATEN", "KOTA BANDUNG", "KOTA", "KOTAMADYA",
        "KECAMATAN SUKAJADI", "KELURAHAN", "DESA", "DESA.", "DESA-X", "DÉSA", "DE\u{301}SA", "KOTA\u{00A0}BANDUNG",
        "PEMERINTAH KOTA", "DINAS KESEHATAN", "SOP", "...KOTA", "(KOTA) X", "           KOTA",
        "                 KOTA", "                KOTA", "               KABUPATEN X", "KABUPATENKABUPATEN",
        "KECAMATANX", "Ｋota", "ＫOTA", "kota1", "1 KOTA", "\u{212A}OTA", "KOTA\u{301}", "PROVINSI\u{301} X",
    ]

    @Test(arguments: headings) func regionWordAgreesWithTheKey(_ text: String) {
        let reference = LayoutIdentityParser.regionWords.contains(String(TextFolding.keyWords(text).first ?? ""))
        #expect(LayoutIdentityParser.namesRegion(text) == reference)
    }

    @Test func regionWordExamples() {
        #expect(LayoutIdentityParser.namesRegion("PROVINSI BENGKULU"))
        #expect(LayoutIdentityParser.namesRegion("                 KOTA"))
        #expect(!LayoutIdentityParser.namesRegion("PEMERINTAH KOTA"))
        #expect(!LayoutIdentityParser.namesRegion("KABUPATENKABUPATEN"))
    }
}
