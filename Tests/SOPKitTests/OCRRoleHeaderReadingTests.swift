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
        "PELAKSANA Staf PELAKSANA", "& / 2 - -&- Kepala- (Kasi) Pel4ksana dan/atau x1y2z3 A1 a. Ka.Sub.Bag. 12ab",
        "Pe-laksana Kasi2 k-e-p-a-l-a Kepalapelaksanaxx KEPALA-DINAS", "Kepala pelaksana | Pelaksana", "No. Aktivitas KETERANGAN Waktu2 Mutu-Baku Ket.",
        "Staf Pelaksana Output", "OUT PUT Kasi", "Kasi Pel4ksana",
        String(repeating: "Kasubbag Perencanaan dan ", count: 200) + "Program",
        String(repeating: "x", count: 5_000) + " Kepala",
        "No Aktivitas Petugas Pengaduan dan | Tim Verifikasi | Kepala Bidang \u{A3} Waktu", "Kepala |\u{301} Dinas | Staf",
        "Caf\u{E9}| Staf", "Staf |\u{E9}", "Kepala\r\nDinas | Staf Umum", "\u{1F600}|Kasi dan | Kepala", "|\u{E9}|",
        "Petugas Loket dan | Ka\u{A0}Sub | |", "Kepala Seksi \u{2014}| Staf", "\u{E9} Kepala Dinas|Staf|Kasi\r",
        "Kasat Pol PP | Kasat Pol P2 | Kasat Pol Pp | Kasat Pol PP. | Kasat Pol (PP)", "Kepala Pol PP|Kasi PP-|Tim ABC",
        "Staf|Pelaksana Staf Pelaksana|Kepala dan|Dinas", "Kepala Bidang|", "|Kepala PPK", "KASI|TIM|KA-SUB",
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
            let words = Self.reading.words[Self.reading.words(ofPhrase: phrase)].map(\.text)
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
                    let raw = String(decoding: bytes[range], as: UTF8.self)
                    #expect(OCRRoleHeader.LineWord(bytes, word: range, afterRoleWord: true).map { $0.text(in: bytes) }
                        == OCRRoleHeader.asciiRoleWord(raw[...], afterRoleWord: true), "\(raw)")
                    guard let word = OCRRoleHeader.LineWord(bytes, word: range, afterRoleWord: false) else {
                        #expect(OCRRoleHeader.asciiRoleWord(raw[...], afterRoleWord: false) == nil, "\(raw)")
                        continue
                    }
                    let role = word.role
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
                        #expect(word.runKinds(last: false, in: bytes) == Self.kinds(of: first), "\(text)")
                        #expect(word.runKinds(last: true, in: bytes) == Self.kinds(of: last), "\(text)")
                    }
                    #expect(text == OCRRoleHeader.asciiRoleWord(raw[...], afterRoleWord: false), "\(raw)")
                    let core = String(decoding: bytes[role.start..<role.end], as: UTF8.self)
                    #expect(word.kinds == (runs.count == 1 && runs[0].utf8.count == core.utf8.count
                        ? Self.kinds(of: core) : .none), "\(text)")
                }
            }
        }
    }

    /// `WordKinds.of` the word `word` on its own bytes.
    static func kinds(of word: some StringProtocol) -> OCRRoleHeader.WordKinds {
        Array(word.utf8).withUnsafeBufferPointer(OCRRoleHeader.WordKinds.of)
    }

    /// A word with two folded runs is looked up run by run, a word of one run as its core.
    @Test func runKindsOfWordsOfSeveralRuns() {
        let cases: [(line: String, first: String, last: String)] = [
            ("Staf Kepala.Dinas", "kepala", "dinas"), ("Kasi Ka.Sub-Bag", "ka", "bag"), ("Tim Kepala2", "kepala2", "kepala2"),
            ("x Dan/Atau", "dan", "atau"), ("Sekretaris", "sekretaris", "sekretaris"),
        ]
        for (line, first, last) in cases {
            let bytes = Array(line.utf8)
            bytes.withUnsafeBufferPointer { bytes in
                let start = (bytes.lastIndex(of: 0x20) ?? -1) + 1
                guard let word = OCRRoleHeader.LineWord(bytes, word: start..<bytes.count, afterRoleWord: true) else {
                    Issue.record("no role word in \(line)")
                    return
                }
                #expect(word.runKinds(last: false, in: bytes) == Self.kinds(of: first), "\(line)")
                #expect(word.runKinds(last: true, in: bytes) == Self.kinds(of: last), "\(line)")
            }
        }
        #expect(Self.kinds(of: "kepala").contains(.roleHead) && Self.kinds(of: "kepala").contains(.headWord))
        #expect(Self.kinds(of: "atau").contains(.connector))
        #expect(Self.kinds(of: "kepala2") == .none)
    }

    /// A line that is not plain ASCII is read segment by segment: its plain ASCII segments on their
    /// bytes, the others as Strings, or the whole line as a String when a pipe touches a non-ASCII byte.
    @Test func segmentsOfLinesThatAreNotPlainASCII() {
        let cases: [(line: String, phrases: [String])] = [
            ("No Aktivitas Petugas Pengaduan dan | Tim Verifikasi | Kepala Bidang \u{A3} Waktu",
             ["Petugas", "Pengaduan dan", "Tim Verifikasi", "Kepala Bidang"]),
            ("Caf\u{E9}| Staf", ["Caf\u{E9}", "Staf"]),
        ]
        for (line, expected) in cases {
            var reading = OCRRoleHeader.HeaderReading()
            reading.append(lineText: line)
            #expect(reading.phrases.map(\.text) == expected, "\(line.debugDescription)")
            #expect(reading.phrases.map(\.text) == OCRRoleHeader.phrasesWordByWord(line), "\(line.debugDescription)")
        }
    }

    /// A plain ASCII line is read in one pass, pipes and all: each segment's words are read after those
    /// of the segments before, and a segment's first word is read as the first of its segment
    /// ("Pelaksana" after a pipe is the header label), whatever the segments and lines before it held.
    @Test func plainASCIILinesAreReadSegmentBySegmentInOnePass() {
        let cases: [(line: String, phrases: [String])] = [
            ("Staf | Pelaksana", ["Staf"]), ("KASI|TIM", ["KASI", "TIM"]), ("||Kepala||Dinas|", ["Kepala", "Dinas"]),
            ("| Pelaksana | Bendahara |", ["Bendahara"]), ("Camat|Lurah Bupati", ["Camat", "Lurah", "Bupati"]),
            ("No | Aktivitas | Pelaksana", []), ("", []), ("|", []),
        ]
        var reading = OCRRoleHeader.HeaderReading()
        for (index, (line, expected)) in cases.enumerated() {
            reading.append(lineText: line)
            #expect(reading.phrases[reading.phrases(ofLine: index)].map(\.text) == expected, "\(line.debugDescription)")
            #expect(OCRRoleHeader.phrasesWordByWord(line) == expected, "\(line.debugDescription)")
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

    /// A word looked up where it stands in a text (`of(_:from:length:)`), at the start, in the middle
    /// and at the end of texts shorter and longer than sixteen bytes, has the kinds of the word alone.
    @Test func kindsOfAWordInATextAreTheKindsOfTheWord() {
        let paddings = ["", " ", "Staf ", "x | Kepala Dinas ", String(repeating: "y", count: 20) + " "]
        for word in Self.words {
            let alone = Array(word.utf8).withUnsafeBufferPointer(OCRRoleHeader.WordKinds.of)
            for before in paddings {
                for after in paddings {
                    let bytes = Array((before + word + after).utf8)
                    let kinds = bytes.withUnsafeBufferPointer {
                        OCRRoleHeader.WordKinds.of($0, from: before.utf8.count, length: word.utf8.count)
                    }
                    #expect(kinds == alone, "\(before)|\(word)|\(after)")
                }
            }
        }
        let line = Array("No Uraian Kegiatan Kepala Dinas Pelaksana".utf8)
        line.withUnsafeBufferPointer { bytes in
            let kepala = OCRRoleHeader.WordKinds.of(bytes, from: 19, length: 6)
            #expect(kepala.contains(.roleHead) && kepala.contains(.headWord) && !kepala.contains(.headerWord))
            #expect(kepala.knownPairNumber == OCRRoleHeader.KnownPairs.number(of: "kepala"))
            #expect(OCRRoleHeader.WordKinds.of(bytes, from: 32, length: 9).contains(.pelaksana))
            #expect(OCRRoleHeader.WordKinds.of(bytes, from: 3, length: 6).contains(.headerWord))
            #expect(OCRRoleHeader.WordKinds.of(bytes, from: 3, length: 0) == .none)
        }
    }
}
