@testable import SOPKit
import Testing

/// Whether a raw word of a table row starts a role name is decided on its bytes when they are all
/// ASCII: the same answer as the definition on the word's trimmed characters and folded key, for
/// words with punctuation at either end or inside, digits, line breaks, non-ASCII letters and marks,
/// and words that trim to nothing.
@Suite struct OCRRoleNameStartBytesTests {
    static let rawWords = [
        "", " ", "|", "||", "(", "-", "--Kepala--", "(Kepala)", "\"Kasi\"", "Kasi:", "Kasi;", "[Staf]", "Staf/",
        "/Staf", "Kepala-", "-Kepala", "Ka-si", "Ka.si", "Kasi2", "2Kasi", "Ka2si", "K", "Ka", "KA", "kA", "Ka,",
        "Petugas|", "|Petugas", "\r\nLurah", "Lurah\r\n", "Lu\r\nrah", "Lurah\r", "\rLurah", "Lurah\n",
        "Kepala\u{301}", "\u{301}Kepala", "Kepal\u{E1}", "(\u{E9}Kasi", "Kasi\u{E9})", "K\u{E9}pala", "\u{212A}asi",
        "Kasi\u{00A0}", "\u{00A0}Kasi", "Kasi\u{00A0}Dinas", "Camat\u{200B}", "PEMOHON", "Pemohon!", "Wajib",
        "WAJIB.", "Verifikator", "Koordinator,", "Jabatan", "Zeta", "Xkasi", "Menyerahkan", "Dinas", "1.", "12",
    ]

    @Test(arguments: rawWords) func startsRoleNameAgreesWithTheTrimmedKey(_ word: String) {
        let head = word[...].trimmingOCRPunctuation()
        let expected = head.first?.isUppercase == true && OCRRoleEvidence.roleHeads.contains(TextFolding.key(head).utf8)
        #expect(OCRRoleEvidence.startsRoleName(word[...]) == expected, "\(word.debugDescription)")
    }

    @Test func startsRoleNameReadsWordsWithinALine() {
        let line = "oleh (Kasi) dan Ka-si serta Lurah, Kepa1a |Petugas| Staf"
        let expected = ["(Kasi)", "Lurah,", "|Petugas|", "Staf"]
        let found = line.split(separator: " ").filter { OCRRoleEvidence.startsRoleName($0) }.map(String.init)
        #expect(found == expected)
    }
}
