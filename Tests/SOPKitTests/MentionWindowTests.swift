@testable import SOPKit
import Testing

/// The byte-level window of words before a mention agrees with the `Substring` reading it replaced:
/// the last four pieces between spaces, commas and slashes, each folded by `TextFolding.key`.
@Suite struct MentionWindowTests {
    /// Activities, including pieces that fold to nothing, punctuation runs, CR LF and non-ASCII text.
    static let texts = [
        "", " ", ",", "/", "a", "Memerintahkan Kasubag PPMEP", "diteruskan kepada Kasi SDM Kesehatan",
        "jika tidak lengkap dikembalikan kepada, Staf", "Menerima berkas dari Pemohon/ Staf", "a  b,,c//d e f g h",
        "- ( ) kepada Kasi", "Laporan disampaikan ke-pada KEPALA", "oleh\r\nKepala", "Melalui: Kabid", "Bersama Staf",
        "café kepada Kasi", "kepada café Kasi", "ke\u{301} Kasi", "a \u{301}b c", "x\u{A0}kepada Kasi", "di", "diparaf Kasi",
        "Diperiksa   Kasubbag", "dikembalikan/ke Staf", "DIPERIKSA,KASI", "a.b.c kepada", "“kepada” Kasi", "1. 2. 3. 4. 5.",
    ]

    /// The reference keys of the pieces before a mention at `end`.
    static func referenceWords(_ text: String, before end: String.Index) -> [String] {
        text[..<end].split(whereSeparator: { $0 == " " || $0 == "," || $0 == "/" }).suffix(4).map { TextFolding.key($0) }
    }

    @Test(arguments: texts) func windowAgreesWithTheKeysOfThePieces(_ text: String) {
        var contiguous = text
        contiguous.withUTF8 { bytes in
            var window = ActivityClauses.MentionWindow()
            for end in text.indices + [text.endIndex] {
                let offset = text.utf8.distance(from: text.startIndex, to: end)
                let reference = Self.referenceWords(text, before: end)
                guard window.read(bytes, before: offset) else {
                    #expect(text.utf8.contains { $0 >= 0x80 }, "\(text) at \(offset)")
                    continue
                }
                #expect(window.words.map { Array($0) } == reference.map { Array($0.utf8) }, "\(text) at \(offset)")
                let last = reference.last ?? ""
                #expect(window.lastIsLongDiWord == (last.hasPrefix("di") && last.count >= 6), "\(text) at \(offset)")
            }
        }
    }

    @Test func windowExamples() {
        var text = "Dokumen diperiksa, lalu disampaikan kepada Kasi"
        text.withUTF8 { bytes in
            var window = ActivityClauses.MentionWindow()
            let readBeforeKasi = window.read(bytes, before: bytes.count - 4)
            #expect(readBeforeKasi)
            #expect(window.words.map { String(decoding: $0, as: UTF8.self) } == ["diperiksa", "lalu", "disampaikan", "kepada"])
            #expect(!window.lastIsLongDiWord)
            let readBeforeComma = window.read(bytes, before: 17)
            #expect(readBeforeComma)
            #expect(window.words.map { String(decoding: $0, as: UTF8.self) } == ["dokumen", "diperiksa"])
            #expect(window.lastIsLongDiWord)
        }
    }
}
