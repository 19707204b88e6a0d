@testable import SOPKit
import Testing

/// The one-pass byte versions of OCR hot-path checks agree with the definitions they replaced, on
/// tables of words that include non-ASCII letters, digits, punctuation inside and around words,
/// empty and one-byte texts.
@Suite struct OCRHotPathTests {
    /// OCR tokens: lexicon words in any case, misread words, short words, words with punctuation at
    /// either end or inside, digits, non-ASCII letters and combining marks, CR, empty text.
    static let words = [
        "", " ", "a", "A", "1", ".", "..", "di", "DI", "di.", "dan", "dan/", "(dan)", "surat", "Surat", "SURAT", "surat,",
        "(Surat)", "surat-menyurat", "Pengumpulan", "pengumpulan", "Pencumpulan", "pencumpulan,", "1Sposist", "a1b",
        "abc1", "1abc", "é", "Émile", "surat\u{301}", "e\u{301}", "|", "||", "menit|", "(IKU)", "Kepala", "kepala.",
        "..Kepala..", "Ke-pala", "Kepala\r\n", "\r\nKepala", "Kepala\r", "Disposisi", "DISPOSISI", "indikator",
        "xyzzy", "Dokumen;", "dokumen:", "abc", "abcd", "ab.cd", "ab cd", "\u{00A0}surat", "surat\u{00A0}", "x\u{301}yz",
    ]

    /// The definition `OCRRepair.isPlainKnownWord` had before it read its bytes in one pass.
    static func isPlainKnownWordReference(_ token: Substring) -> Bool {
        var token = token
        return token.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
            var start = 0
            var end = bytes.count
            while start < end, !TextFolding.isASCIIAlphanumeric(bytes[start]) { start += 1 }
            while end > start, !TextFolding.isASCIIAlphanumeric(bytes[end - 1]) { end -= 1 }
            let core = UnsafeBufferPointer(rebasing: bytes[start..<end])
            guard !core.isEmpty, core.allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) else { return false }
            return core.count < 4 || LexiconWordTable.shared.containsASCIILetters(core)
        }
    }

    @Test(arguments: words) func plainKnownWordAgreesWithReference(_ word: String) {
        #expect(OCRRepair.isPlainKnownWord(word[...]) == Self.isPlainKnownWordReference(word[...]), "\(word)")
        let padded = "x " + word + " y"
        let inner = padded.dropFirst(2).dropLast(2)
        #expect(OCRRepair.isPlainKnownWord(inner) == Self.isPlainKnownWordReference(inner), "\(word) inside a line")
    }

    @Test func plainKnownWordExamples() {
        for word in ["Pengumpulan", "dan", "DI", "surat,", "(Surat)", "di."] {
            #expect(OCRRepair.isPlainKnownWord(word[...]), "\(word)")
        }
        for word in ["Pencumpulan", "1Sposist", "é", "..", "", "surat-menyurat", "a1b", "abc1", "ab.cd"] {
            #expect(!OCRRepair.isPlainKnownWord(word[...]), "\(word)")
        }
    }
}
