@testable import SOPKit
import Testing

/// The agency words of an OCR identity line read in one pass over ASCII bytes agree with the words
/// split, filtered and joined as Strings.
@Suite struct IdentityAgencyBytesTests {
    static let texts = [
        "", " ", "&", "& &", "DINAS KESEHATAN KOTA ¥ e", "DINAS KOPERASI, USAHA KECIL, ¥ e", "DINAS  KESEHATAN   KOTA",
        " DINAS KESEHATAN", "DINAS & KESEHATAN &", "DINAS KESEHATAN & &", "KOTA &", "A B C", "AB CD", "ABC DE", "BADAN KEPEGAWAIAN-",
        "PEMERINTAH KABUPATEN LANDAK.", "DINAS Kesehatan", "DINAS 1 KOTA", "UPT PUSKESMAS", "Nomor SOP", "NOMOR SOP", "NAMA SOP LAYANAN",
        "DINAS KESEHATAN\tKOTA", "DINAS KESÉHATAN KOTA", "DINAS KESEHATAN KOTÁ", "É DINAS", "DINAS\u{00A0}KESEHATAN", "DINAS, , KOTA",
        "DINAS KESEHATAN KOTA\u{301}", "&&", "&.", "..", "-- DINAS", "SEKRETARIAT DAERAH", "BAGIAN ORGANISASI DAN TATA LAKSANA",
        "DINAS  &  KESEHATAN", "DINAS KESEHATAN  &  &", "DINAS KESEHATAN  &  & x", "  DINAS  KOTA  ", "AB", "A", "DINAS \t KOTA",
        String(repeating: "DINAS ", count: 60), String(repeating: "DINAS  ", count: 60) + "kota",
        // A byte outside ASCII after the word that ends the fragment, in it, or in a first word turned down.
        "DINAS KESEHATAN kota é", "DINAS é", "AB é", "A é", "x DINAS é", "DINAS\u{301} KOTA", "DINAS-KOTA, & é",
        "DINAS KESEHATAN 1é", "DINAS KESEHATAN\té", "Dinas é", "& é", "DINAS KOTA" + String(repeating: " x", count: 9) + " é",
    ]

    /// Texts with bytes outside ASCII after the leading words: the bytes' answer (nil when the
    /// characters must decide), as the fragment and its count of long words.
    static let nonASCIIAnswers: [(text: String, answer: (fragment: String, longWords: Int)??)] = [
        ("DINAS KOPERASI, USAHA KECIL, ¥ e”“d“swizgagii", .some(("DINAS KOPERASI, USAHA KECIL,", 4))),
        ("TANJUNG JABUNG BARAT // @“m S & i;g garat", .some(("TANJUNG JABUNG BARAT", 3))),
        ("BAGAN ALUR PROSEDUR -— KECAMATAN", .some(("BAGAN ALUR PROSEDUR", 3))),
        ("DINAS KESEHATAN kota é", .some(("DINAS KESEHATAN", 2))), ("DINAS KESEHATAN\té", .some(("DINAS", 1))),
        ("DINAS KESEHATAN 1é", .some(("DINAS KESEHATAN", 2))), ("DID Uu £w", .some(("DID", 1))),
        ("© ® N o", .some(nil)), ("»M-T.", .some(nil)), ("— I", .some(nil)), ("\\‘/", .some(nil)), ("I —", .some(nil)),
        ("DINAS\u{00A0}KESEHATAN", .some(nil)), ("KOTA AB—CD", .some(("KOTA", 1))), ("AB  ¥", .some(("AB", 0))),
        ("DINAS é", nil), ("AB é", nil), ("É DINAS", nil), ("DINAS\u{301} KOTA", nil), ("DINAS KESÉHATAN KOTA", nil),
        ("DINAS KESEHATAN KOTA\u{301}", nil), ("DINAS \u{301}KOTA", nil), ("& é", nil), ("DINAS-KOTA, & é", nil),
    ]

    /// The words `asciiAgencyWords` found in `text` as the fragment they make, read from `text`.
    static func fragment(_ words: OCRIdentityParser.AgencyWords, in text: String) -> String {
        OCRIdentityParser.AgencyFragment.words(words).string(in: text)
    }

    @Test func nonASCIIAnswersAgreeWithCharacters() {
        for (text, answer) in Self.nonASCIIAnswers {
            let found = OCRIdentityParser.asciiAgencyWords(text)
            #expect(found.map { $0.map { Self.fragment($0, in: text) } } == answer.map { $0?.fragment }, "\(text.debugDescription)")
            #expect(found.map { $0?.longWords } == answer.map { $0?.longWords }, "\(text.debugDescription)")
            if let found {
                let expected = OCRIdentityParser.agencyWordsByCharacters(text)
                #expect(found.map { Self.fragment($0, in: text) } == expected?.fragment, "\(text.debugDescription)")
                #expect(found?.longWords == expected?.longWords, "\(text.debugDescription)")
            }
        }
    }

    @Test(arguments: texts) func asciiWordsAgreeWithCharacters(_ text: String) {
        let found = OCRIdentityParser.asciiAgencyWords(text)
        if !text.utf8.contains(where: { $0 >= 0x80 }) { #expect(found != nil, "\(text.debugDescription)") }
        guard let found else { return }
        let expected = OCRIdentityParser.agencyWordsByCharacters(text)
        #expect(found.map { Self.fragment($0, in: text) } == expected?.fragment, "\(text.debugDescription)")
        #expect(found?.longWords == expected?.longWords, "\(text.debugDescription)")
    }

    /// Where the words lie in the text: offsets of the first word's start and the last word's end, and
    /// whether single spaces separate them (the fragment is then the text's bytes between them).
    static let wordPlaces: [(text: String, start: Int, end: Int, isSingleSpaced: Bool)] = [
        ("DINAS KESEHATAN KOTA ¥ e", 0, 20, true), ("  DINAS  KOTA  ", 2, 13, false), (" DINAS KESEHATAN", 1, 16, true),
        ("DINAS KESEHATAN & &", 0, 15, true), ("DINAS & KESEHATAN &", 0, 17, true), ("BADAN KEPEGAWAIAN-", 0, 18, true),
    ]

    @Test(arguments: wordPlaces) func wordsAreFoundWhereTheyLie(_ text: String, _ start: Int, _ end: Int, _ isSingleSpaced: Bool) {
        guard let found = OCRIdentityParser.asciiAgencyWords(text), let words = found else {
            Issue.record("no words in \(text.debugDescription)")
            return
        }
        #expect(words.start == start && words.end == end && words.isSingleSpaced == isSingleSpaced, "\(text.debugDescription)")
    }

    /// Generated texts of upper-case words, "&", punctuation and bytes outside ASCII (marks, letters,
    /// symbols and spaces among them): wherever the bytes answer, the characters agree.
    @Test func generatedWordsAgreeWithCharacters() {
        let pieces = [
            "DINAS", "KOTA", "AB", "A", "&", ",", ".", "-", " ", " ", "  ", "x", "1", "\t", "/", "é", "É", "\u{301}", "\u{00A0}",
            "¥", "—", "“", "\u{200D}", "\u{0903}", "🇮🇩", "\r\n",
        ]
        var generator = SplitMix(seed: 0x0A93_0033)
        var answered = 0
        for _ in 0..<4_000 {
            var text = ""
            for _ in 0..<Int(generator.next() % 9) { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
            guard let found = OCRIdentityParser.asciiAgencyWords(text) else { continue }
            answered += 1
            let expected = OCRIdentityParser.agencyWordsByCharacters(text)
            #expect(found.map { Self.fragment($0, in: text) } == expected?.fragment, "\(text.debugDescription)")
            #expect(found?.longWords == expected?.longWords, "\(text.debugDescription)")
        }
        #expect(answered > 1_000)
    }

    /// The reference: the fragment as it was read before, words split and joined as Strings.
    static func fragmentByCharacters(_ text: String, after previous: String?) -> String? {
        if let first = text.utf8.first, (first >= 0x61 && first <= 0x7A) || (first >= 0x30 && first <= 0x39) { return nil }
        var words = Array(text.split(separator: " ").prefix(while: { OCRIdentityParser.isUpperCaseWord($0) || $0 == "&" }))
        while let last = words.last, !TextFolding.hasLetters(last, atLeast: 2) { words.removeLast() }
        guard !words.isEmpty else { return nil }
        let fragment = words.joined(separator: " ")
        if Vocabulary.identityLabel(at: fragment) != nil { return nil }
        let longWords = words.filter { TextFolding.hasThreeLetters($0) }.count
        let continuesPrevious = previous.map { previous in
            previous.hasSuffix(",") || ["DAN", "KABUPATEN", "KOTA", "PROVINSI", "DAERAH"].contains(
                String(previous.split(separator: " ").last ?? ""))
        } ?? false
        guard longWords >= 2 || (continuesPrevious && longWords >= 1) || AgencyName.isUnitName(fragment) else {
            return nil
        }
        return fragment
    }

    @Test(arguments: texts) func fragmentAgreesWithCharacters(_ text: String) {
        for previous in [nil, "DINAS KESEHATAN,", "PEMERINTAH KOTA", "BADAN"] {
            #expect(OCRIdentityParser.agencyFragment(text, after: previous) == Self.fragmentByCharacters(text, after: previous),
                "\(text.debugDescription) after \(previous ?? "nil")")
        }
    }

    @Test func fragmentsOfCorpusLinesAgreeWithCharacters() {
        for text in OCRFrontBytesTests.corpusLines {
            #expect(OCRIdentityParser.agencyFragment(text, after: nil) == Self.fragmentByCharacters(text, after: nil), "\(text)")
        }
    }
}
