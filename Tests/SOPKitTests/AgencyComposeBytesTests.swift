@testable import SOPKit
import Testing

/// `AgencyName.compose` read on the bytes of ASCII heading lines (`composeASCII`) agrees with the
/// reading on characters it stands in for (`composeComparingCharacters`), and the identity block's
/// byte-level trim agrees with `TextFolding.trim`.
@Suite struct AgencyComposeBytesTests {
    /// Heading lines: the region line in its spellings (punctuation around "PEMERINTAH", "DAERAH" with
    /// and without a word after it, a split word), units and sub-units, white space of every kind,
    /// empty and blank lines, non-ASCII letters and spaces, and a very long line.
    static let lines: [String] = [
        "", " ", "\t", " \t\r\n ", "PEMERINTAH", "PEMERINTAH ", "PEMERINTAH KABUPATEN BANYUMAS",
        "  PEMERINTAH\tKABUPATEN  BANYUMAS  ", "PEMERINTAH, KABUPATEN", "(PEMERINTAH) KOTA BATU", "PEMERIN-TAH KOTA",
        "pemerintah kota batu", "PEMERINTAH DAERAH", "PEMERINTAH DAERAH KABUPATEN LANDAK",
        "PEMERINTAH DAERAH, PROVINSI",
        "PEMERINTAHAN KOTA", "PEMERINTAH1 KOTA", "PEMERINTAH PROVINSI JAWA TENGAH", "PEMERINTAH\u{A0}KOTA BATU",
        "BADAN KEPEGAWAIAN DAERAH", "DINAS KOTA BATU", "DINAS KOPERASI, USAHA KECIL,", "MENENGAH, PERINDUSTRIAN DAN",
        "BIDANG MUTASI", "SEKRETARIAT", "SUB BAGIAN UMUM", "UPT PUSKESMAS", "INSPEKTORAT", "KABUPATEN BANYUMAS",
        "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "DINAS KESEHATAN KABUPATEN BANYUMAS", "RSUD DR. SOETOMO",
        "DINAS PÉNDIDIKAN", "BADAN — KEUANGAN", "KANTOR’S", "DINAS\u{2003}SOSIAL",
        String(repeating: "DINAS PERHUBUNGAN ", count: 200), "\u{301}DINAS",
    ]

    /// Lists of heading lines: every line alone and after a region line, pairs, gaps between line
    /// numbers, and longer runs.
    static let partLists: [[(text: String, line: Int)]] = {
        var lists: [[(text: String, line: Int)]] = [[]]
        for line in lines {
            lists.append([(line, 1)])
            lists.append([("PEMERINTAH KABUPATEN BANYUMAS", 1), (line, 2)])
            lists.append([(line, 1), ("BADAN KEPEGAWAIAN", 2), ("BIDANG MUTASI", 3)])
            lists.append([(line, 1), ("DINAS KESEHATAN", 3)])
        }
        for first in lines.prefix(24) {
            for second in lines.prefix(24) {
                lists.append([(first, 1), (second, 2), ("SEKSI DATA", 3), ("DINAS LAIN", 5)])
            }
        }
        return lists
    }()

    @Test func composeAgreesWithCharacters() {
        for parts in Self.partLists {
            #expect(
                AgencyName.compose(parts) == AgencyName.composeComparingCharacters(parts),
                "\(parts.map(\.text).map(\.debugDescription))")
        }
    }

    @Test func composeReadsBytesOnlyForASCII() {
        #expect(AgencyName.composeASCII([("DINAS PÉNDIDIKAN", 1)]) == nil)
        #expect(AgencyName.composeASCII([("DINAS", 1), ("KOTA\u{A0}BATU", 2)]) == nil)
        let region: [(text: String, line: Int)] = [("PEMERINTAH KOTA BATU", 1), ("DINAS KOTA BATU", 2)]
        #expect(AgencyName.composeASCII(region) == .some("Dinas Kota Batu"))
        #expect(AgencyName.composeASCII([(" ", 1)]) == .some(nil))
    }

    /// Texts to trim: white space of every kind at either end, non-ASCII letters and spaces that are
    /// not trimmed, and long texts.
    static let trimTexts: [String] = [
        "", " ", "\t", "\r\n", " \t\r\n\u{0B}\u{0C} ", "a", " a ", "\ta\t", "\u{A0}a\u{A0}", " é ", "—", " ’s ",
        "a b",
        "\u{301} x", "x \u{301}", " \r\nx\r\n ", String(repeating: "Peraturan Daerah ", count: 300) + " \t",
    ]

    @Test func trimmingAgreesWithTextFolding() {
        for text in Self.trimTexts {
            let whole = text[...]
            #expect(IdentityBlockParser.trimmingASCIIWhitespace(whole) == TextFolding.trim(whole), "\(text.debugDescription)")
            let inner = text.dropFirst()
            #expect(IdentityBlockParser.trimmingASCIIWhitespace(inner) == TextFolding.trim(inner), "\(text.debugDescription)")
        }
    }

    /// The trimmed text holds the very bytes between the first and last bytes that are not ASCII white
    /// space, not merely a canonically equal text.
    @Test func trimmingKeepsTheBytesBetweenTheEnds() {
        let cases: [(text: String, trimmed: String)] = [
            ("", ""), (" \t ", ""), (" a ", "a"), ("\r\ne\u{301}\n", "e\u{301}"), ("\u{A0}a ", "\u{A0}a"),
            (" x \u{301}", "x \u{301}"), ("\tNomor SOP : 12\t", "Nomor SOP : 12"),
        ]
        for (text, trimmed) in cases {
            let found = IdentityBlockParser.trimmingASCIIWhitespace(text[...])
            #expect(Array(found.utf8) == Array(trimmed.utf8), "\(text.debugDescription)")
        }
    }
}
