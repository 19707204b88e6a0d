@testable import SOPKit
import Testing

/// The role header's reconciliation works in arrays kept from header to header (`ReconcileScratch`):
/// a header read in a scratch that other headers, larger and smaller, used before gets the roles it
/// gets in a new scratch; and a taken name's column, the median found on the stack, is the middle of
/// its words' columns sorted, as before.
@Suite struct OCRRoleReconcileScratchTests {
    /// A header to reconcile: its columns, its words as (text, line, position, column), and mentions.
    struct Header: Sendable {
        let columns: [String]
        let words: [OCRHeaderWord]
        let mentions: [String]

        init(columns: [String], words: [(String, Int, Int, Int)], mentions: [String]) {
            self.columns = columns
            self.words = words.map { OCRHeaderWord(text: $0.0, line: $0.1, position: $0.2, column: $0.3) }
            self.mentions = mentions
        }
    }

    /// Headers of different sizes: a cut word with its rest below, known role names over three lines,
    /// debris, non-ASCII words, and no word at all.
    static let headers: [Header] = [
        Header(
            columns: ["Kasi Kesejahter aan Sosial", "Lurah y"],
            words: [("Kasi", 0, 0, 0), ("Kesejahter", 1, 0, 0), ("aan", 2, 0, 0), ("Sosial", 2, 1, 0),
                    ("Lurah", 0, 1, 1), ("y", 2, 2, 1)],
            mentions: ["Kasi Kesejahteraan Sosial", "Kasi Kesejahteraan", "Kasi", "Lurah"]),
        Header(
            columns: ["Kepala Dinas", "Sekretaris Dinas", "Kasubbag Perencanaan Evaluasi dan Pelaporan Program",
                      "Bidang- Bidang Lain", "Staf Pelaksana Ld"],
            words: [("Kepala", 0, 0, 0), ("Sekretaris", 0, 1, 1), ("Kasubbag", 0, 2, 2), ("Bidang-", 0, 3, 3),
                    ("Staf", 0, 4, 4), ("Dinas", 1, 0, 0), ("Dinas", 1, 1, 1), ("Perencanaan", 1, 2, 2),
                    ("Bidang", 1, 3, 3), ("Pelaksana", 1, 4, 4), ("Evaluasi", 2, 0, 2), ("dan", 2, 1, 2),
                    ("Lain", 2, 2, 3), ("Pelaporan", 3, 0, 2), ("Program", 3, 1, 2), ("Ld", 3, 2, 4)],
            mentions: ["Kepala Dinas", "Sekretaris Dinas", "Staf Pelaksana", "Kepala"]),
        Header(
            columns: ["Petugas Loket", "Kepala Seksi Pelayanan Umum"],
            words: [("Petugas", 0, 0, 0), ("Kepala", 0, 1, 1), ("Loket", 1, 0, 0), ("Seksi", 1, 1, 1),
                    ("Pelayanan", 2, 0, 1), ("Umum", 2, 1, 1)],
            mentions: []),
        Header(
            columns: ["Pemohon", "Kasi Pemerintahan Desa"],
            words: [("Pemohon", 0, 0, 0), ("Kasi", 0, 1, 1), ("Pemerintahan", 1, 0, 1), ("Désa", 1, 1, 1)],
            mentions: ["Pemohon", "Kasi Pemerintahan Désa"]),
        Header(columns: [], words: [], mentions: ["Lurah"]),
    ]

    @Test func headersReadInAReusedScratchGetTheRolesOfANewOne() {
        var reused = OCRRoleEvidence.ReconcileScratch()
        let order = Array(Self.headers.indices) + Self.headers.indices.reversed() + [1, 4, 0, 1, 3, 2]
        for index in order {
            let header = Self.headers[index]
            var fresh = OCRRoleEvidence.ReconcileScratch()
            let expected = OCRRoleEvidence.reconcile(
                columns: header.columns, words: header.words, mentions: header.mentions, scratch: &fresh)
            let roles = OCRRoleEvidence.reconcile(
                columns: header.columns, words: header.words, mentions: header.mentions, scratch: &reused)
            #expect(roles == expected, "header \(index)")
            var pooled = OCRRoleEvidence.ReconcileScratch.take()
            #expect(OCRRoleEvidence.reconcile(
                columns: header.columns, words: header.words, mentions: header.mentions, scratch: &pooled)
                == expected, "header \(index) through the pool")
            OCRRoleEvidence.ReconcileScratch.keep(consume pooled)
        }
    }

    /// `reconcile` asks for a column's joined name only for a column it reads as aligned (no word of it
    /// taken by a name or dropped as debris), and reads that role from the name it is given; a column
    /// whose words a name took, or that keeps only some of its words, is never asked for.
    @Test func columnNamesAreAskedForOnlyForColumnsReadAsAligned() {
        let cases: [(header: Header, roles: [String], asked: [Int])] = [
            (Header(columns: ["Pemohon", "Seksi Xyzzy Qwérty"],
                    words: [("Pemohon", 0, 0, 0), ("Seksi", 0, 1, 1), ("Xyzzy", 1, 0, 1), ("Qwérty", 1, 1, 1)],
                    mentions: ["Pemohon"]),
             ["Pemohon", "column 1"], [1]),
            (Header(columns: ["Lurah", "Camat Ld"], words: [("Lurah", 0, 0, 0), ("Camat", 0, 1, 1), ("Ld", 1, 0, 1)],
                    mentions: []),
             ["column 0", "Camat"], [0]),
            (Self.headers[0], ["Kasi Kesejahteraan Sosial", "Lurah"], []),
            (Header(columns: [], words: [], mentions: ["Lurah"]), [], []),
        ]
        for (header, roles, asked) in cases {
            var scratch = OCRRoleEvidence.ReconcileScratch()
            var askedColumns: [Int] = []
            let read = OCRRoleEvidence.reconcile(
                columnCount: header.columns.count,
                columnName: { column in
                    askedColumns.append(column)
                    return "column \(column)"
                },
                words: header.words, mentions: OCRRoleEvidence.MentionList(names: header.mentions), scratch: &scratch)
            #expect(read == roles, "\(header.columns)")
            #expect(askedColumns == asked, "\(header.columns)")
        }
    }

    /// Header words in columns 3, 0, 2, 2, 7, 1, 0, 5.
    static let words = [3, 0, 2, 2, 7, 1, 0, 5].enumerated().map { index, column in
        OCRHeaderWord(text: "w", line: 0, position: index, column: column)
    }

    /// Claims of one word, of odd and even counts, with repeated columns, in and out of order.
    static let claims: [[Int]] = [[0], [1], [0, 1], [1, 0], [2, 3], [0, 4, 5], [4, 5, 0, 1], [7, 6, 5, 4, 3, 2, 1, 0],
                                  [2, 2, 2], [4, 4, 1, 1, 6]]

    @Test(arguments: claims) func medianColumnIsTheMiddleOfTheSortedColumns(_ claimed: [Int]) {
        let reference = claimed.map { Self.words[$0].column }.sorted()[(claimed.count - 1) / 2]
        #expect(OCRRoleEvidence.medianColumn(of: claimed[...], in: Self.words) == reference)
        let padded = [9, 9] + claimed + [9]
        #expect(OCRRoleEvidence.medianColumn(of: padded[2..<(2 + claimed.count)], in: Self.words + Self.words) == reference)
    }
}
