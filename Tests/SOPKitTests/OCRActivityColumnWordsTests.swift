@testable import SOPKit
import Testing

/// Whether an OCR line names the activity column, read on the bytes of its text's words
/// (`OCRTableParser.namesActivityColumn(tokens:wordsOf:)`), gives the answer of the definition on its
/// tokens' texts (`namesActivityColumn(tokens:text:)`), and the byte readers it asks give those of the
/// readers of texts.
@Suite struct OCRActivityColumnWordsTests {
    /// `namesActivityColumn(tokens:wordsOf:)` of the line read from `text`, and the definition's answer.
    static func answers(_ text: String) -> (onWords: Bool, definition: Bool) {
        let line = OCRLine(number: 1, text: text)
        let tokens = Array(line.tokens)
        let onWords = tokens.withUnsafeBufferPointer { OCRTableParser.namesActivityColumn(tokens: $0, wordsOf: line.text) }
        return (onWords, OCRTableParser.namesActivityColumn(tokens: tokens, text: line.text))
    }

    /// Lines and whether they name the activity column (rows aside).
    static let lines: [(String, Bool)] = [
        ("No Kegiatan Pelaksana", true), ("NO. | AKTIVITAS | WAKTU", true), ("Kegiatan", true), ("Uraian Kegiatan", true),
        ("Uraian kegiatan dilakukan oleh petugas", false), ("Kegiatan Waktu(menit) Keterangan", true),
        ("Waktu Pelaksanaan Kegiatan", true), ("Kegiatan Pelaksana Mutu Baku", true), ("Kegiatan Pelaksana Output", true),
        ("Kegiatan Pelaksana Ket.", true), ("Kegiatan Pelaksana Kelengkapan", true), ("Kegiatan Pelaksana Nomor", true),
        ("BAGAN ALUR URAIAN PROSEDUR KEGIATAN", false), ("Kegiatan\u{00A0}Nomor Pelaksana", false),
        ("K\u{00E9}giatan No Pelaksana", false), ("Kegiatan Nó Pelaksana", false), ("(Kegiatan) | No. | Pelaksana", true),
        ("Semua kegiatan dicatat", false), ("Kegiatan-kegiatan ini waktu", false), ("aktivitas\tketerangan", true),
        ("Kegiatan   dan   waktunya", false), ("Pelaksana Kegiatan Keterangan", true), ("", false),
        ("kegiatan yang \u{201C}waktu\u{201D} tercatat", false), ("kegiatan Waktu\u{0301} lain", false),
    ]

    @Test func linesNameTheActivityColumnOnTheirWords() {
        for (text, expected) in Self.lines {
            let (onWords, definition) = Self.answers(text)
            #expect(definition == expected, "\(text.debugDescription)")
            #expect(onWords == expected, "\(text.debugDescription)")
        }
    }

    /// Lines of words drawn with the seeded `SplitMix` from header words of every column in OCR's
    /// cases and punctuation, words sharing their first letters, long words, and words with bytes
    /// outside ASCII, joined by spaces and tabs: read on their words as the definition reads them.
    @Test func generatedLinesAgreeWithTheDefinition() {
        let words = [
            "Kegiatan", "KEGIATAN", "kegiatan.", "(Aktivitas)", "Aktifitas", "uraian", "Uraian:", "No", "No.", "NOMOR", "no|",
            "Waktu", "Waktu(menit)", "waktunya", "Ket.", "Keterangan", "Output", "Out", "Put", "Hasil", "Mutu", "Baku",
            "Kelengkapan", "Persyaratan", "Syarat", "Durasi", "Lama", "Catatan", "|", "1.", "-", "dan", "Pelaksana",
            "Kepala", "Keg", "Nom", "K\u{00E9}giatan", "Kegiatan\u{00A0}Waktu", "\u{201C}Waktu\u{201D}", "Nó",
            "Kegiatanpelaksanaanwaktuketerangan-output", "BAGAN", "ALUR", "SOP", "\u{2014}", "Wak\u{0301}tu", "no\u{0301}",
        ]
        var random = SplitMix(seed: 3434)
        for _ in 0..<600 {
            var text = ""
            for index in 0..<Int.random(in: 1...7, using: &random) {
                if index > 0 { text += Bool.random(using: &random) ? " " : (Bool.random(using: &random) ? "\t" : "  ") }
                text += words.randomElement(using: &random)!
            }
            let (onWords, definition) = Self.answers(text)
            #expect(onWords == definition, "\(text.debugDescription)")
        }
    }

    /// Keys of every header word and prefix, of words sharing their first letters, and of other words.
    static let asciiTexts = VocabularyByteTableTests.headerCells.map(\.0) + VocabularyByteTableTests.otherCells
        + ["no", "nomor", "NO.", "no urut", "waktu menit", "waktu x", "mutu baku lain", "a", "ab", "abc", "1", "12", "x y"]

    @Test func headerWordOfAnASCIIKeyIsThatOfItsText() {
        for text in Self.asciiTexts where text.utf8.allSatisfy({ $0 < 0x80 }) {
            let key = TextFolding.key(text)
            let answer = Array(key.utf8).withUnsafeBufferPointer { Vocabulary.headerWord(asciiKey: $0) }
            #expect(answer == Vocabulary.headerWord(text), "\(text)")
        }
    }

    @Test func otherColumnWordsOfASCIIKeys() {
        let cases: [(String, Bool)] = [
            ("No", true), ("Nomor", true), ("No.", true), ("Waktu", true), ("Waktu (menit)", true), ("Ket.", true),
            ("Output", true), ("Mutu", true), ("Syarat", true), ("Catatan", true), ("Kegiatan", false), ("Pelaksana", false),
            ("Nom", false), ("Non", false), ("Waktunya", false), ("", false), ("No Urut", false),
        ]
        for (text, expected) in cases {
            let answer = Array(TextFolding.key(text).utf8).withUnsafeBufferPointer(OCRTableParser.isOtherColumnHeaderWord(asciiKey:))
            #expect(answer == expected, "\(text)")
            #expect(OCRTableParser.isOtherColumnHeaderWord(text[...]) == expected, "\(text)")
        }
    }

    @Test func wordsWithoutHeaderInitialsAreNoHeaderWords() {
        let cases: [(String, Bool)] = [
            ("Pelaksana", false), ("Kepala", true), ("dilakukan", true), ("Kegiatan", false), ("KEG", false), ("Nomor", false),
            ("No", false), ("1.", false), ("(Waktu)", false), ("Wa1", false), ("oleh", true), ("Waktunya", false),
        ]
        var scratch = [UInt8](repeating: 0, count: OCRTableParser.keyedWordBytes)
        for (word, expected) in cases {
            let answer = Array(word.utf8).withUnsafeBufferPointer { bytes in
                scratch.withUnsafeMutableBufferPointer { OCRTableParser.startsWithoutHeaderInitials(bytes, scratch: $0) }
            }
            #expect(answer == expected, "\(word)")
            if answer {
                #expect(Vocabulary.headerWord(word) == nil && !OCRTableParser.isActivityHeaderWord(word[...]), "\(word)")
            }
        }
    }
}
