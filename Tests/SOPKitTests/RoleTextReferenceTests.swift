@testable import SOPKit
import Testing

/// `RoleText`, which compares the words of the variant table by their entries in the role lexicon and
/// builds a token only for a word the table leaves as it is, reads every text into the terms and tokens
/// that the `Substring`-based reading it replaced gave.
@Suite struct RoleTextReferenceTests {
    /// The reference reading: every word a `Substring` of the lower-cased text, the variant table
    /// matched by comparing those substrings.
    struct ReferenceReading {
        var tokens: [Substring] = []
        var isNameWord: [Bool] = []
        var termOfToken: [Int] = []
        var terms: [RoleText.Term] = []
    }

    /// A spelling of the variant table as words, filed under its first word.
    struct ReferencePhrase {
        let rest: [Substring]
        let tokens: [Substring]
        let isTitle: Bool
    }

    /// What the reference knows of each word of the variant table and the word lists.
    struct ReferenceEntry {
        var phrases: [ReferencePhrase] = []
        var isFiller = false
        var isStop = false
        var isTitle = false
        var isUnitStarter = false
        var isNameWord = false
    }

    /// The reference lexicon, built as the `Substring`-keyed lexicon was.
    static let entries: [Substring: ReferenceEntry] = {
        var entries: [Substring: ReferenceEntry] = [:]
        for variant in RoleName.variants {
            let tokens = variant.canonical.map { Substring($0) }
            for token in tokens { entries[token, default: ReferenceEntry()].isNameWord = true }
            if variant.kind == .title, let first = tokens.first { entries[first, default: ReferenceEntry()].isTitle = true }
            for spelling in variant.spellings {
                let words = spelling.split(separator: " ")
                let phrase = ReferencePhrase(rest: Array(words.dropFirst()), tokens: tokens, isTitle: variant.kind == .title)
                entries[words[0], default: ReferenceEntry()].phrases.append(phrase)
            }
        }
        for word in RoleName.subjectWords { entries[word, default: ReferenceEntry()].isNameWord = true }
        for word in RoleName.fillerWords { entries[word, default: ReferenceEntry()].isFiller = true }
        for word in RoleName.stopWords { entries[word, default: ReferenceEntry()].isStop = true }
        for word in RoleName.unitStarterWords { entries[word, default: ReferenceEntry()].isUnitStarter = true }
        for key in entries.keys { entries[key]!.phrases.sort { $0.rest.count > $1.rest.count } }
        return entries
    }()

    /// One word of the reference reading.
    struct ReferenceWord {
        var text: Substring
        var start: Int
        var end: Int
        var breakBefore: Bool
        var isCapitalised: Bool
        var isAllCapitals: Bool
        var isLettersOnly: Bool
    }

    /// Whether a character of the text is a letter or digit of a word, by its scalar.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) : scalar.properties.isAlphabetic
    }

    /// Reads `text` as the `Substring`-based `RoleText` did.
    static func referenceReading(_ text: String) -> ReferenceReading {
        let (words, hasLowerCase) = referenceWords(text)
        return referenceTerms(words, acronymsAllowed: hasLowerCase || words.count == 1)
    }

    /// The words of `text` as the `Substring`-based `RoleText` read them (runs of letters and digits,
    /// and each "&", in the text with its ASCII capitals lower-cased), and whether it has a lower-case
    /// ASCII letter.
    static func referenceWords(_ text: String) -> (words: [ReferenceWord], hasLowerCase: Bool) {
        let breaks: Set<Unicode.Scalar> = [",", ";", ":", "(", ")", "[", "]", "{", "}", "!", "?", "\""]
        var folded = ""
        var words: [(start: Int, end: Int, breakBefore: Bool, capitalised: Bool, allCapitals: Bool, lettersOnly: Bool)] = []
        var hasLowerCase = false
        var pendingBreak = false
        var offset = 0
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.first {
            if scalar == "&" {
                words.append((offset, offset + 1, pendingBreak, false, false, false))
                pendingBreak = false
                folded.unicodeScalars.append(scalar)
                offset += 1
                scalars = scalars.dropFirst()
                continue
            }
            guard isWordScalar(scalar) else {
                if breaks.contains(scalar) { pendingBreak = true }
                folded.unicodeScalars.append(scalar)
                offset += scalar.utf8.count
                scalars = scalars.dropFirst()
                continue
            }
            let start = offset
            var upper = 0
            var lower = 0
            var digits = 0
            while let current = scalars.first, isWordScalar(current) {
                if ("A"..."Z").contains(current) {
                    upper += 1
                    folded.unicodeScalars.append(Unicode.Scalar(current.value | 0x20)!)
                } else {
                    if ("a"..."z").contains(current) { lower += 1 }
                    if ("0"..."9").contains(current) { digits += 1 }
                    folded.unicodeScalars.append(current)
                }
                offset += current.utf8.count
                scalars = scalars.dropFirst()
            }
            hasLowerCase = hasLowerCase || lower > 0
            let capitalised = ("A"..."Z").contains(text.unicodeScalars[text.utf8.index(text.utf8.startIndex, offsetBy: start)])
            words.append((start, offset, pendingBreak, capitalised, upper >= 2 && lower == 0, digits == 0))
            pendingBreak = false
        }
        let utf8 = folded.utf8
        let read = words.map { word in
            ReferenceWord(
                text: folded[utf8.index(utf8.startIndex, offsetBy: word.start)..<utf8.index(utf8.startIndex, offsetBy: word.end)],
                start: word.start, end: word.end, breakBefore: word.breakBefore, isCapitalised: word.capitalised,
                isAllCapitals: word.allCapitals, isLettersOnly: word.lettersOnly)
        }
        return (read, hasLowerCase)
    }

    /// The variant table over the words, as the `Substring`-based `readTerms` applied it.
    static func referenceTerms(_ words: [ReferenceWord], acronymsAllowed: Bool) -> ReferenceReading {
        var reading = ReferenceReading()
        var fillerBefore = false
        var breakBefore = false
        var position = 0
        func match(_ rest: [Substring], after position: Int) -> Int? {
            var cursor = position
            for expected in rest {
                cursor += 1
                while cursor < words.count, entries[words[cursor].text]?.isFiller == true, !words[cursor].breakBefore { cursor += 1 }
                guard cursor < words.count, !words[cursor].breakBefore, words[cursor].text == expected else { return nil }
            }
            return cursor
        }
        while position < words.count {
            let word = words[position]
            let entry = entries[word.text]
            breakBefore = breakBefore || word.breakBefore
            if entry?.isFiller == true {
                fillerBefore = true
                position += 1
                continue
            }
            var last = position
            var replacement: ReferencePhrase?
            for phrase in entry?.phrases ?? [] {
                if let end = match(phrase.rest, after: position) {
                    last = end
                    replacement = phrase
                    break
                }
            }
            let isKnownName = entry?.isNameWord == true
            let isStop = replacement == nil && entry?.isStop == true
            let isAcronym = acronymsAllowed && replacement == nil && !isStop && word.isAllCapitals && word.isLettersOnly
                && word.text.utf8.count <= 8 && !isKnownName
            let startsOutsideMention = (replacement?.isTitle ?? (entry?.isTitle == true))
                || (word.isCapitalised && entry?.isUnitStarter == true)
            if !breakBefore, !fillerBefore, let previous = reading.terms.last,
                replacement.map({ previous.tokens.count == $0.tokens.count && reading.tokens[previous.tokens].elementsEqual($0.tokens) })
                    ?? (previous.tokens.count == 1 && reading.tokens[previous.tokens.lowerBound] == word.text)
            {
                reading.terms[reading.terms.count - 1].end = words[last].end
            } else {
                let first = reading.tokens.count
                if let replacement { reading.tokens += replacement.tokens } else { reading.tokens.append(word.text) }
                for _ in first..<reading.tokens.count {
                    reading.isNameWord.append(replacement != nil || isKnownName)
                    reading.termOfToken.append(reading.terms.count)
                }
                reading.terms.append(RoleText.Term(
                    tokens: first..<reading.tokens.count, start: word.start, end: words[last].end, firstWordEnd: word.end,
                    breakBefore: breakBefore, fillerBefore: fillerBefore, isStop: isStop, isCapitalised: word.isCapitalised,
                    isAcronym: isAcronym, startsOutsideMention: startsOutsideMention))
            }
            breakBefore = false
            fillerBefore = false
            position = last + 1
        }
        return reading
    }

    /// Role names and activities: every spelling of the variant table, repeated words, fillers,
    /// punctuation, acronyms, and the letters and marks where bytes, scalars and characters differ.
    static let texts: [String] = [
        "", " ", "&", "& &", "dan", "Kepala Dinas", "KEPALA DINAS", "Kadis", "Ka. Subbag PEPP", "Kasubag PPMEP",
        "Kasubbag Perencanaan Program Monitoring Evaluasi dan Pelaporan", "Staf /Jabatan Fungsional Umum", "Staff",
        "Bidang-Bidang Lain", "Kepala Bidang Kepala Bidang", "kepala kepala", "Staf Staf Pelaksana", "Kabid KL",
        "Kabid Kedaruratan dan Logistik", "CAN (PJ BGC)", "Plt. Kepala Badan", "Kepala Sub, Bagian Umum", "Kepala Sub dan Bagian",
        "Kepala & Sub Bagian", "kasat pol pp", "Kepala Satuan Polisi Pamong Praja", "kepala satuan polisi, pamong praja",
        "Memerintahkan Kasubag PPMEP untuk menyusun rencana", "melaporkan kepada kepala Dinas", "Diperiksa Kasubbag",
        "Bagian Organisasi Sekretariat Daerah", "Biro Hukum", "bagian hukum", "TRC", "SDMK", "KL", "A", "AB", "ABCDEFGHI",
        "AB1", "Kabid SDK", "Kasi SDM Kesehatan", "Café Manager", "Cafe\u{301} Lain", "cafe\u{301} cafe\u{301}", "café café",
        "KÉPALA DINAS", "Kepala\u{A0}Dinas", "Kepala\u{301} Dinas", "Kepala Dinas\r\nSekretaris", "ＫＥＰＡＬＡ ＤＩＮＡＳ",
        "Inspektur Pembantu", "Inspektor", "Sekretaris Daerah", "wali kota", "Wakil Wali Kota", "pptk", "PPTK Kegiatan",
        "Pejabat Pelaksana Teknis Kegiatan", "sub bag umum dan kepegawaian", "Kepala UPTD Puskesmas", "kepala uptd",
        "Unit Pelaksana Teknis Daerah", "unit pelaksana teknis", "unit pelaksana", "Tim Pelaksana", "tim", "Kepala \u{1112}\u{1161}",
        "\u{D55C} \u{1112}\u{1161}\u{11AB}", "\u{212A}adis", "kadis\u{0345}", "x;y", "untuk kepada", "Sekretaris; Dinas",
        "Kepala [Dinas]", "Kepala \"Dinas\"", "Kasubbag. Perencanaan", "Staf/JFU", "123 Staf 4b", "😀 Staf", "Staf 😀Dinas",
        "Kepala dan dan Dinas", "KEPALA dan DINAS", "ka sub bag", "KA.SUBBAG", "Ka Subbag", "kepala sub bagian perencanaan",
        "Verifikator Verifikator", "siak SIAK Siak", "Café café", "café cafe", "ñame ñame ñam", "abc, abc", "abc dan abc",
        "x1 X1 x12", "\u{D55C} \u{1112}\u{1161}\u{11AB}", "\u{1112}\u{1161}\u{11AB} \u{D55C}", "Kasubbag kasubbag",
    ] + RoleName.variants.flatMap { $0.spellings + [$0.canonical.joined(separator: " ")] }

    @Test(arguments: texts) func readingAgreesWithTheReference(_ text: String) {
        let read = RoleText(text)
        let reference = Self.referenceReading(text)
        #expect(read.tokenTexts == reference.tokens, "\(text)")
        #expect(read.tokenTexts.map { Array($0.utf8) } == reference.tokens.map { Array($0.utf8) }, "\(text)")
        let tokenBytes = read.withTokenBytes { bytes in read.tokens.indices.map { Array(bytes($0)) } }
        #expect(tokenBytes == reference.tokens.map { Array($0.utf8) }, "\(text)")
        #expect(read.tokens.indices.map(read.byteCount(ofToken:)) == reference.tokens.map(\.utf8.count), "\(text)")
        #expect(read.tokens.indices.map(read.firstByte(ofToken:)) == reference.tokens.map(\.utf8.first), "\(text)")
        #expect(read.tokens.map(\.isNameWord) == reference.isNameWord, "\(text)")
        #expect(read.tokens.map(\.term) == reference.termOfToken, "\(text)")
        #expect(read.terms.count == reference.terms.count, "\(text)")
        for (term, expected) in zip(read.terms, reference.terms) {
            #expect(
                term.tokens == expected.tokens && term.start == expected.start && term.end == expected.end
                    && term.firstWordEnd == expected.firstWordEnd && term.breakBefore == expected.breakBefore
                    && term.fillerBefore == expected.fillerBefore && term.isStop == expected.isStop
                    && term.isCapitalised == expected.isCapitalised && term.isAcronym == expected.isAcronym
                    && term.startsOutsideMention == expected.startsOutsideMention, "\(text)")
        }
    }

    @Test func tokensWithEntriesAreTheLexiconWords() {
        let lexicon = RoleLexicon.shared
        for text in Self.texts {
            let read = RoleText(text)
            for (token, entry) in zip(read.tokenTexts, read.tokens.map(\.entry)) {
                #expect((lexicon.entryOfWord[token] ?? -1) == entry, "\(text): \(token)")
            }
        }
    }

    @Test func sameTokenIsEqualityOfTheWords() {
        let lexicon = RoleLexicon.shared
        let words: [Substring] = [
            "kepala", "dinas", "café", "cafe\u{301}", "cafe", "", "\u{212A}", "k", "kepal", "&", "dan", "x", "ab", "abc", "\u{D55C}",
            "\u{1112}\u{1161}\u{11AB}",
        ]
        for word in words {
            for other in words {
                let same = Array(word.utf8).withUnsafeBufferPointer { wordBytes in
                    Array(other.utf8).withUnsafeBufferPointer { otherBytes in
                        RoleText.sameToken(
                            wordBytes, entry: lexicon.entryOfWord[word] ?? -1, as: otherBytes, entry: lexicon.entryOfWord[other] ?? -1)
                    }
                }
                #expect(same == (word == other), "\(word) \(other)")
            }
        }
    }

    /// `token(_:equals:entry:)`, which compares a token without an entry on its bytes when both are
    /// ASCII, says what `==` of the two texts says (canonical equivalence included).
    @Test func tokenEqualityOnBytesIsEqualityOfTheTexts() {
        let lexicon = RoleLexicon.shared
        let others: [Substring] = [
            "kepala", "dinas", "café", "cafe\u{301}", "cafe", "", "\u{212A}", "k", "kepal", "&", "dan", "x", "siak", "x1",
            "\u{D55C}", "\u{1112}\u{1161}\u{11AB}", "ñame", "kadis\u{0345}", "abc", "abcd", "ab",
        ]
        let texts = Self.texts + ["Café cafe\u{301} CAFÉ", "\u{D55C} \u{1112}\u{1161}\u{11AB} abc ABC Abcd x1 K"]
        for text in texts {
            let read = RoleText(text)
            for index in read.tokens.indices {
                let token = read.text(ofToken: index)
                for other in others + [token] {
                    let entry = lexicon.entryOfWord[other] ?? -1
                    let equal = Array(other.utf8).withUnsafeBufferPointer { read.token(index, equals: $0, entry: entry) }
                    #expect(equal == (token == other), "\(text): \(token) \(other)")
                }
            }
        }
    }

    @Test func everyWordOfTheListsHasAnEntry() {
        let lexicon = RoleLexicon.shared
        let listed = RoleName.variants.flatMap { $0.spellings.flatMap { $0.split(separator: " ") } + $0.canonical.map { Substring($0) } }
        for word in listed + RoleName.distinctOfficeWords + RoleName.subUnitWords + RoleName.fillerWords {
            #expect(lexicon.entryOfWord[word] != nil, "\(word)")
        }
        for word in RoleName.distinctOfficeWords { #expect(lexicon.entries[lexicon.entryOfWord[word]!].isDistinctOfficeWord) }
        for word in RoleName.subUnitWords { #expect(lexicon.entries[lexicon.entryOfWord[word]!].isSubUnitWord) }
    }
}

/// The acronym spelling of the role matcher, read on byte buffers, agrees with spelling read on arrays
/// of the words' bytes.
@Suite struct AcronymSpellingBytesTests {
    /// The reference: the leading words (two or more, at most as many as letters) that `letters`
    /// spells, each with one or more of its first letters in order.
    static func referenceSpelled(by letters: [UInt8], in words: [[UInt8]]) -> Int? {
        let candidates = Array(words.prefix(letters.count))
        func spell(from position: Int, word: Int) -> Int? {
            if position == letters.count { return word >= 2 ? word : nil }
            guard word < candidates.count else { return nil }
            var length = 0
            while length < candidates[word].count, position + length < letters.count,
                candidates[word][length] == letters[position + length]
            {
                length += 1
                if let spelled = spell(from: position + length, word: word + 1) { return spelled }
            }
            return nil
        }
        return spell(from: 0, word: 0)
    }

    static let cases: [(String, [String])] = [
        ("kl", ["kedaruratan", "logistik"]), ("kl", ["kedaruratan", "logistik", "lain"]), ("sdmk", ["sdm", "kesehatan"]),
        ("sdmk", ["sdm", "kesehatan", "x"]), ("trc", ["tim", "reaksi", "cepat"]), ("trc", ["tim", "reaksi"]), ("k", ["kepala"]),
        ("kk", ["kepala"]), ("ke", ["kepala", "e"]), ("", []), ("", ["a", "b"]), ("ab", []), ("ab", ["", "b"]), ("ab", ["a", ""]),
        ("aab", ["aa", "b"]), ("aab", ["a", "ab"]), ("aab", ["a", "a", "b"]), ("abc", ["a", "b", "c", "d"]), ("abc", ["ab", "c"]),
        ("abc", ["abc"]), ("abc", ["x", "b", "c"]), ("ppmep", ["perencanaan", "program", "monitoring", "evaluasi", "pelaporan"]),
        ("é1", ["é", "1"]), ("éa", ["é", "a"]), ("\u{C3}", ["é"]), ("abcd", ["a", "b", "c", "d", "e", "f"]),
    ]

    @Test func spellingOnBytesAgreesWithArrays() {
        for (letters, words) in Self.cases {
            let letterBytes = Array(letters.utf8)
            let wordBytes = words.map { Array($0.utf8) }
            // The words one after the other, as the matcher keeps them.
            let flat = wordBytes.flatMap { $0 }
            var ranges: [Range<Int>] = []
            for word in wordBytes { ranges.append((ranges.last?.upperBound ?? 0)..<((ranges.last?.upperBound ?? 0) + word.count)) }
            for count in 0...wordBytes.count {
                let found = letterBytes.withUnsafeBufferPointer { letters in
                    flat.withUnsafeBufferPointer { all in
                        RoleMatcher.wordsSpelled(by: letters, wordCount: count) { UnsafeBufferPointer(rebasing: all[ranges[$0]]) }
                    }
                }
                let expected = Self.referenceSpelled(by: letterBytes, in: Array(wordBytes.prefix(count)))
                #expect(found == expected, "\(letters) \(words) \(count)")
            }
        }
    }
}

/// A text read in place of another (`RoleText.reread`) is the text read afresh, whatever was read
/// before it: longer or shorter, ASCII or not.
@Suite struct RoleTextRereadTests {
    static let texts = [
        "", "Kepala Dinas", "Kasubbag Umum dan Kepegawaian", "memerintahkan Kasubbag PPMEP, lalu Staf", "Café Manager",
        "cafe\u{301} x", "KA.SUBBAG", "Kabid KL", "x1 X1 x12", "😀 Staf", "Kepala \u{1112}\u{1161}", "abc, abc",
        "Menyampaikan laporan kepada Kepala Dinas melalui Sekretaris untuk ditandatangani oleh Bupati dan Wakil Bupati",
    ]

    /// The facts of a text that reading it gives.
    static func facts(_ read: RoleText) -> [String] {
        read.tokens.map { "\($0.entry) \($0.start) \($0.end) \($0.term) \($0.isNameWord)" }
            + read.terms.map {
                "\($0.tokens) \($0.start) \($0.end) \($0.firstWordEnd) \($0.breakBefore) \($0.fillerBefore) \($0.isStop) "
                    + "\($0.isCapitalised) \($0.isAcronym) \($0.startsOutsideMention)"
            }
            + read.tokenTexts.map(String.init) + [read.folded.description]
    }

    /// Also over the texts whose every word gives the most tokens (`RoleTextRoomTests.texts`), each token
    /// and its term read by index from the rooms kept from the text before.
    @Test func rereadIsReadingAfresh() {
        let others: [Substring] = ["café", "cafe\u{301}", "cafe", "kepala", "x1", "manager", "abc"]
        let texts = Self.texts + RoleTextRoomTests.texts
        for first in texts {
            for second in texts {
                var read = RoleText(first)
                read.reread(RoleText.Reading(second))
                let fresh = RoleText(second)
                #expect(Self.facts(read) == Self.facts(fresh), "\(first) → \(second)")
                #expect(read.tokenCount == fresh.tokens.count, "\(first) → \(second)")
                for index in fresh.tokens.indices {
                    let token = read.token(index)
                    let freshToken = fresh.tokens[index]
                    #expect(
                        [token.entry, token.start, token.end, token.term] == [freshToken.entry, freshToken.start, freshToken.end, freshToken.term],
                        "\(first) → \(second): \(index)")
                    #expect(read.term(ofToken: index).tokens == fresh.terms[freshToken.term].tokens, "\(first) → \(second): \(index)")
                    for other in others {
                        let entry = RoleLexicon.shared.entryOfWord[other] ?? -1
                        let equal = Array(other.utf8).withUnsafeBufferPointer { read.token(index, equals: $0, entry: entry) }
                        let freshEqual = Array(other.utf8).withUnsafeBufferPointer { fresh.token(index, equals: $0, entry: entry) }
                        #expect(equal == freshEqual, "\(first) → \(second): \(index) \(other)")
                    }
                }
            }
        }
    }
}
