@testable import SOPKit
import Testing

/// `OCRRoleHeader.HeaderReading` reads each header line once: its phrases, their facts and their words
/// must be what reading each phrase's text again gives (`phrasesWordByWord`, `PhraseText(_:key:)`,
/// `FoldedKey.spaceSeparated`), and the notes of a line's role words (`LineWord`) what the String
/// readings of the word say.
@Suite struct OCRRoleHeaderReadingTests {
    /// Plain ASCII lines of every shape, lines with tabs, CR, non-ASCII letters, marks, NBSP, dashes
    /// and curly quotes, and very long lines.
    static let lines: [String] = OCRRoleHeaderWordFactsTests.lines + OCRRolePhraseBytesTests.texts + [
        "Kepala Caf\u{E9} | Staf", "Kepala\u{A0}Dinas Petugas", "Kepala \u{2014} Dinas", "Kepala\r\nDinas",
        "Petugas Rekam\u{2019}s dan", "Kepala Dinas\tdan Staf", "(Kasi) Ka.Sub-Bag | PP- Kepala-",
        "PELAKSANA Staf PELAKSANA", "Kepala pelaksana | Pelaksana", "No. Aktivitas KETERANGAN Waktu2 Mutu-Baku Ket.",
        "Staf Pelaksana Output", "OUT PUT Kasi", "Kasi Pel4ksana",
        String(repeating: "Kasubbag Perencanaan dan ", count: 200) + "Program",
        String(repeating: "x", count: 5_000) + " Kepala",
    ]

    /// The lines read one after the other into one reading, as a header's lines are.
    static let reading: OCRRoleHeader.HeaderReading = {
        var reading = OCRRoleHeader.HeaderReading()
        for line in lines { reading.append(lineText: line) }
        return reading
    }()

    @Test func phrasesAreThePhrasesWordByWord() {
        for (index, line) in Self.lines.enumerated() {
            let phrases = Self.reading.phrases[Self.reading.phrases(ofLine: index)].map(\.text)
            #expect(phrases == OCRRoleHeader.phrasesWordByWord(line), "\(line.debugDescription)")
        }
    }

    @Test func phraseFactsAreTheFactsOfTheirText() {
        for phrase in Self.reading.phrases {
            #expect(phrase == OCRRoleHeader.PhraseText(phrase.text, key: TextFolding.key(phrase.text)),
                    "\(phrase.text.debugDescription)")
        }
    }

    @Test func phraseWordsAreTheirTextSplitAtSpaces() {
        for phrase in Self.reading.phrases.indices {
            let words = Array(Self.reading.words[Self.reading.words(ofPhrase: phrase)])
            let text = Self.reading.phrases[phrase].text
            #expect(words == FoldedKey.spaceSeparated(text[...]).map(String.init), "\(text.debugDescription)")
        }
    }

    /// Each role word of the plain ASCII lines, noted on the line's bytes, against the readings of the
    /// word as a String.
    @Test func lineWordNotesAgreeWithTheWordReadings() {
        for line in Self.lines where OCRTableBytes.isPlainASCII(line) {
            let bytes = Array(line.utf8)
            bytes.withUnsafeBufferPointer { bytes in
                var next = OCRTableBytes.spaceSeparatedWord(from: 0, in: bytes)
                while let range = next {
                    next = OCRTableBytes.spaceSeparatedWord(from: range.upperBound, in: bytes)
                    guard let role = OCRRoleHeader.plainASCIIRoleWordBytes(bytes, word: range, afterRoleWord: false) else {
                        continue
                    }
                    let word = OCRRoleHeader.LineWord(role, in: bytes)
                    let text = word.text(in: bytes)
                    let runs = TextFolding.keyWords(text)
                    #expect(word.isConnector == OCRRoleHeader.isConnector(lowercasing: text), "\(text)")
                    #expect(word.needsComplement == OCRRoleHeader.needsComplement(text), "\(text)")
                    #expect(word.complements == OCRRoleHeader.complements(text), "\(text)")
                    #expect(word.isAcronym == OCRRoleHeader.isAcronym(text), "\(text)")
                    #expect(word.runCount == runs.count, "\(text)")
                    if let first = runs.first, let last = runs.last {
                        #expect(String(decoding: bytes[word.firstRun], as: UTF8.self).lowercased() == first)
                        #expect(String(decoding: bytes[word.lastRun], as: UTF8.self).lowercased() == last)
                    }
                }
            }
        }
    }

    @Test func linesWithoutRoleWordsHaveNoPhrases() {
        var reading = OCRRoleHeader.HeaderReading()
        for line in ["", " ", "|", "No Aktivitas | Waktu", "...", "\u{2014}"] { reading.append(lineText: line) }
        #expect(reading.phrases.isEmpty)
        #expect(reading.words.isEmpty)
        #expect((0..<6).allSatisfy { reading.phrases(ofLine: $0).isEmpty })
    }
}

/// `OCRRoleHeader.WordKinds` answers in one lookup what the header's word sets and the known role
/// names' word numbers answer.
@Suite struct OCRRoleHeaderWordKindsTests {
    /// Every word of the sets and of the known role names, in lower case, capitals and mixed, with
    /// near misses, digits, the empty word and words too long for the table.
    static let words: [String] = {
        let listed = OCRRoleEvidence.roleHeadWords + OCRRoleEvidence.standaloneHeadWords + OCRRoleHeader.headsNamingARoleList
            + OCRRoleHeader.headWordList + OCRRoleHeader.standaloneWordList + OCRRoleHeader.KnownPairs.words
            + OCRRoleHeader.headerWordList + ["dan", "serta", "atau"]
        let others = ["", "x", "a", "kepalaa", "kepal", "epala", "1", "k3", "kabid2", "2", "pengadministrasix", "dana",
                      "se", "da", String(repeating: "a", count: 40), "pelaksana", "perencanaan", "penatausahaan"]
        return (listed + others).flatMap { [$0, $0.uppercased(), $0.prefix(1).uppercased() + $0.dropFirst()] }
    }()

    @Test func kindsAgreeWithTheSets() {
        for word in Self.words {
            let bytes = Array(word.utf8)
            let kinds = bytes.withUnsafeBufferPointer(OCRRoleHeader.WordKinds.of)
            let lowered = word.lowercased()
            #expect(kinds.contains(.roleHead) == OCRRoleEvidence.roleHeads.containsLowercased(bytes), "\(word)")
            #expect(kinds.contains(.standaloneHead) == OCRRoleEvidence.standaloneHeads.containsLowercased(bytes), "\(word)")
            #expect(kinds.contains(.namesARole) == OCRRoleHeader.headsNamingARole.containsLowercased(bytes), "\(word)")
            #expect(kinds.contains(.headWord) == OCRRoleHeader.headWords.containsLowercased(bytes), "\(word)")
            #expect(kinds.contains(.standaloneWord) == OCRRoleHeader.standaloneWords.containsLowercased(bytes), "\(word)")
            #expect(kinds.contains(.connector) == ["dan", "serta", "atau"].contains(lowered), "\(word)")
            #expect(kinds.contains(.headerWord) == OCRRoleHeader.headerWords.contains(Array(lowered.utf8)), "\(word)")
            #expect(kinds.contains(.pelaksana) == (lowered == "pelaksana"), "\(word)")
            #expect(kinds.needsComplement == OCRRoleHeader.needsComplement(key: lowered[...]), "\(word)")
            #expect(kinds.knownPairNumber == OCRRoleHeader.KnownPairs.number(of: lowered[...]), "\(word)")
        }
    }
}
