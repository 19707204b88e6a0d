@testable import SOPKit
import Testing

/// `FoldedKey.forEachWord`, which folds each word as it reaches it, hands over the words of the key
/// that `TextFolding.key` builds, and declines exactly when a space of that key is not a character of
/// its own (a combining mark after it or a prepended mark before it joins it into a larger character).
@Suite struct InferenceWordsTests {
    /// Texts with every kind of byte the key treats differently: letters of both cases, digits,
    /// punctuation, no-break spaces (and an A0 byte that is not one), non-ASCII letters, marks and
    /// quotes at word edges, CR LF, and emptiness.
    static let texts = [
        "", " ", "\u{A0}", "a", "Z", "@[`{", "Menerima berkas", "  MENERIMA,,berkas  ", "x\u{A0}y", "\u{A0}x\u{A0}", "à la",
        "là bas", "a à", "aà b", "b aà", "“Keputusan” ditandatangani", "kata “kutip”", "e\u{301} x", "x e\u{301}", "e\u{301}x",
        "a\r\nb", "Tahap 1-2: cek/verifikasi", "ＡＢ cd", "cd ＡＢ", "ñ", "x ñ", "ñ x", "a\u{A0}\u{A0}b", "a\u{C2}", "AbC123xYz",
        "a — b", "Kepala “menyetujui” – ‘draft’", "\u{FB01}le \u{FB01}", "x \u{FFFD} y", "\u{FFFD} x", "a \u{200D}b",
        "a \u{0903}b", "\u{0600} dan", "x \u{1F3FB}", "👍 ok", "ok 👍", "a\u{301} b", "\u{0E33} x", "x \u{0E33}", "한 글",
        "\u{1100} \u{1161}", "🇮🇩 🇮🇩", "\u{0915}\u{094D} \u{0915}", "\u{80} x \u{9F}", "x\u{A0}\u{301}", "e\u{301}\u{A0}x",
    ]

    /// The reference: the key's words split by characters, or nil when a space of the key is not a
    /// character of its own (fewer characters that are a space than space bytes).
    static func referenceWords(_ text: String) -> [[UInt8]]? {
        let key = TextFolding.key(text)
        guard key.filter({ $0 == " " }).count == key.utf8.filter({ $0 == 0x20 }).count else { return nil }
        return key.split(separator: " ").map { Array($0.utf8) }
    }

    /// Texts made of pieces where bytes and characters differ, from a fixed seed: letters of both
    /// cases, spaces and punctuation, no-break spaces, marks that join the space before them (combining,
    /// spacing, ZWJ, emoji modifiers), prepended marks, quotes, dashes, ligatures, Hangul, flags.
    static func generatedTexts(count: Int) -> [String] {
        let pieces = [
            "a", "Z", "ke", "MENERIMA", "7", " ", "  ", ",", "-", "\u{A0}", "\u{C2}", "\u{301}", "\u{0903}", "\u{200D}",
            "\u{1F3FB}", "\u{0600}", "\u{0E33}", "“", "”", "‘", "–", "—", "\u{FB01}", "\u{FFFD}", "é", "e\u{301}", "한",
            "\u{1100}", "\u{1161}", "🇮🇩", "👍", "\u{0915}", "\u{094D}", "\u{80}", "\r\n", "ＡＢ", "\u{10FFFF}",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33) % bound
        }
        return (0..<count).map { _ in (0..<next(9)).map { _ in pieces[next(pieces.count)] }.joined() }
    }

    @Test func generatedTextsGiveTheWordsOfTheKey() {
        for text in Self.generatedTexts(count: 20_000) {
            var words: [[UInt8]] = []
            let read: Void? = FoldedKey.forEachWord(of: text) { words.append(Array($0)); return true }
            let reference = Self.referenceWords(text)
            #expect((read != nil) == (reference != nil), "\(text.unicodeScalars.map(\.value))")
            #expect(words == (reference ?? []), "\(text.unicodeScalars.map(\.value))")
            if read != nil { #expect(words == FoldedKey.words(text).map { Array($0.utf8) }, "\(text.unicodeScalars.map(\.value))") }
        }
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

    /// A role-text reading finds whether its text is ASCII in its word pass, from the bytes it meets in
    /// words and between them: every byte of the text, read fresh or into a reused reading.
    @Test func roleTextReadingTellsASCIIInItsWordPass() {
        var reading = RoleText.Reading("")
        for text in Self.texts + Self.generatedTexts(count: 20_000) + ["Kepala & \u{E9}", "a,\u{A0}", "x\u{2013}", "\u{E9}"] {
            let isASCII = text.utf8.allSatisfy { $0 < 0x80 }
            reading.reread(text)
            #expect(RoleText.Reading(text).isASCII == isASCII, "\(text.unicodeScalars.map(\.value))")
            #expect(reading.isASCII == isASCII, "\(text.unicodeScalars.map(\.value))")
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
