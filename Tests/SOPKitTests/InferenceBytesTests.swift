@testable import SOPKit
import Testing

/// The byte-level readers of the inference agree with the `Substring`- and `Character`-based code
/// they replaced, on activities with punctuation, curly quotes, no-break spaces, combining marks and
/// non-ASCII letters.
@Suite struct InferenceBytesTests {
    /// Activities and pieces of activities, including those where bytes and characters differ.
    static let texts = [
        "", " ", ".", "a", "Menerima berkas permohonan dari Pemohon", "MENERIMA, berkas", "menerima\u{301} berkas",
        "Kepala Dinas menandatangani surat “Keputusan” – selesai", "jika tidak lengkap dikembalikan kepada Staf",
        "apabila belum sesuai (ke langkah 3)", "kembali ke kegiatan 0003", "kembali ke langkah 1000", "ke langkah langkah 7",
        "ke langkah 99999999999999999999999", "ke langkah 9223372036854775807", "ke langkah", "langkah 5", "no 12 step 4",
        "a \u{301}b", "x \u{200D}y", "\u{0600} dan", "café au lait", "Kasubbag.Umum/ Staf", "ditolak\u{A0}dan tidak",
        "ke langkah ３", "Staf mengetik, mencatat dan mengarsipkan", "kesalahan\u{301} data", "Mengajukan usul\r\nke BKN",
        "Disposisi  kepada   Kasi", "é tidak é", "ke langkah ٣", "ke langkah 3\u{301}", "ke langkah +3", "ke langkah -3",
        "ke langkah é3", "ke langkah\u{A0}4", "langkah 0", "ke langkah 3é",
    ]

    @Test(arguments: texts) func wordsAreTheKeyWords(_ text: String) {
        var words: [[UInt8]] = []
        let read: Void? = FoldedKey.forEachWord(of: text) { words.append(Array($0)); return true }
        let reference = FoldedKey.words(text).map { Array($0.utf8) }
        if read != nil {
            #expect(words == reference, "\(text)")
        } else {
            #expect(words.isEmpty, "\(text)")
            #expect(TextFolding.key(text).utf8.contains(0x20), "\(text)")
        }
        var firstOnly: [[UInt8]] = []
        _ = FoldedKey.forEachWord(of: text) { firstOnly.append(Array($0)); return false }
        #expect(firstOnly.count <= 1)
        if read != nil { #expect(firstOnly == Array(reference.prefix(1)), "\(text)") }
    }

    @Test func wordsFallBackNextToNonASCII() {
        let read: Void? = FoldedKey.forEachWord(of: "a \u{301}b") { _ in true }
        #expect(read == nil)
        let ascii: Void? = FoldedKey.forEachWord(of: "“Keputusan”") { _ in true }
        #expect(ascii != nil)
    }

    /// The reference `explicitStep(in:)`: on the words of the key.
    static func explicitStepByWords(_ text: Substring) -> Int? {
        let words = FoldedKey.words(text)
        let references: Set<Substring> = ["langkah", "kegiatan", "step", "tahap", "nomor", "no"]
        for (index, word) in words.enumerated() where index + 1 < words.count && references.contains(word) {
            if let number = Int(words[index + 1]), number > 0, number < 1000 { return number }
        }
        return nil
    }

    @Test(arguments: texts) func explicitStepAgreesWithWords(_ text: String) {
        #expect(ActivityClauses.explicitStep(in: text[...]) == Self.explicitStepByWords(text[...]), "\(text)")
    }

    @Test func explicitStepExamples() {
        #expect(ActivityClauses.explicitStep(in: "jika tidak lengkap kembali ke langkah 3") == 3)
        #expect(ActivityClauses.explicitStep(in: "kembali ke kegiatan 0003") == 3)
        #expect(ActivityClauses.explicitStep(in: "ke langkah langkah 7") == 7)
        #expect(ActivityClauses.explicitStep(in: "ke langkah 1000") == nil)
        #expect(ActivityClauses.explicitStep(in: "ke langkah 99999999999999999999999") == nil)
    }

    @Test func decimalValueIsInt() {
        for word in ["", "0", "7", "0003", "1000", "12a", "a12", "9223372036854775807", "9223372036854775808", "99999999999999999999999"] {
            let value = Array(word.utf8).withUnsafeBufferPointer { ActivityClauses.decimalValue($0) }
            #expect(value == Int(word), "\(word)")
        }
    }

    /// The reference negative test of a clause and the decision test: a negative or returning word.
    @Test(arguments: texts) func clausesAndDecisionsAgreeWithWords(_ text: String) {
        let negatives: Set<Substring> = ["tidak", "belum", "ditolak", "kurang", "salah", "kesalahan", "gagal", "tdk", "bukan", "keliru"]
        let returns: Set<Substring> = ["dikembalikan", "kembalikan", "dikembalikannya"]
        let clause = "jika " + text
        let clauses = ActivityClauses.conditionalClauses(clause)
        #expect(!clauses.isEmpty)
        for found in clauses {
            #expect(found.negative == FoldedKey.words(found.text(in: clause)).contains(where: negatives.contains), "\(text)")
        }
        let reading = RoleText.Reading(clause)
        let positive = [ActivityClauses.Clause(range: clause.startIndex..<clause.endIndex, negative: false)]
        #expect(
            ActivityClauses.isDecision(clause, reading: reading, clauses: positive[...])
                == FoldedKey.words(clause).contains(where: returns.contains), "\(text)")
    }

    @Test func keyContainsIsContains() {
        let keys = ["", "kasubbag umum", "kepala sub bagian", "sub bagian", "subba", "kepala subbagian keuangan", "café subbag", "subbag\u{301}"]
        for key in keys {
            for part in ["subbag", "sub bagian", "s"] {
                #expect(PerformerInference.keyContains(key, part) == key.contains(part), "\(key) \(part)")
            }
        }
    }

    /// Clauses where the letters stand in the text but not in its key, or the other way round, if the
    /// reading on the bytes were wrong: split by punctuation, tabs, line ends and non-ASCII, in capitals.
    static let returningClauses = [
        "", "d", "jika masih terdapat kekurangan dikembalikan kepada Staf", "DIKEMBALIKAN", "Dikembalikan.", "di-kembalikan",
        "di kembalikan", "dikembalikan\u{301} ke Staf", "dikembali\u{A0}kan", "\tdikembalikan\t", "xdikembalikanx",
        "dikembalika", "diperbaiki\r\ndan", "DiPeRbAiKi", "diperbaik i", "diperbaiki1", "café diperbaiki", "di\u{2014}perbaiki",
        "DIKEMBALIKAN", "@ikembalikan", "[IKEMBALIKAN", "dikembalikan" + String(repeating: " a", count: 2000),
        String(repeating: "x ", count: 3000) + "diperbaiki",
    ]

    @Test func textContainsLettersAgreesWithTheKey() {
        for text in Self.returningClauses + Self.texts {
            for letters in ["dikembalikan", "diperbaiki", "kembali", "a"] {
                #expect(
                    ActivityClauses.textContainsLetters(text[...], letters)
                        == PerformerInference.keyContains(TextFolding.key(text), letters), "\(text) \(letters)")
            }
        }
        let activity = "Memeriksa berkas, jika tidak lengkap DIKEMBALIKAN ke pemohon"
        #expect(ActivityClauses.textContainsLetters(activity[activity.firstRange(of: "jika")!.lowerBound...], "dikembalikan"))
        #expect(!ActivityClauses.textContainsLetters(activity[..<activity.firstRange(of: "jika")!.lowerBound], "dikembalikan"))
    }

    /// Every prefix of each text that ends on a character boundary: the bytes say there is no letter
    /// before a mention exactly when the characters do, or leave it to them.
    @Test func noLetterBeforeAMentionAgreesWithCharacters() {
        for text in Self.texts + Self.returningClauses + ["1. ", "(2)\t- ", "\u{A0}Staf", "— Kasi", "12 é Kasi", "\r\n3. Staf"] {
            var contiguous = text
            contiguous.withUTF8 { bytes in
                for end in text.indices + [text.endIndex] {
                    let before = text[..<end]
                    let offset = text.utf8.distance(from: text.startIndex, to: end)
                    let read = ActivityClauses.hasNoASCIILetter(UnsafeBufferPointer(rebasing: bytes[..<offset]))
                    #expect((read ?? before.allSatisfy { !$0.isLetter }) == before.allSatisfy { !$0.isLetter }, "\(before)")
                }
            }
        }
        #expect(ActivityClauses.hasNoASCIILetter(UnsafeBufferPointer(start: nil, count: 0)) == true)
    }

    @Test func digitsAreFoundOnTheBytes() {
        for text in Self.texts + Self.returningClauses + ["\t9", "٣", "３", String(repeating: "a", count: 5000) + "0"] {
            #expect(ActivityClauses.hasASCIIDigit(text[...]) == text.utf8.contains { $0 &- 0x30 < 10 }, "\(text)")
            let tail = text.dropFirst()
            #expect(ActivityClauses.hasASCIIDigit(tail) == tail.utf8.contains { $0 &- 0x30 < 10 }, "\(tail)")
        }
    }

    /// The reference `questionKey`: on the key built as a String.
    static func questionKeyByString(_ word: Substring) -> (Bool, Bool, Bool) {
        let key = TextFolding.key(word)
        let stops: Set<String> = [
            "dikembalikan", "diserahkan", "diteruskan", "maka", "untuk", "kembali", "dan", "diparaf", "ditolak",
            "disampaikan", "dikirim",
        ]
        let negations: Set<String> = ["tidak", "belum", "tdk", "bukan", "masih"]
        return (stops.contains(key), (key.hasPrefix("me") || key.hasPrefix("di")) && key.count >= 6, negations.contains(key))
    }

    @Test func questionKeyAgreesWithStrings() {
        let words = [
            "", ",", "Tidak", "tidak,", "TDK.", "(masih", "maka", "Dikembalikan", "diparaf;", "memeriksa", "meneliti",
            "mem", "dibuat", "di", "me\u{301}riksa", "di\u{301}buat", "mé", "ménéliti", "dà", "Menyetujui”", "“menerima",
            "lengkap", "dan/atau", "me-nerima", "di\u{A0}teruskan", "untuk.",
        ]
        for word in words {
            let bytes = ActivityClauses.questionKey(word[...])
            let reference = Self.questionKeyByString(word[...])
            #expect(bytes.endsCondition == reference.0 && bytes.isVerbLike == reference.1 && bytes.isNegation == reference.2, "\(word)")
        }
    }

    /// Headers whose first tokens the role lexicon knows and does not know, and one whose first tokens
    /// it knows all of.
    static let firstTokenHeaders = [
        [
            "Kepala Dinas", "Kasubbag Umum", "Staf", "Operator SIAK", "Café Manager", "Cafe\u{301} Lain", "Kepala Seksi",
            "Bendahara", "Tim Teknis", "PPTK", "Pemohon",
        ],
        ["Kepala Dinas", "Sekretaris", "Kasubbag Umum", "Kepala Seksi", "Staf"],
        [],
    ]

    @Test(arguments: firstTokenHeaders) func firstTokensAreLookedUpAsInADictionary(_ roles: [String]) {
        let matcher = RoleMatcher(roles: roles)
        var reference: [Substring: [Int]] = [:]
        for (index, role) in roles.enumerated() {
            if let first = RoleText(role).tokenTexts.first { reference[first, default: []].append(index) }
        }
        let words = [
            "kepala", "staf", "operator", "café", "cafe\u{301}", "caf", "bendahara", "tim", "pejabat", "pemohon", "", "kepal",
            "kepalaa", "Kepala", "k", "Kasubbag Umum dan Staf", "Café Manager", "ＫＥＰＡＬＡ", "siak pptk", "umum",
        ]
        for text in words + reference.keys.map(String.init) {
            let read = RoleText(text)
            for index in read.tokens.indices {
                #expect(matcher.roles(withFirstTokenOf: index, in: read) == (reference[read.text(ofToken: index)] ?? []), "\(text)")
            }
        }
    }

    /// The reference choice of a performer: the scores sorted from highest to lowest.
    static func bestRoleBySorting(_ scores: [Double]) -> (role: Int, score: Double, margin: Double)? {
        let ranked = scores.enumerated().sorted { $0.element > $1.element }
        guard let best = ranked.first else { return nil }
        return (best.offset, best.element, best.element - (ranked.count > 1 ? ranked[1].element : 0))
    }

    @Test func bestRoleIsTheHeadOfTheSortedScores() {
        let tables: [[Double]] = [
            [], [0], [-3], [2.5], [5, 0], [0, 5], [5, 5], [-3, -1, -2], [1.5, 3, 3, 0], [3, 1.5, 2.5, 2.5],
            [0, 0, 0], [-2.5, 5, 4.5, 5.5, -3], [2, 2, 4], [4, 2, 2], [0.5, -0.5],
        ]
        for scores in tables {
            let reference = Self.bestRoleBySorting(scores)
            // The scores alone, and as the scores of a later step among those of all steps.
            for found in [PerformerInference.bestRole(scores[...]), PerformerInference.bestRole(([7, -1] + scores + [9])[2..<(2 + scores.count)])] {
                #expect(found?.score == reference?.score && found?.margin == reference?.margin, "\(scores)")
                if let reference, reference.margin > 0 { #expect(found?.role == reference.role, "\(scores)") }
            }
        }
    }
}
