@testable import SOPKit
import Testing

/// `OCRRepair.closestWord` (costs from per-row tables, bounded by the runner-up and a bound from the
/// letters) chooses exactly as comparing every lexicon candidate in turn by the cell-by-cell weighted
/// edit distance did, on misread lexicon words, garbage, non-ASCII bytes, very long and empty words.
@Suite struct OCRRepairCandidateSearchTests {
    /// `EditCost.substitution` of every pair of bytes (read × 256 + meant), worked out once: that
    /// definition looks the pair up in the list of confused pairs, too slow for every cell below.
    static let substitutions: [Double] = (0..<65_536).map { EditCost.substitution(UInt8($0 >> 8), UInt8($0 & 0xFF)) }

    /// The weighted edit distance cell by cell, stopping (with more than `limit`) once a whole row
    /// exceeds `limit`.
    static func betweenReference(_ read: [UInt8], _ meant: [UInt8], limit: Double) -> Double {
        guard !read.isEmpty else { return Double(meant.count) }
        let columns = meant.count + 1
        var previousRow = (0..<columns).map(Double.init)
        var currentRow = Array(repeating: 0.0, count: columns)
        for byte in read {
            let delete = EditCost.deletion(byte)
            currentRow[0] = previousRow[0] + delete
            var rowMinimum = currentRow[0]
            for column in 1..<columns {
                let substitute = previousRow[column - 1] + substitutions[Int(byte) << 8 | Int(meant[column - 1])]
                let value = min(substitute, previousRow[column] + delete, currentRow[column - 1] + 1)
                currentRow[column] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return rowMinimum }
            swap(&previousRow, &currentRow)
        }
        return previousRow[meant.count]
    }

    /// The cost of substitutions alone, stopping once it exceeds `limit`.
    static func substitutionsReference(_ read: [UInt8], _ meant: [UInt8], limit: Double) -> Double {
        var cost = 0.0
        for index in read.indices {
            cost += substitutions[Int(read[index]) << 8 | Int(meant[index])]
            if cost > limit { return cost }
        }
        return cost
    }

    /// The search `closestWord` replaced: every candidate in turn, within `allowed`, first best kept.
    static func closestWordReference(to read: [UInt8], damaged: Bool, letterCount: Int, allowed: Double) -> String? {
        let tokenMask = Lexicon.mask(read)
        var best: (cost: Double, word: String)?
        var second = Double.infinity
        for entry in Lexicon.shared.candidates(length: damaged ? letterCount : read.count, spread: damaged ? 2 : 0) {
            let missing = (Lexicon.mask(entry.bytes) & ~tokenMask).nonzeroBitCount
            guard Double(missing) * 0.4 <= allowed + 0.01 else { continue }
            let cost = damaged
                ? betweenReference(read, entry.bytes, limit: allowed)
                : substitutionsReference(read, entry.bytes, limit: allowed)
            guard cost <= allowed else { continue }
            if let current = best {
                if cost < current.cost {
                    second = current.cost
                    best = (cost, entry.word)
                } else if cost < second {
                    second = cost
                }
            } else {
                best = (cost, entry.word)
            }
        }
        guard let best, second - best.cost >= 0.5 else { return nil }
        return best.word
    }

    /// Misread words as repair compares them (lower-cased cores), with digits, punctuation, non-ASCII
    /// bytes, one-byte, empty and very long words.
    static let words = [
        "", "a", "1", ".", "pencumpulan", "pengumpulan", "1sposist", "disposisi", "ihdikator", "indikator",
        "la(kip", "lakip", "p.enyu_sunan", "penyusunan", "iam", "jam", "menlt", "menit", "surat", "sura t",
        "dokumen", "dokurnen", "d0kumen", "caf\u{E9}", "kesejahteraan", "kesejahter", "aan", "rnenerima", "menerima",
        "laporn", "lapora", "reuiu", "reviu", "xyzzy", "qqqqqqqq", "\u{E9}\u{E9}\u{E9}\u{E9}\u{E9}",
        String(repeating: "e", count: 300), String(repeating: "pengumpulan", count: 5),
    ]

    /// Every thirty-first lexicon word, misread in the ways OCR misreads: a confused letter, a letter lost,
    /// a stray dot, digit or non-ASCII letter, two letters swapped.
    static let misreadLexiconWords: [String] = {
        let lexiconWords = (1...Lexicon.longestLength).flatMap { Lexicon.shared.candidates(length: $0, spread: 0).map(\.word) }
        let confusions: [(Character, String)] = [("n", "h"), ("i", "l"), ("g", "c"), ("m", "rn"), ("o", "0"), ("e", "c"), ("a", "o")]
        var misread: [String] = []
        for (position, word) in lexiconWords.enumerated() where position % 31 == 0 {
            var characters = Array(word)
            misread.append(word)
            for (from, to) in confusions {
                if let index = characters.firstIndex(of: from) {
                    misread.append(String(characters[..<index]) + String(to) + String(characters[(index + 1)...]))
                }
            }
            let middle = characters.count / 2
            misread.append(String(characters[..<middle]) + String(characters[(middle + 1)...]))
            misread.append(String(characters[..<middle]) + "." + String(characters[middle...]))
            misread.append(String(characters[..<middle]) + "1" + String(characters[middle...]))
            misread.append(String(characters[..<middle]) + "\u{E9}" + String(characters[middle...]))
            if characters.count >= 2 {
                characters.swapAt(0, 1)
                misread.append(String(characters))
            }
        }
        return misread
    }()

    @Test func closestWordAgreesWithEveryCandidateInTurn() {
        for word in Self.words + Self.misreadLexiconWords {
            let read = Array(word.utf8)
            let letterCount = read.filter { $0 >= 0x61 && $0 <= 0x7A }.count
            for damaged in [false, true] {
                for allowed in damaged ? [0.5, 3.5] : [0.3, 0.4, 0.5, 0.59, 3.5] {
                    for count in Set([letterCount, 10]) {
                        let fast = OCRRepair.closestWord(to: read, damaged: damaged, letterCount: count, allowed: allowed)
                        let reference = Self.closestWordReference(to: read, damaged: damaged, letterCount: count, allowed: allowed)
                        #expect(fast == reference, "\(word) damaged: \(damaged) letters: \(count) allowed: \(allowed)")
                    }
                }
            }
        }
    }

    @Test func closestWordExamples() {
        #expect(OCRRepair.closestWord(to: Array("pencumpulan".utf8), damaged: false, letterCount: 11, allowed: 0.5) == "pengumpulan")
        #expect(OCRRepair.closestWord(to: Array("1sposist".utf8), damaged: true, letterCount: 7, allowed: 2.0) == "disposisi")
        #expect(OCRRepair.closestWord(to: Array("xyzzy".utf8), damaged: true, letterCount: 5, allowed: 2.0) == nil)
        #expect(OCRRepair.closestWord(to: [], damaged: false, letterCount: 0, allowed: 0.5) == nil)
    }

    /// Misread words whose two closest candidates tie or lie closer than `clearLead` (no repair), or
    /// lie just `clearLead` apart or more (a repair), with the answer: (read, letter count, allowance,
    /// answer). The costs noted are those of the best candidate and the runner-up.
    static let tiesAndNearTies: [(read: String, letterCount: Int, allowed: Double, answer: String?)] = [
        ("enilai", 6, 2.0, nil),  // nilai 1.0, a tie at 1.0
        ("jabn", 4, 1.6, nil),  // jam 1.4, a tie at 1.4
        ("aalkasi", 7, 2.0, nil),  // alokasi 2.0, a tie at 2.0
        ("lanut", 5, 2.0, nil),  // laut 1.0, a tie at 1.0
        ("lemba1", 5, 2.0, nil),  // lembar 0.6, runner-up 1.0
        ("manggtndkan", 11, 3.5, nil),  // manggandakan 2.0, runner-up 2.4
        ("lengkl0", 6, 2.0, nil),  // lengkap 1.6, runner-up 2.0
        ("bean", 4, 1.6, nil),  // beban 1.0, runner-up 1.4
        ("-asel", 4, 1.6, "asal"),  // asal 0.6 (summed as 0.6000000000000001), runner-up 1.2
        ("ba1ai", 4, 1.6, "balai"),  // balai 0.4, runner-up 1.0
        ("b..rang", 5, 2.0, "barang"),  // barang 0.8, runner-up 1.4
        ("b..rang", 5, 1.3, "barang"),  // the runner-up beyond the allowance
        ("enilai", 6, 0.9, nil),  // no candidate within the allowance
    ]

    @Test func tiesAndNearTiesAgreeWithEveryCandidateInTurn() {
        for (read, letterCount, allowed, answer) in Self.tiesAndNearTies {
            let bytes = Array(read.utf8)
            let fast = OCRRepair.closestWord(to: bytes, damaged: true, letterCount: letterCount, allowed: allowed)
            #expect(fast == answer, "\(read) \(allowed)")
            #expect(Self.closestWordReference(to: bytes, damaged: true, letterCount: letterCount, allowed: allowed) == answer,
                "\(read) \(allowed)")
        }
    }

    /// Lexicon words that hold letters two, three and four times or more, misread by a seeded
    /// `SplitMix` (a letter replaced, lost or added, a dot, hyphen or digit put in), compared with
    /// every candidate in turn at the allowances of damaged words; both repairs and turn-downs occur.
    @Test func closestWordOfWordsWithRepeatedLettersAgreesWithEveryCandidateInTurn() {
        let table = LexiconCandidateTable.shared
        let repeating = table.words.indices.filter { table.repeats[$0].twice != 0 && table.words[$0].utf8.count >= 5 }
        var generator = SplitMix(seed: 0x5EA2_C430)
        let insertions = Array("abcdefghijklmnopqrstuvwxyz.-105".utf8)
        var repairs = 0
        var turnDowns = 0
        for _ in 0..<160 {
            var bytes = Array(table.words[repeating[Int.random(in: repeating.indices, using: &generator)]].utf8)
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                let position = Int.random(in: bytes.indices, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: bytes[position] = insertions[Int.random(in: insertions.indices, using: &generator)]
                case 1 where bytes.count > 4: bytes.remove(at: position)
                default: bytes.insert(insertions[Int.random(in: insertions.indices, using: &generator)], at: position)
                }
            }
            let letterCount = bytes.filter { $0 >= 0x61 && $0 <= 0x7A }.count
            for allowed in [1.6, 2.0, 3.0, 3.5] {
                let fast = OCRRepair.closestWord(to: bytes, damaged: true, letterCount: letterCount, allowed: allowed)
                let reference = Self.closestWordReference(to: bytes, damaged: true, letterCount: letterCount, allowed: allowed)
                #expect(fast == reference, "\(String(decoding: bytes, as: UTF8.self)) \(allowed)")
                if reference == nil { turnDowns += 1 } else { repairs += 1 }
            }
        }
        #expect(repairs > 100)
        #expect(turnDowns > 100)
    }

    /// Words (as letters a...z) and the letters they hold at least twice and at least three times.
    static let repeatedLetterExamples: [(word: String, twice: String, thrice: String, beyondThrice: Bool)] = [
        ("", "", "", false),
        ("a", "", "", false),
        ("aa", "a", "", false),
        ("aaa", "a", "a", false),
        ("aaaa", "a", "a", true),
        ("zz", "z", "", false),
        ("abcabcab", "abc", "ab", false),
        ("pengumpulan", "npu", "", false),
        ("kesejahteraan", "ae", "ae", false),
        ("dilaksanakan", "akn", "a", true),
        ("menyelenggarakan", "aegn", "aen", false),
    ]

    /// The set of `Lexicon.mask` of the letters of `letters`.
    static func letterSet(_ letters: String) -> UInt32 {
        letters.utf8.reduce(0) { $0 | 1 << UInt32($1 - 0x61) }
    }

    @Test func repeatedLettersExamples() {
        for (word, twice, thrice, beyondThrice) in Self.repeatedLetterExamples {
            let repeated = RepeatedLetters(ofLetters: word.utf8.map { $0 - 0x61 })
            #expect(repeated.twice == Self.letterSet(twice), "\(word)")
            #expect(repeated.thrice & ~RepeatedLetters.beyondThrice == Self.letterSet(thrice), "\(word)")
            #expect((repeated.thrice & RepeatedLetters.beyondThrice != 0) == beyondThrice, "\(word)")
        }
    }

    @Test func repeatedLettersOfTheTableAgreeWithCountingLetters() {
        let table = LexiconCandidateTable.shared
        #expect(table.repeats.count == table.words.count)
        for (index, word) in table.words.enumerated() {
            var counts = [Int](repeating: 0, count: 26)
            for byte in word.utf8 { counts[Int(byte - 0x61)] += 1 }
            let twice = counts.indices.filter { counts[$0] >= 2 }.reduce(UInt32(0)) { $0 | 1 << UInt32($1) }
            let thrice = counts.indices.filter { counts[$0] >= 3 }.reduce(UInt32(0)) { $0 | 1 << UInt32($1) }
            let beyond = counts.contains { $0 >= 4 } ? RepeatedLetters.beyondThrice : 0
            #expect(table.repeats[index].twice == twice, "\(word)")
            #expect(table.repeats[index].thrice == thrice | beyond, "\(word)")
        }
    }

    @Test func missingLettersAgreeWithBitCounting() {
        let masks: [UInt32] = [0, 1, 0x1FFF, 0x2000, 0x3FF_FFFF, 0x3FF_E000, 0x155_5555, 0x2AA_AAAA, 0x200_0001, 0x100_1000]
            + Lexicon.shared.candidates(length: 9, spread: 0).prefix(20).map { Lexicon.mask($0.bytes) }
        LexiconCandidateTable.withBitCounts { bitCounts in
            for mask in masks {
                for tokenMask in masks {
                    #expect(LexiconCandidateTable.missingLetters(mask, tokenMask, bitCounts: bitCounts)
                        == (mask & ~tokenMask).nonzeroBitCount, "\(mask) \(tokenMask)")
                }
            }
        }
    }

    @Test func candidateIndicesAreTheLexiconCandidates() {
        let table = LexiconCandidateTable.shared
        for length in [-3, 0, 1, 4, 10, 38, 39, 40, 41, 200] {
            for spread in [0, 2] {
                let words = table.indices(length: length, spread: spread).map { table.words[$0] }
                #expect(words == Lexicon.shared.candidates(length: length, spread: spread).map(\.word), "\(length) \(spread)")
                let lengths = table.lengths(length: length, spread: spread)
                let lengthWords = lengths.flatMap { table.words[table.firstOfLength[$0]..<table.firstOfLength[$0 + 1]] }
                #expect(lengthWords == words, "\(length) \(spread)")
                #expect(lengths.allSatisfy { $0 >= 1 && $0 <= Lexicon.longestLength }, "\(length) \(spread)")
            }
        }
        #expect(table.lengths(length: 10, spread: 2) == 8..<13)
        #expect(table.lengths(length: 1, spread: 2) == 1..<4)
        #expect(table.lengths(length: 39, spread: 2) == 37..<40)
        #expect(table.lengths(length: 200, spread: 2).isEmpty)
    }
}

/// Whether a word is damaged by a non-ASCII character or odd case agrees, on bytes, with the
/// definition by Unicode scalars and characters.
@Suite struct OCRRepairOddCaseTests {
    static let words = [
        "", "a", "A", "ab", "aB", "Ab", "AB", "SUMmpU", "AlaT", "Pengumpulan", "PENGUMPULAN", "pengumpuLan", "1aB",
        "a1B", "a.B", "a\r\nB", "\r\naB", "a\rB", "é", "éA", "aÉ", "Émile", "e\u{301}B", "aB\u{301}", "Ǆa", "aǄ", "ǅ",
        "\u{00A0}aB", "abc DEF", "xY",
    ]

    @Test(arguments: words) func nonASCIIOrOddCaseAgreesWithCharacters(_ word: String) {
        for text in [word[...], ("x " + word + " y").dropFirst(2).dropLast(2)] {
            let reference = text.unicodeScalars.contains { !$0.isASCII } || OCRRepair.hasOddCase(text)
            #expect(OCRRepair.hasNonASCIIOrOddCase(text) == reference, "\(word.debugDescription)")
        }
    }

    @Test func nonASCIIOrOddCaseExamples() {
        #expect(OCRRepair.hasNonASCIIOrOddCase("SUMmpU"[...]))
        #expect(OCRRepair.hasNonASCIIOrOddCase("Émile"[...]))
        #expect(!OCRRepair.hasNonASCIIOrOddCase("Pengumpulan"[...]))
        #expect(!OCRRepair.hasNonASCIIOrOddCase("PENGUMPULAN"[...]))
    }
}

/// `ReadLetters.leastCostTenths(wordLetters:repeated:confusedLetterSets:)`, the read side's lower bound
/// of a candidate's cost that the candidate search asks before the edit distance: worked examples, and
/// never above the weighted edit distance cell by cell.
@Suite struct OCRRepairReadSideBoundTests {
    /// The bound of reading `word` (letters a...z) as `read`, in tenths.
    static func bound(read: String, word: String) -> Int {
        let readLetters = ReadLetters(of: Array(read.utf8))
        let letters = word.utf8.map { $0 - 0x61 }
        return EditCost.confusedLetterSets.withUnsafeBufferPointer { confusedLetterSets in
            readLetters.leastCostTenths(
                wordLetters: Lexicon.mask(Array(word.utf8)), repeated: RepeatedLetters(ofLetters: letters),
                confusedLetterSets: confusedLetterSets.baseAddress!)
        }
    }

    /// (read, word, bound in tenths), with why.
    static let examples: [(read: String, word: String, tenths: Int)] = [
        ("", "abc", 0),  // nothing read, nothing beyond
        ("abc", "abc", 0),  // every letter read as itself
        ("cab", "abc", 0),  // the order is not looked at
        ("abcx", "abc", 10),  // x, confused with no letter: deleted or read for another at 1
        ("abch", "abn", 14),  // c confused with none of a, b, n (10); h with b (4)
        ("a1b.", "ab", 6),  // 1 confused with i and l (0.4 at best), the dot deleted (0.2)
        ("a7b", "ab", 6),  // 7 confused with no letter: 0.6
        ("aaaa", "a", 20),  // three a beyond the word's one, counted up to the third: two at 1
        ("aaab", "aab", 10),  // one a beyond: 1
        ("caf\u{E9}", "cafe", 4),  // the two bytes of é: 0.2 each
        ("summpu", "sumpah", 20),  // a second m and a second u, confused with no letter of the word
        ("pemgumpulan", "pengumpulan", 4),  // the second m, confused with n
    ]

    /// Ties and near-ties where a candidate's read-side bound reaches its cost (or the allowance), so
    /// that the search must not pass it over: (read, letter count, allowance, answer), with the costs
    /// of the closest candidates and their read-side bounds.
    static let tiesAtTheReadSideBound: [(read: String, letterCount: Int, allowed: Double, answer: String?)] = [
        ("muum", 4, 2.0, nil),  // muda 2.0 (bound 2.0), mutu 2.0, umum 2.0: a tie at the allowance
        ("almbat", 6, 2.0, nil),  // alat 2.0 (bound 2.0), lambat 2.0: a tie at the allowance
        ("lamat", 5, 1.6, nil),  // lama 1.0 (bound 1.0), camat 1.0 (bound 1.0), lambat 1.0
        ("idparaf", 7, 2.0, nil),  // paraf 2.0 (bound 1.4), diparaf 2.0
        ("ibsa", 4, 2.0, "jasa"),  // jasa 1.4 (bound 1.4), runner-up bisa 2.0 and desa 2.0 (bound 2.0)
        ("ibsa", 4, 1.6, "jasa"),  // the runners-up beyond the allowance
        ("id", 2, 1.6, "lcd"),  // lcd 1.4 (bound 0.4), runner-up trc 1.8 beyond the allowance
        ("id", 2, 2.0, nil),  // trc 1.8 (bound 0.8) within, 0.4 behind
        ("dsk", 3, 2.0, nil),  // desk 1.0, runner-up cek 1.4 (bound 1.4)
        ("d1i", 2, 2.0, nil),  // di 0.6 (bound 0.4), runner-up dal 1.0 (bound 0.8)
        ("idtandatangani", 14, 2.0, "diandatangani"),  // 1.4 (bound 0.4), runner-up ditandatangani 2.0
    ]

    @Test func tiesAtTheReadSideBoundAgreeWithEveryCandidateInTurn() {
        for (read, letterCount, allowed, answer) in Self.tiesAtTheReadSideBound {
            let bytes = Array(read.utf8)
            let fast = OCRRepair.closestWord(to: bytes, damaged: true, letterCount: letterCount, allowed: allowed)
            #expect(fast == answer, "\(read) \(allowed)")
            #expect(OCRRepairCandidateSearchTests.closestWordReference(
                to: bytes, damaged: true, letterCount: letterCount, allowed: allowed) == answer, "\(read) \(allowed)")
        }
    }

    @Test func boundExamples() {
        for (read, word, tenths) in Self.examples {
            #expect(Self.bound(read: read, word: word) == tenths, "\(read) \(word)")
        }
    }

    /// Misread words and lexicon words of their length and two letters either side: the bound, in
    /// tenths, never exceeds the weighted edit distance (rounding aside).
    @Test func boundNeverExceedsTheEditDistance() {
        let reads = OCRRepairCandidateSearchTests.words.filter { $0.utf8.count <= 40 }
            + OCRRepairCandidateSearchTests.misreadLexiconWords.enumerated().filter { $0.offset % 5 == 0 }.map(\.element)
        var tight = 0
        for read in reads {
            let bytes = Array(read.utf8)
            let letterCount = bytes.filter { $0 >= 0x61 && $0 <= 0x7A }.count
            for (position, entry) in Lexicon.shared.candidates(length: letterCount, spread: 2).enumerated() where position % 17 == 0 {
                let bound = Self.bound(read: read, word: entry.word)
                let cost = OCRRepairCandidateSearchTests.betweenReference(bytes, entry.bytes, limit: .infinity)
                #expect(Double(bound) / 10 <= cost + 0.001, "\(read) \(entry.word) \(bound) \(cost)")
                if abs(Double(bound) / 10 - cost) < 0.001, bound > 0 { tight += 1 }
            }
        }
        #expect(tight > 10)
    }
}
