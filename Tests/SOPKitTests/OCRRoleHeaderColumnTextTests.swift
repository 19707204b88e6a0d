@testable import SOPKit
import Testing

/// A role header column is read from the `PhraseText`s of its phrases instead of from their text
/// joined and folded again: the same reading as the joined text gives, for columns of one or several
/// phrases that include connectors, hyphens, phrases without folded words, lone titles, standalone
/// words and non-ASCII spellings.
@Suite struct OCRRoleHeaderColumnTextTests {
    /// Phrases as `OCRRoleHeader.phrases` gives them, with the spellings that make bytes and characters
    /// differ.
    static let phrases = [
        "Kepala", "Dinas", "Kepala Dinas", "Evaluasi dan", "dan", "&", "/", "Bidang-", "Bidang- Bidang", "-",
        "Sekretaris", "Camat", "CAMAT", "Staf", "Petugas", "Petugas Rekam", "Kasat Pol PP", "Lain", "Terkait",
        "Kasubbag Perencanaan", "Program", "Pelaporan", "e\u{301}", "\u{301}Lurah", "Caf\u{E9}", "Kepala Caf\u{E9}-",
        "x\r\n", "Dan/atau", "dan/atau", "Perawat", "Kadis", "Kasi", "Tim", "Reviu", "S", "ekretaris", "..",
        "Camat.", "Camat2", "(Camat)", "cAmAt",
    ]

    /// Columns: every phrase alone, every pair, and some longer runs.
    static let columns: [[String]] = {
        var columns = phrases.map { [$0] }
        for first in phrases {
            for second in phrases { columns.append([first, second]) }
        }
        columns += [
            ["Kasubbag", "Perencanaan", "Program", "Monitoring", "Evaluasi dan", "Pelaporan"],
            ["&", "/", "Kepala"], ["Kepala", "&", "/"], ["&", "/"], ["..", "Camat", ".."], ["Bidang-", "Bidang", "Lain"],
            ["Kepala", "Caf\u{E9}", "Dinas"],
        ]
        return columns
    }()

    /// The column of the phrases `texts`, read through their indices (`ColumnText(_:of:)`).
    static func column(_ texts: [String]) -> OCRRoleHeader.ColumnText {
        let phrases = texts.map(OCRRoleHeader.PhraseText.init)
        return OCRRoleHeader.ColumnText(Array(phrases.indices), of: phrases)
    }

    /// The first folded word of the column of the phrases `texts` (`ColumnText.firstFoldedWord`).
    static func firstFoldedWord(_ texts: [String]) -> Substring? {
        let phrases = texts.map(OCRRoleHeader.PhraseText.init)
        let members = Array(phrases.indices)
        return OCRRoleHeader.ColumnText(members, of: phrases).firstFoldedWord(members, of: phrases)
    }

    @Test func columnsReadFromPhrasesAgreeWithTheirJoinedText() {
        for column in Self.columns {
            let read = Self.column(column)
            #expect(read == OCRRoleHeader.ColumnText(joining: column), "\(column)")
            #expect(Self.firstFoldedWord(column) == FoldedKey.words(column.joined(separator: " ")).first, "\(column)")
        }
    }

    @Test(arguments: phrases + ["Kepala Dinas dan", "Evaluasi DAN", "Bidang -", "Monitoring Evaluasi dan/atau", "a  ", "  ", "", "  dan  "])
    func openPenaltyOnBytesAgreesWithCharacters(_ phrase: String) {
        guard OCRTableBytes.isPlainASCII(phrase) else { return }
        #expect(OCRRoleHeader.openPenalty(afterPlainASCII: phrase) == OCRRoleHeader.openPenalty(after: phrase), "\(phrase)")
    }

    @Test(arguments: phrases + ["Perencana", "Pengelola", "Kepalaa", "Pejabat", "Lurah"])
    func needsComplementOfOneKeyAgreesWithText(_ phrase: String) {
        let words = FoldedKey.words(phrase)
        guard words.count == 1 else { return }
        #expect(OCRRoleHeader.needsComplement(key: words[0]) == OCRRoleHeader.needsComplement(phrase), "\(phrase)")
    }

    @Test func openPenaltyAndComplementExamples() {
        #expect(OCRRoleHeader.openPenalty(afterPlainASCII: "Evaluasi DAN") == 3)
        #expect(OCRRoleHeader.openPenalty(afterPlainASCII: "Bidang-") == 3)
        #expect(OCRRoleHeader.openPenalty(afterPlainASCII: "Kepala Dinas") == 0)
        #expect(OCRRoleHeader.needsComplement(key: "kepala") && OCRRoleHeader.needsComplement(key: "petugas"))
        #expect(!OCRRoleHeader.needsComplement(key: "camat") && !OCRRoleHeader.needsComplement(key: "perawat"))
    }

    /// Whether the first folded word of the column of `column` starts with the last folded word of
    /// `phrase` (`ColumnText.firstFoldedWord(_:of:startsWithLastWordOf:)`).
    static func columnStarts(_ column: [String], withLastWordOf phrase: String) -> Bool {
        let phrases = column.map(OCRRoleHeader.PhraseText.init)
        let members = Array(phrases.indices)
        return OCRRoleHeader.ColumnText(members, of: phrases)
            .firstFoldedWord(members, of: phrases, startsWithLastWordOf: OCRRoleHeader.PhraseText(phrase))
    }

    @Test func lastWordStartingAColumnAgreesWithTheWords() {
        let cases: [(phrase: String, column: [String], starts: Bool)] = [
            ("Bidang-", ["Bidang"], true), ("Bidang-", ["Bidang- Bidang"], true), ("Kesejahter-", ["aan"], false),
            ("Kepala Ke-", ["(KEPALA) Dinas"], true), ("Ka2-", ["ka2b"], true), ("Ka2-", ["ka3b"], false),
            ("Kepala-", ["Kep"], false), ("-", ["Kepala"], false), ("Staf-", ["..", "Staff"], true),
            ("Caf\u{E9}-", ["Caf\u{E9}s"], true), ("Ke-", ["\u{301}Kepala"], false), ("Ke-", ["&", "/"], false),
            ("Sub.Bag-", ["bagian"], true), ("Sub.Bag-", ["Sub"], false),
        ]
        for (phrase, column, starts) in cases {
            #expect(Self.columnStarts(column, withLastWordOf: phrase) == starts, "\(phrase) \(column)")
        }
        for column in Self.columns {
            for phrase in Self.phrases.filter({ $0.hasSuffix("-") }) + ["Kepala", "Ka", "Pol PP"] {
                let phrases = column.map(OCRRoleHeader.PhraseText.init)
                let read = OCRRoleHeader.PhraseText(phrase)
                let members = Array(phrases.indices)
                let words = OCRRoleHeader.ColumnText(members, of: phrases).firstFoldedWord(members, of: phrases)
                    .flatMap { first in read.lastWord.map { first.hasPrefix($0) } } ?? false
                #expect(Self.columnStarts(column, withLastWordOf: phrase) == words, "\(phrase) \(column)")
            }
        }
    }

    @Test func columnReadingExamples() {
        let open = Self.column(["Evaluasi dan"])
        #expect(open.isOpenBelow && open.openPenalty == 3 && open.firstWordNumber == OCRRoleHeader.KnownPairs.number(of: "evaluasi")
            && open.firstWordNumber >= 0)
        let title = Self.column(["&", "Kepala"])
        #expect(title.isLoneTitle && title.startsWithRoleHead && !title.isStandaloneWord)
        let standalone = Self.column(["Camat"])
        #expect(standalone.isStandaloneWord && standalone.isLoneStandaloneHead && !standalone.isOpenBelow)
        let twoWords = Self.column(["Camat", "Lain"])
        #expect(!twoWords.isStandaloneWord && !twoWords.isLoneStandaloneHead && Self.firstFoldedWord(["Camat", "Lain"]) == "camat")
        #expect(Self.firstFoldedWord(["..", "(Camat)", "Lain"]) == "camat" && Self.firstFoldedWord(["&", "/"]) == nil)
        let hyphen = Self.column(["Kepala", "Bidang-"])
        #expect(hyphen.isOpenBelow && hyphen.openPenalty == 3)
    }
}
