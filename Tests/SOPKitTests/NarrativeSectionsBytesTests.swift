@testable import SOPKit
import Testing

/// The one-pass `NarrativeSections.parse` (debris judged once per line on the bytes of its words,
/// section texts joined as the lines come) gives the sections and procedure items of the code it
/// replaced, kept here as the reference; its byte-level checks agree with their `Character` definitions.
@Suite struct NarrativeSectionsBytesTests {
    /// Words and lines with ASCII, non-ASCII and combining letters, punctuation and line ends.
    static let texts = ByteLevelHelperTests.texts + [
        "abcd", "ABCD", "Abcd", "abc", "a1b2c3d", "éabc", "ÉBCD", "Ébcd", "straße", "ＡＢＣｄ", "abc\u{301}d", "x\r\ny",
        "—Latar", "...1. Menyiapkan", "• menyusun", "-\u{301}abc", "(a) langkah", "\u{00A0}b", "1", "",
        "abcd\u{301}", "Abcdé", "ABCDé", "ABCdé", "abcd\u{345}", "ABCD\u{301}x", "Ab1cdé",
    ]

    /// The reference `isDebris`: `Character` by `Character`.
    static func isDebrisByCharacters(_ line: OCRLine) -> Bool {
        !line.tokens.contains { token in
            token.kind == .word && TextFolding.hasLetters(token.text, atLeast: 4) && token.text.contains { $0.isLowercase }
        }
    }

    /// The reference `items`: every line, debris left out here, read character by character.
    static func itemsByCharacters(_ lines: [OCRLine]) -> [String] {
        var items: [String] = []
        for line in lines where !isDebrisByCharacters(line) {
            let text = ListSplitter.removingMarker(line.text.drop { !($0.isLetter || $0.isNumber) })
            guard let first = text.first else { continue }
            if first.isLowercase, !items.isEmpty {
                items[items.count - 1] += " " + text
            } else {
                items.append(text)
            }
        }
        return items
    }

    /// The reference `parse`: every line of a section gathered, then filtered and joined when it closes.
    static func parseByLines(_ lines: ArraySlice<OCRLine>) -> (sections: [Section], procedure: [String]) {
        var sections: [Section] = []
        var procedure: [String] = []
        var current: (title: String, lines: [OCRLine])?
        func close() {
            guard let section = current else { return }
            let text = section.lines.filter { !isDebrisByCharacters($0) }.map(\.text).joined(separator: " ")
            sections.append(Section(title: section.title, text: text))
            if TextFolding.key(section.title).hasPrefix("prosedur") || TextFolding.key(section.title).hasPrefix("uraian prosedur") {
                procedure = itemsByCharacters(section.lines)
            }
            current = nil
        }
        var afterBlank = true
        for line in lines {
            defer { afterBlank = line.isBlank }
            guard !line.isBlank else { continue }
            if NarrativeSections.isTitle(line, afterBlank: afterBlank) {
                close()
                current = (TextFolding.trim(NarrativeSections.titleText(line).text, punctuation: [":"]), [])
            } else if current != nil {
                current!.lines.append(line)
            }
        }
        close()
        return (sections, procedure)
    }

    @Test func wordChecksAgreeWithCharacters() {
        for text in Self.texts + OCRFrontBytesTests.corpusLines {
            for word in text.split(separator: " ") + [Substring(text)] {
                let expected = TextFolding.hasLetters(word, atLeast: 4) && word.contains { $0.isLowercase }
                #expect(NarrativeSections.hasFourLettersAndLowerCase(word) == expected, "\(word.debugDescription)")
            }
            let dropped = NarrativeSections.fromFirstAlphanumeric(text).text
            #expect(dropped == text.drop { !($0.isLetter || $0.isNumber) }, "\(text.debugDescription)")
            if let first = text.first {
                let startsLowerCase = Array(text.utf8).withUnsafeBufferPointer(NarrativeSections.startsLowerCase)
                #expect(startsLowerCase == first.isLowercase, "\(text.debugDescription)")
            }
            let line = OCRLine(number: 1, text: text)
            #expect(NarrativeSections.isDebris(line) == Self.isDebrisByCharacters(line), "\(text.debugDescription)")
        }
    }

    @Test func sectionsAgreeWithTheReference() {
        let made = [
            "", "Latar Belakang", "Teks pertama yang panjang", "|| -- ||", "lanjutan teks", "", "Prosedur Penyusunan:",
            "1. Menyiapkan bahan rapat", "dan dokumen pendukung", "ABCD EFGH", "2. Menyusun laporan", "", "Uraian Prosedur",
            "— menyusun ulang", "Émile Menyetujui", "", "Maksud dan Tujuan", "Agar terarah",
        ]
        var documents: [[String]] = [made, [], ["Latar Belakang"], ["Prosedur"], ["Prosedur", "a", "b"]]
        documents += [
            ["", "— Prosedur :", "1. Menyiapkan", "2. Menyusun"], ["", "Prosedur\u{301} Kerja", "1. Menyiapkan"],
            ["", "\u{2014}Uraian Prosedur::", "1. Menyiapkan"], ["", "PROSEDUR PENYUSUNAN", "1. Menyiapkan"],
        ]
        documents += Fixtures.corpusInputs.map { path in
            String(decoding: Fixtures.bytes(path), as: UTF8.self)
                .split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
                .map(String.init)
        }
        for texts in documents {
            let lines = texts.enumerated().map { OCRLine(number: $0.offset + 1, text: $0.element) }
            for start in [0, lines.count / 2] where start <= lines.count {
                let found = NarrativeSections.parse(lines[start...])
                let expected = Self.parseByLines(lines[start...])
                #expect(found.sections == expected.sections && found.procedure == expected.procedure, "\(texts.prefix(3))")
            }
        }
    }

    /// A line's procedure item cut from its bytes: the offsets found (after the leading punctuation,
    /// the marker and the spaces), and nil where a byte outside ASCII leaves the item to the characters.
    @Test(arguments: [
        ("1. Menyiapkan bahan", 3..<19), ("...2) menyusun ", 6..<14), ("a. langkah", 3..<10), ("  Menyetujui", 2..<12),
        ("-- ", 3..<3), ("", 0..<0), ("12.Rapat", 3..<8), ("1. Menyiapkan é", 3..<16), ("Émile", nil),
        ("— 1. Menyiapkan", nil), ("1\u{301}. Menyiapkan", nil), ("1. é menyiapkan", nil), ("1. Menyiapkan é ", nil),
    ] as [(String, Range<Int>?)])
    func procedureItemBytes(_ text: String, _ expected: Range<Int>?) {
        let found = Array(text.utf8).withUnsafeBufferPointer(NarrativeSections.itemBytes(ofLine:))
        #expect(found == expected, "\(text.debugDescription)")
    }

    /// The item `ListSplitter.removingMarker` leaves, as byte offsets: after a number, letter or bullet
    /// marker and the spaces, without the spaces at the end; nil where a byte outside ASCII starts the
    /// item, or ends it before trailing spaces.
    @Test(arguments: [
        ("1. Komputer", 3..<11), ("12) Komputer ", 4..<12), ("a. Kertas", 3..<9), ("- Pena", 2..<6), ("• Pena", 4..<8),
        ("Komputer", 0..<8), ("", 0..<0), ("\t ", 2..<2), ("1. Pena é", 3..<10), ("1. é Pena", nil), ("1. Pena é ", nil),
    ] as [(String, Range<Int>?)])
    func itemAfterMarker(_ text: String, _ expected: Range<Int>?) {
        let found = Array(text.utf8).withUnsafeBufferPointer(ListSplitter.itemRange(afterMarkerOf:))
        #expect(found == expected, "\(text.debugDescription)")
    }

    /// Where the bytes give a line's procedure item, it is the item the characters give
    /// (`ListSplitter.removingMarker` of the text from its first letter or number), for the words and
    /// lines with non-ASCII letters, marks and line ends and for every line of the corpus.
    @Test func procedureItemBytesAgreeWithCharacters() {
        var cut = 0
        for text in Self.texts + OCRFrontBytesTests.corpusLines {
            let bytes = Array(text.utf8)
            guard let item = bytes.withUnsafeBufferPointer(NarrativeSections.itemBytes(ofLine:)) else { continue }
            cut += 1
            let expected = ListSplitter.removingMarker(text.drop { !($0.isLetter || $0.isNumber) })
            #expect(String(decoding: bytes[item], as: UTF8.self) == expected, "\(text.debugDescription)")
        }
        #expect(cut > 1_000)
    }

    /// A strong section title read on the bytes of a line's key agrees with
    /// `Vocabulary.isStrongSectionTitle` of the line's text and of its key as a String: the three
    /// titles in any case and punctuation, longer and shorter keys, marks, NBSP, other scripts and
    /// scalars that equal ASCII letters as characters (the Kelvin sign is "K").
    @Test func strongTitleKeysAgreeWithTheVocabulary() {
        let titles = ["latar belakang", "maksud dan tujuan", "ruang lingkup"]
        var texts = Self.texts + OCRFrontBytesTests.corpusLines
        for title in titles {
            texts += [
                title, title.uppercased(), title.capitalized, "— " + title + " :", title + ".", title + " x", "x " + title,
                String(title.dropLast()), title + "\u{301}", title.replacingOccurrences(of: " ", with: "\u{A0}"),
                title.replacingOccurrences(of: " ", with: "  "), title.replacingOccurrences(of: "k", with: "\u{212A}"),
                title.replacingOccurrences(of: "a", with: "á"), "1. " + title, title.replacingOccurrences(of: " ", with: ""),
            ]
        }
        for text in texts {
            let key = TextFolding.key(text)
            let onBytes = OCRLine(number: 1, text: text).withKeyBytes(NarrativeSections.keyBytesAreStrongSectionTitle)
            #expect(onBytes == Vocabulary.isStrongSectionTitle(text), "\(text.debugDescription)")
            #expect(onBytes == Vocabulary.isStrongSectionTitle(key), "\(text.debugDescription)")
        }
    }

    /// The procedure title's key read on its bytes agrees with `hasPrefix` on the key as a String:
    /// exact prefixes, longer words, marks joining the last letter, near misses and other scripts.
    @Test(arguments: [
        "prosedur", "prosedur penyusunan", "prosedurnya", "prosedur\u{301}", "prosedur\u{301} kerja", "prosedu",
        "uraian prosedur", "uraian prosedur kerja", "uraian prosedur\u{301}", "uraian prosedu", "uraian", "", "p",
        "prosédur", "xprosedur", "uraian\u{301} prosedur", "prosedur é", "pro\u{212A}edur", "uraian prosedure",
    ])
    func procedureKeysAgreeWithCharacters(_ key: String) {
        let expected = key.hasPrefix("prosedur") || key.hasPrefix("uraian prosedur")
        #expect(NarrativeSections.keyNamesProcedure(key) == expected, "\(key.debugDescription)")
        let onBytes = Array(key.utf8).withUnsafeBufferPointer(NarrativeSections.keyNamesProcedure)
        #expect(onBytes == expected, "\(key.debugDescription)")
    }
}
