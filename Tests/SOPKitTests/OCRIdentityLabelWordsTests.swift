@testable import SOPKit
import Testing

/// The OCR identity block's byte-level shortcuts agree with the readings they stand in front of: the
/// first-word table (`IdentityLabelWords`) turns down only texts where `Vocabulary.identityLabel` finds
/// no label, and `OCRTrim.trimmed` trims as `TextFolding.trim`.
@Suite struct OCRIdentityLabelWordsTests {
    /// Every identity-label phrase of `Vocabulary`.
    static let phrases = Vocabulary.identityLabelPhrases

    /// Texts where bytes and characters part: non-ASCII letters and punctuation, combining marks,
    /// no-break spaces, line ends, tabs, long words.
    static let edgeTexts = ByteLevelHelperTests.texts + [
        "", " ", ":", "1. Nomor SOP : 1", "(Nomor SOP)", "Nomor\u{301} SOP : 1", "Nomor.\u{301}SOP : 1", "Nomor\u{A0}SOP : 1",
        "Nomor—SOP : 1", "Nomor’s", "Énomor SOP : 1", "\u{212A}ualifikasi Pelaksana :", "KUALIFIKASI\tPELAKSANA",
        "Tgl.Pembuatan : 1 Januari 2026", "TANGGAL\r\nPEMBUATAN", "Nomorsop : 1", "Nomorr SOP", "Nomo SOP",
        String(repeating: "Perlengkapan", count: 10), "Perlengkapanx : a", "No", "No:", "no.", "NIP. 19800101",
        "Dasar Hukum é", "DASAR HUKUM KUALIFIKASI PELAKSANA", "Ｎomor SOP : 1", "nomor1 sop", "a", "z", "é",
        String(repeating: "x", count: 100), "Sop:", "SOP", "Judul\u{301}", "Perangkat Daerah : Dinas", "Instansi",
    ]

    /// Each text with the tails a label can have after it.
    static func withTails(_ text: String) -> [String] {
        [text, text + " : 12", text + ":", text + " é", text + "\u{301}", text + " Nomor SOP", text + "\u{A0}x",
         text + "\tKeterangan", text.uppercased(), text.lowercased()]
    }

    static func expectTableAgrees(_ text: String) {
        let mayStart = IdentityLabelWords.mayStartWithLabel(text)
        let substring = text[...]
        #expect(IdentityLabelWords.mayStartWithLabel(substring) == mayStart, "\(text)")
        guard !mayStart else { return }
        for allowWeak in [false, true] {
            #expect(Vocabulary.identityLabel(at: text, allowWeakWithoutColon: allowWeak) == nil, "\(text) \(allowWeak)")
        }
    }

    @Test func everyPhraseStartsWithAWordOfTheTable() {
        for phrase in Self.phrases {
            for text in Self.withTails(phrase) + [phrase + " :", phrase.uppercased() + " : x"] {
                #expect(IdentityLabelWords.mayStartWithLabel(text), "\(text)")
            }
            #expect(Vocabulary.identityLabel(at: phrase + " : x") != nil, "\(phrase)")
        }
        #expect(IdentityLabelWords.words.allSatisfy { $0.utf8.count <= PackedASCIIWord.capacity })
    }

    /// The words cut on bytes are the phrases' first words cut on characters: every phrase is ASCII.
    @Test func wordsAreThePhrasesFirstWordsByCharacters() {
        #expect(Vocabulary.identityLabelPhrases.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } })
        let byCharacters = Set(Vocabulary.identityLabelPhrases.map { String($0.prefix { $0 != " " }) })
        #expect(Set(IdentityLabelWords.words) == byCharacters)
        #expect(IdentityLabelWords.words.count == byCharacters.count)
    }

    @Test func lengthsByInitialAreThoseOfTheWords() {
        for initial in UInt8(0)...UInt8(255) {
            let expected = IdentityLabelWords.words.filter { $0.utf8.first == initial }
                .reduce(UInt16(0)) { $0 | 1 << $1.utf8.count }
            #expect(IdentityLabelWords.lengths(initial: initial) == expected, "\(initial)")
        }
    }

    /// `mayStartWithLabel` of bytes is the look-up of the first run of ASCII letters and digits, in
    /// lower case, in `IdentityLabelWords.words` (true when a byte outside ASCII starts the text, or
    /// ends the run of a text whose first letter starts a word; false when that letter starts none, as
    /// then neither does the first character's key), on generated texts: the words cut, lengthened and
    /// changed at every length, in either case, with punctuation, spaces, digits, non-ASCII bytes and
    /// long runs.
    @Test func firstWordTurnDownAgreesWithTheWordList() {
        let words = Set(IdentityLabelWords.words.map { Array($0.utf8) })
        var generator = SplitMix(seed: 0x1ABE_0028)
        let alphabet: [UInt8] = Array("adeijklmnopstuAKNPT1 .:-".utf8) + [0xC3, 0xA9, 0xCC, 0x81]
        var texts: [[UInt8]] = Self.edgeTexts.map { Array($0.utf8) }
        for word in words {
            for cut in 0...word.count {
                texts.append(Array(word[..<cut]))
                texts.append(Array(word[..<cut]) + [0x20, 0x61])
                texts.append(Array(word[..<cut]).map { $0 & ~0x20 } + [0x3A])
            }
        }
        for _ in 0..<40_000 {
            var text: [UInt8] = []
            if Bool.random(using: &generator), let word = words.randomElement(using: &generator) {
                text = Bool.random(using: &generator) ? word : word.map { $0 & ~0x20 }
            }
            for _ in 0..<Int.random(in: 0...20, using: &generator) {
                text.append(alphabet.randomElement(using: &generator)!)
            }
            texts.append(text)
        }
        for text in texts {
            let expected: Bool
            if let first = text.first, first >= 0x80 {
                expected = true
            } else if let first = text.first, !words.contains(where: { $0[0] == first | 0x20 }) {
                expected = false
            } else {
                let run = text.prefix { TextFolding.isASCIIAlphanumeric($0) }
                if run.count < text.count, text[run.count] >= 0x80, !run.isEmpty, run[0] >= 0x41 {
                    expected = true
                } else {
                    expected = words.contains(run.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 })
                }
            }
            #expect(text.withUnsafeBufferPointer(IdentityLabelWords.mayStartWithLabel) == expected, "\(text)")
        }
    }

    @Test func tableTurnsDownOnlyTextsWithoutALabel() {
        for text in Self.edgeTexts + Self.phrases.flatMap(Self.withTails) {
            for variant in Self.withTails(text) { Self.expectTableAgrees(variant) }
        }
    }

    @Test func tableTurnsDownOnlyCorpusLinesWithoutALabel() {
        for line in OCRFrontBytesTests.corpusLines {
            Self.expectTableAgrees(line)
            Self.expectTableAgrees(OCRLine(number: 1, text: line).text)
        }
    }

    @Test func trimmedAgreesWithTextFoldingTrim() {
        let punctuation: [(Set<Character>, UInt64)] = [([], 0), ([":"], OCRTrim.colon), ([",", ".", ":"], OCRTrim.agencyPunctuation)]
        let texts = Self.edgeTexts + [
            ":: Latar Belakang ::", " , DINAS KOPERASI, . ", ".:,", "\t:x:\t", ":\u{301}", "x:\u{301}", " \u{A0}x\u{A0} ",
            ",é,", "\r\n:a:\r\n", String(repeating: ": ", count: 50) + "x" + String(repeating: " .", count: 50),
        ]
        for text in texts {
            for (set, mask) in punctuation {
                #expect(String(OCRTrim.trimmed(text[...], punctuation: mask)) == TextFolding.trim(text, punctuation: set), "\(text)")
            }
        }
    }
}
