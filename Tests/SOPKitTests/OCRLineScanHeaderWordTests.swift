@testable import SOPKit
import Testing

/// Whether a line's key holds an activity header word, told by the scan token by token while it writes
/// the key, agrees with reading the finished key word by word (`OCRLine.keyHoldsActivityHeaderWord`)
/// and with the word loop it replaced (kept here as the reference): on header words alone, in any
/// case, glued to punctuation, split by it, one letter too long or short, with tabs, no-break spaces,
/// bytes beyond ASCII, tokens longer than eight bytes, very long lines, and every line of the corpus.
@Suite struct OCRLineScanHeaderWordTests {
    /// Lines with and without header words, in every place a token can put them.
    static let lines = OCRLineKeyFromTokensTests.lines + [
        "AKTIVITAS", "aktivitas", "Aktifitas", "KEGIATAN", "Uraian", "URAIAN KEGIATAN", "No | Aktivitas | Pelaksana",
        "|Kegiatan|", "(Uraian)", "Uraian/Kegiatan", "aktivitas2", "aktivitass", "aktivita", "kegiatann", "uraia",
        "Uraian\tKegiatan", "\tAKTIVITAS\t", "Uraian\u{00A0}Kegiatan", "kegiatán", "Kégiatan uraian", "é aktivitas é",
        "xaktivitas", "AKTIVITAS.", "...aktifitas...", "abcdefghi", "kabcdefg", "uabcde", "a-ktivitas", "Ur aian",
        "No. Uraian Kegiatan Pelaksana Mutu Baku", "1. | Uraian kegiatan | 10 | menit |",
        String(repeating: "Pelaksana ", count: 80) + "Kegiatan", String(repeating: "é-x ", count: 60) + "uraian",
        String(repeating: "aktivitas", count: 3), "", " ", "\t",
    ]

    /// The word loop the scan's flag replaced: each word of the key (between its spaces) looked at by
    /// its length and first byte, and compared when it could be a header word.
    static func holdsActivityHeaderWordByWords(_ key: String) -> Bool {
        let bytes = Array(key.utf8)
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x20 { end += 1 }
            let word = String(decoding: bytes[start..<end], as: UTF8.self)
            if ["aktivitas", "aktifitas", "kegiatan", "uraian"].contains(word) { return true }
            start = end + 1
        }
        return false
    }

    /// Checks one line: the scan's flag, the flag of the finished key and the reference agree, and the
    /// line built from the text and the one built from its tokens name the activity column alike and
    /// have the same key (`TextFolding.key` of the line, written on the bytes of the tokens' text).
    static func check(_ line: String) {
        let scan = OCRToken.scan(of: line)
        let expected = holdsActivityHeaderWordByWords(TextFolding.key(line))
        #expect(scan.keyHoldsActivityHeaderWord == expected, "\(line.debugDescription)")
        #expect(OCRLine.keyHoldsActivityHeaderWord(scan.key) == expected, "\(line.debugDescription)")
        let fromText = OCRLine(number: 1, text: line)
        let fromTokens = OCRLine(number: 1, tokens: Array(fromText.tokens))
        #expect(fromText.namesActivityColumn == fromTokens.namesActivityColumn, "\(line.debugDescription)")
        #expect(fromText.rowStart?.number == fromTokens.rowStart?.number, "\(line.debugDescription)")
        #expect(fromText.rowStart?.nextToken == fromTokens.rowStart?.nextToken, "\(line.debugDescription)")
        #expect(fromTokens.key == TextFolding.key(line), "\(line.debugDescription)")
    }

    @Test(arguments: lines) func scanFlagAgreesWithTheKeysWords(_ line: String) {
        Self.check(line)
    }

    @Test func scanFlagsOfCorpusLinesAgreeWithTheKeysWords() {
        for line in OCRFrontBytesTests.corpusLines { Self.check(line) }
    }

    /// A line built from tokens reads its row start before it looks for the activity column's header
    /// (which only a line that starts no row may name): a header line names the column, a row whose
    /// activity holds a header word starts its row and names no column, with the same answers as the
    /// line read from its text.
    @Test(arguments: [
        ("No | Aktivitas | Pelaksana | Waktu", nil, nil, true),
        ("NO. URAIAN KEGIATAN PELAKSANA MUTU BAKU", nil, nil, true),
        ("1. | Uraian kegiatan | 10 | menit |", 1, 2, false),
        ("12 | Kegiatan rapat | Kepala", 12, 2, false),
        ("| 3 . | Aktivitas lapangan", 3, 4, false),
        ("Kegiatan", nil, nil, true),
        ("Pelaksana Mutu Baku", nil, nil, false),
        ("1 Aktivitas", nil, nil, true),
        ("Aktivitas | Waktu", nil, nil, true),
        ("é 1. Kegiatan | Waktu", 1, 2, false),
    ] as [(String, Int?, Int?, Bool)])
    func lineFromTokensReadsRowStartBeforeTheHeader(
        _ line: String, _ number: Int?, _ nextToken: Int?, _ namesActivityColumn: Bool
    ) {
        let fromText = OCRLine(number: 1, text: line)
        let fromTokens = OCRLine(number: 1, tokens: Array(fromText.tokens))
        for built in [fromText, fromTokens] {
            #expect(built.rowStart?.number == number, "\(line.debugDescription)")
            #expect(built.rowStart?.nextToken == nextToken, "\(line.debugDescription)")
            #expect(built.namesActivityColumn == namesActivityColumn, "\(line.debugDescription)")
        }
    }

    @Test func scanFlagExamples() {
        #expect(OCRToken.scan(of: "No | Uraian Kegiatan | Pelaksana").keyHoldsActivityHeaderWord)
        #expect(OCRToken.scan(of: "(AKTIFITAS)").keyHoldsActivityHeaderWord)
        #expect(OCRToken.scan(of: "Uraian/Kegiatan").keyHoldsActivityHeaderWord)
        #expect(!OCRToken.scan(of: "aktivitas2 kegiatann").keyHoldsActivityHeaderWord)
        #expect(!OCRToken.scan(of: "").keyHoldsActivityHeaderWord)
    }
}
