@testable import SOPKit
import Testing

/// `RoleMatcher.mayMentionRole(in:)` says false only for texts in which `roles(mentionedIn:)` finds no
/// header role, and says it for the plain activities that mention none.
@Suite struct RoleMentionTriggerTests {
    /// Header rows: titles with spellings, units, unknown words, an acronym, and a non-ASCII name.
    static let headers: [[String]] = [
        ["Kepala Dinas", "Sekretaris", "Kasubbag Umum", "Staf"],
        ["Pemohon", "Petugas Loket", "Verifikator", "Kepala Seksi Pelayanan"],
        ["Kabid SDK", "Kasi SDM Kesehatan", "Staf Pelaksana", "Bendahara"],
        ["Camat", "Sekcam", "Kasi Pemerintahan", "Operator SIAK"],
        ["TRC", "Kalaksa", "Kabid KL"],
        ["Café Manager", "Tim Teknis", "Inspektur Pembantu", "Bupati"],
        ["Kepala UPTD Puskesmas", "Dokter", "Perawat", "Petugas Pendaftaran"],
        [],
    ]

    /// Activities, with and without mentions, in capitals, with acronyms, numbers and non-ASCII text.
    static let activities = [
        "", "Membuat laporan", "Menyusun konsep surat keputusan", "Kepala Dinas menandatangani surat",
        "Memerintahkan Kasubag PPMEP untuk menyusun rencana", "melaporkan kepada kepala Dinas", "Diperiksa Kasubbag",
        "Menerima berkas dari Pemohon", "Verifikator memeriksa berkas", "verifikator", "Mengajukan ke BKN 3 hari",
        "KEPALA DINAS", "diteruskan ke Bupati", "Kadis memberi disposisi", "Ka. Subbag meneruskan", "Staf mengetik",
        "Bendahara membayar", "Operator menginput data", "Sekcam memaraf", "Kalaksa menetapkan", "TRC ke lokasi",
        "Café Manager memeriksa", "cafe manager", "Tim Teknis meninjau", "Inspektur memeriksa", "Wali Kota menetapkan",
        "Dokter memeriksa pasien", "Petugas Pendaftaran mencatat", "Puskesmas", "Perawat", "Mencatat di buku register",
        "Memeriksa 12345 berkas", "Memeriksa AB berkas", "Memeriksa ABC berkas", "Melalui Sekretaris", "sekertaris",
        "Staff", "staf pelaksana", "Pelaksana", "Kasie", "Ka Sie", "Kasi", "kabid", "Kabid Kedaruratan dan Logistik",
        String(repeating: "a", count: 40) + " kepala", "x & y", "Bagian Umum", "Biro Hukum", "SDM Kesehatan",
    ]

    @Test(arguments: headers) func noMentionIsMissed(_ roles: [String]) {
        let matcher = RoleMatcher(roles: roles)
        var declined = 0
        for activity in Self.activities {
            if matcher.mayMentionRole(in: RoleText.Reading(activity)) { continue }
            declined += 1
            #expect(matcher.roles(mentionedIn: activity).allSatisfy { $0.role == nil }, "\(roles): \(activity)")
        }
        // A role that starts with an acronym ("TRC") may be spelled by any word: nothing is declined then.
        #expect((declined > 0) == !roles.contains("TRC"), "\(roles)")
    }

    @Test func triggersExamples() {
        let matcher = RoleMatcher(roles: ["Kepala Dinas", "Kasubbag Umum", "Staf"])
        #expect(!matcher.mayMentionRole(in: ""))
        #expect(!matcher.mayMentionRole(in: "& &"))
        #expect(!matcher.mayMentionRole(in: "Memeriksa " + String(repeating: "a", count: 32)))
        #expect(matcher.mayMentionRole(in: "Memeriksa " + String(repeating: "a", count: 33)))
        #expect(!matcher.mayMentionRole(in: "Memeriksa AB1 dan AB"))
        #expect(!matcher.mayMentionRole(in: "Memeriksa ABc"))
        // An acronym may start a mention only when it spells a role's leading tokens ("KSU": kepala subbagian umum).
        #expect(!matcher.mayMentionRole(in: "Memeriksa ABC"))
        #expect(matcher.mayMentionRole(in: "Memeriksa KSU"))
        #expect(matcher.mayMentionRole(in: "Memeriksa&KEPALA"))
        #expect(!matcher.mayMentionRole(in: "Menandatangani dan mencatat"))
        #expect(RoleMatcher(roles: ["Pencatat", "Mencatat Surat"]).mayMentionRole(in: "Menandatangani dan mencatat"))
        #expect(!matcher.mayMentionRole(in: "Membuat laporan"))
        #expect(matcher.mayMentionRole(in: "Kadis memberi disposisi"))
        #expect(matcher.mayMentionRole(in: "diteruskan kepada Ka. Subbag"))
        #expect(matcher.mayMentionRole(in: "Staff mengetik"))
        #expect(!matcher.mayMentionRole(in: "Mengirim ke BKN"))
        #expect(matcher.mayMentionRole(in: "Memeriksa berkas pemohon é"))
        // "Bupati" is a spelling of "kepala daerah": it may start a mention of a Kepala, whatever its initial.
        #expect(matcher.mayMentionRole(in: "diteruskan ke Bupati"))
        #expect(!RoleMatcher(roles: ["Verifikator"]).mayMentionRole(in: "Kepala Dinas memeriksa"))
        #expect(RoleMatcher(roles: ["Verifikator"]).mayMentionRole(in: "VERIFIKATOR memeriksa"))
    }
}

extension RoleMatcher {
    /// `mayMentionRole` of the words of `text`.
    func mayMentionRole(in text: String) -> Bool {
        mayMentionRole(in: RoleText.Reading(text))
    }
}
