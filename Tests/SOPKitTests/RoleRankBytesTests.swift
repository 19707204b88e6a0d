@testable import SOPKit
import Testing

/// `RoleRank.rank(of:)`, read on the bytes of the key's words, agrees with the reading of the words as
/// substrings it replaced.
@Suite struct RoleRankBytesTests {
    /// Role names: every phrase that sets a rank, phrases split or joined by punctuation, and names
    /// where bytes and characters differ.
    static let roles = [
        "", " ", "-", "Kepala Dinas", "KEPALA SUB BAGIAN UMUM", "Kepala Sub-Bagian", "kepala bidang terkait", "Bidang-Bidang Lain",
        "Staf/JFU", "Inspektur Pembantu II", "Kasubbag Perencanaan", "Wajib Pajak", "OPD Pengusul", "Jabatan Fungsional Umum",
        "Analis Kebijakan", "Ketua Tim Kerja", "Tim Teknis", "Pemohon", "Café Manager", "Kepala\u{301} Dinas", "Kepala \u{301}Dinas",
        "Kepala\u{A0}Dinas", "Sekretaris\r\nDinas", "Kepala Seksi\u{2028}Umum", "ＫＥＰＡＬＡ Dinas", "Direktur RSUD", "x kepala",
        "kepala kepala seksi", "Kepala BPS", "UPTD", "kepala uptd puskesmas", "Operator SIAK", "Komandan Regu", "Lurah",
    ]

    @Test(arguments: roles + ["Kasubbag Umum & Kepegawaian", "& Kepala Dinas", "Bidang & Lain", "Staf&Kepala", "BIDANG-bidang lain2"])
    func rankAgreesWithTheWords(_ role: String) {
        #expect(RoleRank.rank(of: role) == RoleRank.rank(ofWords: FoldedKey.words(role)), "\(role)")
        #expect(RoleRank.rank(of: role, reading: RoleText.Reading(role)) == RoleRank.rank(ofWords: FoldedKey.words(role)), "\(role)")
    }

    @Test func rankExamples() {
        #expect(RoleRank.rank(of: "Kepala Dinas Kesehatan") == 1)
        #expect(RoleRank.rank(of: "Kepala Sub Bagian Umum") == 4)
        #expect(RoleRank.rank(of: "Bidang-Bidang Lain") == 7)
        #expect(RoleRank.rank(of: "Sopir") == 5)
    }
}
