@testable import SOPKit
import Testing

/// `OCRRoleEvidence.mentions` joins each name once, keeping where its words end on the stack, and the
/// header word matcher skips header words by length before comparing them: the same names, in the
/// same order, as names collected as arrays of words, and no match skipped that `wordMatch` gives.
@Suite struct OCRRoleNameCollectionTests {
    /// Table lines with names of every shape: joiners before and after capitals, names cut at six
    /// words, ended by punctuation and cell borders, in upper case, with non-ASCII letters and marks,
    /// repeated, and lines that name no role.
    static let lines: [String] = [
        "menyerahkan kepada Kasi Operasi dan Pengendalian. lalu",
        "diteruskan ke Kepala Dinas | Lurah Sukajadi, Staf",
        "oleh Petugas Loket Pelayanan Terpadu Satu Pintu Kabupaten",
        "tanpa nama di sini", "Kepala", "", " ", "Kepala dan", "Kepala dan Staf", "Kepala & Staf | Kasi /",
        "Kasi / Kabid / Kadis", "Kepala Dinas dan", "Kepala Dinas dan pemohon", "KEPALA DINAS KESEHATAN",
        "Kepala Bidang- Teknis", "Kepala Désa Sukamaju", "Kepala De\u{301}sa Baru", "Kepala Bidang-Bidang Lain",
        "(Kepala Dinas) menerima", "Kepala Dinas; Sekretaris Dinas: Camat", "Kepala Dinas Kepala Dinas Kepala Dinas",
        "Staf  Perencanaan   Program", "Kepala\u{00A0}Dinas Teknis", "Kasubbag Umum dan Kepegawaian serta Staf",
        "Kepala Dinas2 Teknis", "Kepala 3 Dinas", "Petugas Loket, Petugas Loket", "kepada Kasi i", "Kasi Ab Cd",
        "Tim Reviu dan", "Tim Reviu dan 3", "Kepala dan dan Staf", "Kepala | Dinas", "Kepala| Dinas", "Irban Ⅱ",
        "kepada \u{201C}Kasi Operasi\u{201D} dan", "Kepala\u{2014}Dinas", "\u{2014} Kepala Dinas \u{2014}",
        "Kasi\u{2018} Umum", "Kepala d\u{2014}an Staf", "Kepala Dinas \u{201D} Staf", "\u{2026}Lurah\u{2026} Baru",
        "Kepala\u{2028}Dinas", "Kepala\u{200D} Dinas", "Kepala \u{2027}\u{2010}", "\u{2014}\u{301}Kepala Dinas",
    ] + ByteLevelHelperTests.texts

    /// Pieces of the random lines of `namesOfRandomPunctuatedLinesAgreeWithTheReference`: role heads and
    /// name words, joiners, lower-case words, ASCII punctuation, the general punctuation that the byte
    /// reading takes (U+2010 to U+2027) and characters next to it that it does not take (U+200D, U+200F,
    /// U+2028, U+2030), letters and marks outside ASCII, spaces.
    static let punctuatedPieces: [String] = [
        "Kepala", "Kasi", "Staf", "Lurah", "Dinas", "Umum", "Bidang-Teknis", "dan", "DAN", "&", "/", "oleh", "kepada",
        "x", "3", ",", ".", ";", ":", "|", ")", "(", "-", " ", " ", " ", "  ",
        "\u{2010}", "\u{2013}", "\u{2014}", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2026}",
        "\u{2027}", "\u{200D}", "\u{200F}", "\u{2028}", "\u{2030}", "é", "\u{301}", "\u{00A0}", "\r",
    ]

    /// `mentions` reads a line whose only characters outside ASCII are the general punctuation from
    /// U+2010 to U+2027 on its bytes (`readsAsASCII`): the same names, in the same order, as the
    /// reference on words, for thousands of random lines of such characters, ASCII words and
    /// characters the byte reading does not take; `readsAsASCII` holds exactly for the lines it names.
    @Test func namesOfRandomPunctuatedLinesAgreeWithTheReference() {
        var generator = SplitMix(seed: 0x2014_2026)
        for round in 0..<30_000 {
            let count = round % 16 + 1
            let text = (0..<count).map { _ in
                Self.punctuatedPieces[Int(generator.next() % UInt64(Self.punctuatedPieces.count))]
            }.joined()
            let expected = text.unicodeScalars.allSatisfy { $0.isASCII || (0x2010...0x2027).contains($0.value) }
            let readsAsASCII = Array(text.utf8).withUnsafeBufferPointer { OCRRoleEvidence.readsAsASCII($0) }
            #expect(readsAsASCII == expected, "\(text.debugDescription)")
            let lines = [OCRLine(number: 1, text: text)]
            #expect(OCRRoleEvidence.mentions(in: lines) == Self.mentionsReference(lines), "\(text.debugDescription)")
        }
    }

    /// A line longer than 512 bytes sets aside room for each name by the name's six words, not the whole
    /// line (`collectASCIINames`): the same names as the reference for random long lines of role
    /// heads, name words, joiners and punctuation, with names at the line's end as well.
    @Test func namesOfRandomLongLinesAgreeWithTheReference() {
        // The pieces the byte reading takes, so that every line is read on its bytes.
        let pieces = Self.punctuatedPieces.filter { piece in
            piece.unicodeScalars.allSatisfy { $0.isASCII || (0x2010...0x2027).contains($0.value) }
        }
        var generator = SplitMix(seed: 0x0512_2026)
        for round in 0..<1_500 {
            let count = 250 + round % 150
            let text = (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
                + (round % 2 == 0 ? " Kepala Dinas Pekerjaan Umum dan Penataan Ruang" : "")
            #expect(text.utf8.count > 512)
            #expect(Array(text.utf8).withUnsafeBufferPointer { OCRRoleEvidence.readsAsASCII($0) })
            let lines = [OCRLine(number: 1, text: text)]
            #expect(OCRRoleEvidence.mentions(in: lines) == Self.mentionsReference(lines), "\(text.debugDescription)")
        }
    }

    /// The names of `mentions`, collected the way the definition reads: each name as an array of its
    /// words, joined, with each shorter beginning joined again.
    static func mentionsReference(_ lines: [OCRLine]) -> [String] {
        var found: [String] = []
        var wordCounts: [Int] = []
        var seen: Set<String> = []
        for line in lines {
            let words = OCRTableBytes.wordsAreTokens(line)
                ? line.tokens.map(\.text) : Array(FoldedKey.spaceSeparated(line.text[...]))
            for index in words.indices where OCRRoleEvidence.startsRoleName(words[index]) {
                var name = [String(words[index].trimmingOCRPunctuation())]
                var next = index + 1
                var ended = OCRRoleEvidence.endsName(words[index])
                while !ended, next < words.count, name.count < 6 {
                    let word = words[next].trimmingOCRPunctuation()
                    if OCRRoleEvidence.keyIsJoiner(word), next + 1 < words.count,
                        OCRTableBytes.startsWithUppercase(words[next + 1].trimmingOCRPunctuation())
                    {
                        name.append(String(word))
                    } else if OCRTableBytes.startsWithUppercase(word), OCRRoleEvidence.isNameWord(word) {
                        name.append(String(word))
                    } else {
                        break
                    }
                    ended = OCRRoleEvidence.endsName(words[next])
                    next += 1
                }
                for length in stride(from: name.count, through: 1, by: -1)
                where !OCRRoleEvidence.keyIsJoiner(name[length - 1]) {
                    let text = name[..<length].joined(separator: " ")
                    let key = TextFolding.key(text)
                    if seen.insert(key).inserted {
                        found.append(text)
                        wordCounts.append(FoldedKey.spaceSeparated(key[...]).count)
                    }
                }
            }
        }
        return found.indices.sorted { lhs, rhs in
            wordCounts[lhs] != wordCounts[rhs] ? wordCounts[lhs] > wordCounts[rhs] : lhs < rhs
        }.map { found[$0] }
    }

    @Test(arguments: lines) func namesOfOneLineAgreeWithTheReference(_ text: String) {
        let lines = [OCRLine(number: 1, text: text)]
        #expect(OCRRoleEvidence.mentions(in: lines) == Self.mentionsReference(lines), "\(text.debugDescription)")
    }

    @Test func namesOfAllLinesAgreeWithTheReference() {
        let lines = Self.lines.enumerated().map { OCRLine(number: $0.offset + 1, text: $0.element) }
        let found = OCRRoleEvidence.mentions(in: lines)
        #expect(found == Self.mentionsReference(lines))
        #expect(found.contains("Kasi Operasi dan Pengendalian") && !found.contains("Kepala dan"))
    }

    /// `endsName` steps back from the last byte of a word cut from its line (a view that does not
    /// start at its string's start): the same answer as the definition on characters.
    @Test(arguments: lines + ["a) b, c.d é. x\u{301}. |, ;é ü|", "Kasi Ab)", "é)", "\u{301})", "x;\u{301}"])
    func nameEndsAgreeWithCharacters(_ text: String) {
        let words = Array(FoldedKey.spaceSeparated(text[...])) + [text.dropFirst(), text.dropLast(), text[...]]
        for word in words {
            #expect(OCRRoleEvidence.endsName(word) == (word == "|" || word.last.map { ",.;:|)".contains($0) } == true),
                "\(word.debugDescription)")
        }
    }

    /// `startsRoleName` reads a word of ASCII letters before trimming it: the same answer as the
    /// definition on the trimmed word's key, for words cut from their lines and for whole lines.
    @Test(arguments: lines + OCRRoleHeaderWordNumberTests.rawWords)
    func roleNameStartsAgreeWithTheKey(_ text: String) {
        for word in Array(FoldedKey.spaceSeparated(text[...])) + [text[...], text.dropFirst()] {
            let head = word.trimmingOCRPunctuation()
            let expected = head.first?.isUppercase == true && OCRRoleEvidence.roleHeads.contains(TextFolding.key(head).utf8)
            #expect(OCRRoleEvidence.startsRoleName(word) == expected, "\(word.debugDescription)")
        }
    }

    /// Words of every length up to 24 bytes made of one letter, so that any two are as alike as their
    /// lengths allow: equal, a prefix of the other, or a few bytes added.
    static let sameLetterWords: [[UInt8]] = (0...24).map { Array(repeating: 0x61, count: $0) }

    @Test func lengthSkipKeepsEveryMatch() {
        for read in Self.sameLetterWords + OCRRoleEditDistanceBandTests.words {
            for wanted in Self.sameLetterWords + OCRRoleEditDistanceBandTests.words
            where OCRRoleEvidence.wordMatch(read: read, wanted: wanted) != nil {
                #expect(OCRRoleEvidence.lengthsMayMatch(read: read.count, wanted: wanted.count), "\(read) \(wanted)")
            }
        }
    }

    @Test(arguments: [(0, 0), (0, 5), (1, 9), (3, 9), (4, 9), (12, 9), (2, 6)])
    func lengthSkipSkipsWordsThatCannotMatch(read: Int, wanted: Int) {
        #expect(!OCRRoleEvidence.lengthsMayMatch(read: read, wanted: wanted))
    }

    @Test(arguments: [(1, 1), (4, 8), (5, 9), (9, 7), (11, 9), (13, 26)])
    func lengthSkipKeepsWordsThatCanMatch(read: Int, wanted: Int) {
        #expect(OCRRoleEvidence.lengthsMayMatch(read: read, wanted: wanted))
    }
}
