@testable import SOPKit
import Testing

/// `RoleKeyFacts(role, reading:)`, read on the words of an ASCII name's reading without building its key,
/// says what `RoleKeyFacts(role)` reads on the key as a string: checked on the corpus's roles and on
/// random names of the words the facts look for, glued, split, in capitals, with "&", digits,
/// punctuation, tabs, no-break spaces and non-ASCII letters.
@Suite struct RoleKeyFactsTests {
    static func check(_ role: String) {
        #expect(RoleKeyFacts(role, reading: RoleText.Reading(role)) == RoleKeyFacts(role), "\(role)")
    }

    @Test func corpusRolesAreReadAlike() {
        var checked = 0
        for path in Fixtures.corpusInputs {
            for sop in SOPKit.parse(Fixtures.bytes(path), file: path).sops {
                for role in sop.roles {
                    checked += 1
                    Self.check(role)
                }
            }
        }
        #expect(checked > 100)
    }

    @Test(arguments: [
        "", "&", "Pemohon", "PEMOHON", "pemohonan", "Masyarakat Umum", "Wajib Pajak", "Wajib  Pajak", "wajib/pajak",
        "Wajib & Pajak", "& Pemohon", "OPD Pengusul", "Pengusul", "Pengadu", "Pelapor", "Pasien", "Kasubbag Umum",
        "Kasubbag Umum2", "Umum", "UMUM & Kepegawaian", "umumnya", "Sub Bagian Umum", "Kepala Sub-Bagian", "Kasubbag",
        "Subbagian", "Tim Reviu", "TIM", "Timbangan", "Tim\u{A0}Teknis", "Kepala\tSubbag", "Pémohon", "Tim Kerja É",
        "Staf Umum", "123 Pemohon", "Pemohon123", "sub  bagian",
    ])
    func namesAreReadAlike(_ role: String) {
        Self.check(role)
    }

    @Test func randomNamesAreReadAlike() {
        let words = [
            "pemohon", "masyarakat", "pasien", "pengadu", "pengaduan", "pelapor", "wajib", "pajak", "opd", "pengusul",
            "umum", "umu", "sub", "bagian", "subbag", "subbagian", "tim", "timur", "kepala", "staf", "&", "2", "é", "x",
        ]
        let separators = ["", " ", " ", " ", "  ", "&", " & ", ".", ", ", "/", "-", "\t", "\u{A0}", "(", ")"]
        var generator = SplitMix(seed: 0x0BAD_F00D)
        for _ in 0..<20_000 {
            var role = ""
            for index in 0..<Int.random(in: 0...5, using: &generator) {
                if index > 0 { role += separators[Int.random(in: 0..<separators.count, using: &generator)] }
                let word = words[Int.random(in: 0..<words.count, using: &generator)]
                switch Int.random(in: 0..<4, using: &generator) {
                case 0: role += word.uppercased()
                case 1: role += word.prefix(1).uppercased() + word.dropFirst()
                default: role += word
                }
            }
            Self.check(role)
        }
    }
}
