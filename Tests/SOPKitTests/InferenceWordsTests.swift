@testable import SOPKit
import Testing

/// `FoldedKey.forEachWord`, which folds each word as it reaches it, hands over the words of the key
/// that `TextFolding.key` builds, and declines exactly when a space of that key stands next to a
/// non-ASCII byte.
@Suite struct InferenceWordsTests {
    /// Texts with every kind of byte the key treats differently: letters of both cases, digits,
    /// punctuation, no-break spaces (and an A0 byte that is not one), non-ASCII letters, marks and
    /// quotes at word edges, CR LF, and emptiness.
    static let texts = [
        "", " ", "\u{A0}", "a", "Z", "@[`{", "Menerima berkas", "  MENERIMA,,berkas  ", "x\u{A0}y", "\u{A0}x\u{A0}", "à la",
        "là bas", "a à", "aà b", "b aà", "“Keputusan” ditandatangani", "kata “kutip”", "e\u{301} x", "x e\u{301}", "e\u{301}x",
        "a\r\nb", "Tahap 1-2: cek/verifikasi", "ＡＢ cd", "cd ＡＢ", "ñ", "x ñ", "ñ x", "a\u{A0}\u{A0}b", "a\u{C2}", "AbC123xYz",
    ]

    /// The reference: the key's words, or nil when a space of the key stands next to a non-ASCII byte.
    static func referenceWords(_ text: String) -> [[UInt8]]? {
        let key = Array(TextFolding.key(text).utf8)
        for offset in key.indices where key[offset] == 0x20 {
            if offset > 0 && key[offset - 1] >= 0x80 || offset + 1 < key.count && key[offset + 1] >= 0x80 { return nil }
        }
        return key.split(separator: 0x20).map(Array.init)
    }

    @Test(arguments: texts) func wordsAreThoseOfTheKey(_ text: String) {
        var words: [[UInt8]] = []
        let read: Void? = FoldedKey.forEachWord(of: text) { words.append(Array($0)); return true }
        let reference = Self.referenceWords(text)
        #expect((read != nil) == (reference != nil), "\(text)")
        #expect(words == (reference ?? []), "\(text)")
        var substringWords: [[UInt8]] = []
        _ = FoldedKey.forEachWord(of: text[...]) { substringWords.append(Array($0)); return true }
        #expect(substringWords == words, "\(text)")
    }

    @Test func isASCIIReadsEveryByte() {
        let texts = ["", "a", "abcdefg", "abcdefgh", "abcdefghi", "abcdefgh\u{E9}", "\u{E9}abcdefgh", "abcdefg\u{E9}x", "abc\u{A0}"]
        for text in texts {
            let isASCII = Array(text.utf8).withUnsafeBufferPointer { FoldedKey.isASCII($0) }
            #expect(isASCII == text.utf8.allSatisfy { $0 < 0x80 }, "\(text)")
        }
    }

    @Test func readingStopsWhenTheBodySaysSo() {
        var seen: [[UInt8]] = []
        let read: Void? = FoldedKey.forEachWord(of: "satu DUA tiga") { word in
            seen.append(Array(word))
            return seen.count < 2
        }
        #expect(read != nil)
        #expect(seen == [Array("satu".utf8), Array("dua".utf8)])
    }
}
