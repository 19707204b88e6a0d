@testable import SOPKit
import Testing

/// `HeaderChunkFacts` reads a header chunk once and answers as `LayoutHeader.kind(of:)`,
/// `isGroupLabel` and `isColumnNumber` did chunk by chunk; the words of a text that names no header
/// word and its column numbers are read on ASCII bytes, and must answer as the key and the characters
/// (kept here as the reference) do. The texts are edge cases (empty, non-ASCII — é, —, ’, no-break
/// spaces — tabs, very long) and `LayoutChunkChecksTests`' random texts.
@Suite struct LayoutHeaderFactsTests {
    /// The reference `isColumnNumber`: by characters.
    static func referenceIsColumnNumber(_ text: String) -> Bool {
        text.hasPrefix("(") && text.hasSuffix(")") && text.dropFirst().dropLast().allSatisfy(\.isNumber)
    }

    /// Edge cases of header words and column numbers, then the random texts of `LayoutChunkChecksTests`.
    static let texts: [String] = [
        "", " ", "(", ")", "()", "(1)", "(12)", "( 1)", "(1 )", "(a)", "(1)x", "x(1)", "(١)", "(½)", "(1é)", "(\t1)",
        "Kegiatan", "Uraian Kegiatan", "Kegiatan Utama Unit", "Kegiatan Utama Unit Kerja", "a b kegiatan",
        "a b c kegiatan", "a b c kegiatán", "Persyaratan", "Persyaratan / Perlengkapan", "persyaratan a b",
        "persyaratan a b c", "Kelengkapan Berkas", "kelengkapané", "é kegiatan", "Aktivitas—Utama", "aktifitas’",
        "Kegiatan\u{A0}Utama", "KEGIATAN\tUTAMA", "Mutu Baku", "Pelaksana", "Waktu (hari kerja)", "No",
        "kegiatan1", "1kegiatan", "Persyaratan" + String(repeating: " Dokumen", count: 60),
        String(repeating: "aktivitas ", count: 50), String(repeating: "é", count: 40) + " kegiatan",
    ] + LayoutChunkChecksTests.texts

    @Test func factsAnswerAsEachCheck() {
        for text in Self.texts {
            let chunk = LayoutChunk(text: text, start: 0, end: text.unicodeScalars.count)
            let facts = HeaderChunkFacts(chunk)
            #expect(facts.kind == LayoutHeader.kind(of: text), "\(text.debugDescription)")
            #expect(facts.isGroupLabel == LayoutHeader.isGroupLabel(text), "\(text.debugDescription)")
            #expect(facts.isColumnNumber == Self.referenceIsColumnNumber(text), "\(text.debugDescription)")
        }
    }

    /// Every header word of `Vocabulary.headerWords` as a header may print it (upper case, with
    /// punctuation or a unit after it, one letter accented), then the texts above.
    static let headerTexts: [String] = {
        var texts: [String] = []
        for (key, _) in Vocabulary.headerWords {
            let slashed: String = key.split(separator: " ").joined(separator: " / ")
            let variants: [String] = [key, key.uppercased(), key + " :", "(" + key + ")", key + " (hari)", slashed]
            texts.append(contentsOf: variants)
            texts.append(contentsOf: [key + "é", "é" + key, key + "\u{A0}x", key + " a b c"])
        }
        return texts + Self.texts
    }()

    @Test func headerFactsAnswerAsTheText() {
        for text in Self.headerTexts where LayoutHeaderWords.mayStart(text) {
            let chunk = LayoutChunk(text: text, start: 0, end: text.unicodeScalars.count)
            let facts = LayoutHeader.headerFacts(ofPossibleHeaderWord: chunk)
            #expect(facts.word == Vocabulary.headerWord(text), "\(text.debugDescription)")
            #expect(facts.kind == LayoutHeader.kind(of: text), "\(text.debugDescription)")
            #expect(LayoutHeader.kind(of: chunk) == LayoutHeader.kind(of: text), "\(text.debugDescription)")
            #expect(LayoutHeader.isGroupLabel(chunk) == LayoutHeader.isGroupLabel(text), "\(text.debugDescription)")
        }
    }

    /// Texts and the header word and column kind `headerFacts(ofPossibleHeaderWord:)` finds in them.
    static let headerFactsExamples: [(text: String, word: Vocabulary.HeaderWord?, kind: LayoutColumnKind?)] = [
        ("Kegiatan", .activity, .activity), ("No.", .number, .number), ("MUTU BAKU", .qualityGroup, nil),
        ("Pelaksana", .performersGroup, nil), ("Waktu (hari kerja)", .duration, .duration),
        ("Kegiatan Utama", nil, .activity), ("Persyaratan a b", .requirements, .requirements), ("Out Put", .output, .output),
        ("Kégiatan", nil, nil), ("KEGIATAN\u{A0}UTAMA", nil, .activity), ("Keterangan", .notes, .notes),
    ]

    @Test func headerFactsExamples() {
        for (text, word, kind) in Self.headerFactsExamples {
            let facts = LayoutHeader.headerFacts(ofPossibleHeaderWord: LayoutChunk(text: text, start: 0, end: text.unicodeScalars.count))
            #expect(facts.word == word, "\(text.debugDescription)")
            #expect(facts.kind == kind, "\(text.debugDescription)")
        }
    }

    @Test func asciiWordsAnswerAsTheKey() {
        for text in Self.texts {
            let answer = Array(text.utf8).withUnsafeBufferPointer(LayoutHeader.kind(ofASCIIWords:))
            if let answer { #expect(answer == LayoutHeader.kind(ofWordsComparingKey: text), "\(text.debugDescription)") }
            let isASCII = text.utf8.allSatisfy { $0 < 0x80 }
            #expect((answer != nil) == isASCII, "\(text.debugDescription)")
        }
    }

    @Test func asciiColumnNumbersAnswerAsTheCharacters() {
        for text in Self.texts where text.hasPrefix("(") {
            let answer = Array(text.utf8).withUnsafeBufferPointer(LayoutHeader.isASCIIColumnNumber)
            if let answer { #expect(answer == Self.referenceIsColumnNumber(text), "\(text.debugDescription)") }
            #expect((answer == nil) == text.utf8.contains { $0 >= 0x80 }, "\(text.debugDescription)")
        }
    }
}
