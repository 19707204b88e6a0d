@testable import SOPKit
import Testing

/// `OCRRoleEvidence.mentions` reads a line of ASCII text on its bytes (`collectASCIINames`) instead of
/// its tokens, and skips a line of other text when no word of it can start a name by its first byte
/// (`anyWordMayStartName`): the same names, in the same order, as the reference that reads tokens and
/// words (`OCRRoleNameCollectionTests.mentionsReference`, the code before the byte reading).
@Suite struct OCRMentionBytesTests {
    /// Lines at the edges of the byte reading: tabs and runs of spaces between tokens, a CR, joiners
    /// in any case and cut by punctuation, names at the end of the line, punctuation alone, non-ASCII
    /// text (’, —, NBSP, é, a combining mark after a space) and very long lines.
    static let lines: [String] = [
        "kepada\tKepala\t\tDinas   Teknis", "Kepala\rDinas", "Kepala \rDinas", "\rKepala Dinas\r", "Kasi DAN Kabid",
        "Kasi Dan Kabid", "Kasi d.an Kabid", "Kasi dan", "Kasi dan kabid", "Kasi (dan) Kabid", "Kasi dan |Kabid",
        "Kasi - Kabid", "Kepala Sub-Bagian Umum", "Kepala Sub- Bagian", "KEPALA", "Kepala.", ".Kepala Dinas.",
        "| Kepala | Dinas |", "| | |", "Kepala Dinas Kepala Dinas Kepala Dinas Kepala Dinas", "Staf Kepala Kasi Kabid",
        "Petugas Loket1 Teknis", "Petugas 1oket Teknis", "oleh Kasi’s Staf", "oleh Kepala Dinas’ Staf",
        "dilaporkan — Kepala Dinas", "dilaporkan kepada\u{00A0}Kepala Dinas", "menyerahkan kepada Kasi Pelayanan é",
        "semua huruf kecil — tanpa nama", "tanpa nama ’di sini’", "tanpa \u{301}Kepala Dinas", "dan \u{301}x y",
        "Émile Kepala Désa", "1. Kepala Dinas menerima", "10) Staf Perencanaan", "",
        // Heads in the whole blocks of eight bytes and in the bytes after them, at the edges.
        "Kasi Bag", "Kasi Kabi", "tugasnyaKabid", "tugasnya Kabid", "kepada Kasi Umum", "kepada Kasi UmumK",
        "dilapork Kepala", "Kasi Kabid Staf ", "Kasi Kabid Staf K",
        String(repeating: "menyerahkan kepada Kasi Operasi dan Pengendalian, ", count: 200),
        String(repeating: "Kepala Dinas ", count: 500), String(repeating: "tanpa nama — ", count: 300),
    ] + OCRRoleNameCollectionTests.lines

    @Test(arguments: lines) func namesOfOneLineAgreeWithTheReference(_ text: String) {
        let lines = [OCRLine(number: 1, text: text)]
        #expect(OCRRoleEvidence.mentions(in: lines) == OCRRoleNameCollectionTests.mentionsReference(lines),
                "\(text.debugDescription)")
    }

    @Test func namesOfAllLinesAgreeWithTheReference() {
        let lines = Self.lines.enumerated().map { OCRLine(number: $0.offset + 1, text: $0.element) }
        #expect(OCRRoleEvidence.mentions(in: lines) == OCRRoleNameCollectionTests.mentionsReference(lines))
    }

    /// Lines whose tokens were replaced (as word repair replaces them) are read on their text's bytes
    /// like lines read from the input.
    @Test func namesOfRepairedLinesAgreeWithTheReference() {
        let lines = Self.lines.enumerated().map { index, text in
            OCRLine(number: index + 1, tokens: OCRToken.tokens(of: text))
        }
        #expect(OCRRoleEvidence.mentions(in: lines) == OCRRoleNameCollectionTests.mentionsReference(lines))
    }

    /// A line that `anyWordMayStartName` turns down has no word that starts a role name.
    @Test(arguments: lines + ByteLevelHelperTests.texts) func skippedLinesNameNoRole(_ text: String) {
        let line = OCRLine(number: 1, text: text)
        var utf8 = line.text
        let mayHoldName = utf8.withUTF8 { OCRRoleEvidence.anyWordMayStartName($0) }
        if !mayHoldName {
            #expect(!FoldedKey.spaceSeparated(line.text[...]).contains(where: OCRRoleEvidence.startsRoleName),
                    "\(text.debugDescription)")
        }
    }

    /// `capitals(in:at:)` reads eight bytes at once (the last ones of a line as the eight that end it,
    /// those of a line shorter than eight one by one): the same capitals as a reading byte by byte, for
    /// every block of every line, with bytes above 0x7F (punctuation, letters outside ASCII) around them.
    @Test(arguments: lines + ["A", "Ab", "ABCDEFG", "ABCDEFGH", "ABCDEFGHI", "@[`{Z\u{2014}A", "x\u{2014}Kepala", "é Émile Z"])
    func capitalsAgreeWithTheBytes(_ text: String) {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            for block in stride(from: 0, to: buffer.count, by: 8) {
                var expected: UInt64 = 0
                for index in block..<min(block + 8, buffer.count) where buffer[index] >= 0x41 && buffer[index] <= 0x5A {
                    expected |= 0x80 << UInt64(8 * (index - block))
                }
                #expect(OCRRoleEvidence.capitals(in: buffer, at: block) == expected, "\(text.debugDescription) at \(block)")
            }
        }
    }

    @Test(arguments: [
        ("semua huruf kecil tanpa nama’", false), ("tanpa nama di’ sini’", false), ("123 abc def", false), ("", false),
        (" ", false), ("tanpa — Kepala", true), ("’Kepala", true), ("x (Kasi", true), ("é", true), ("Émile", true),
        ("kepada Kepala", true), ("kepada Lurah", true), ("kepada Rakyat Umum", false),
    ])
    func skippedLinesExamples(_ text: String, mayHoldName: Bool) {
        var utf8 = text
        #expect(utf8.withUTF8 { OCRRoleEvidence.anyWordMayStartName($0) } == mayHoldName, "\(text)")
    }
}
