@testable import SOPKit
import Testing

/// Whether a list item starts like a regulation, read on the first 60 bytes of a plain ASCII item,
/// agrees with `LegalReferenceParser.startsLikeRegulation` of the whole item's text.
@Suite struct RegulationStartBytesTests {
    static let long = String(repeating: "x", count: 58)

    static let texts = [
        "", " ", "Peraturan", "Peraturan Daerah Nomor 3 Tahun 2019 tentang Pelayanan Publik dan Perizinan Berusaha",
        "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik", "UNDANG-UNDANG NOMOR 23 TAHUN 2014", "Salinan Peraturan Bupati",
        "Copy Peraturan Menteri", "Pendidikan D3/S1", "Perda", "Perbup Nomor 1", "Keputusan Kepala Dinas", "Instruksi Presiden",
        "Peraturan\r\nDaerah", "Peratur\u{E1}n Daerah", "Per\u{301}aturan", "Peraturan Pemerintah " + long, "Peraturan " + long + "\u{301}",
        "Peraturan " + String(long.prefix(50)) + "\u{E9}", "Peraturan " + String(long.prefix(49)) + "e\u{301} x", "Peraturan " + String(long.prefix(50)) + "\r\n",
        long + "Peraturan", "Surat Edaran Menteri Dalam Negeri", "Permendagri Nomor 77 Tahun 2020",
    ]

    @Test(arguments: texts) func regulationStartOnBytesAgreesWithText(_ text: String) {
        var copy = text
        let onBytes = copy.withUTF8 { TwoColumnList.startsLikeRegulation($0) }
        #expect(onBytes == LegalReferenceParser.startsLikeRegulation(text), "\(text.debugDescription)")
    }

    /// Texts whose kind is read on their bytes: empty, punctuation and tabs between words, skipped
    /// "Salinan"/"Copy", prefixes cut short, keys longer than the folding buffer, and non-ASCII bytes
    /// (é, —, ’, NBSP, a combining mark) before and after the folded prefix.
    static let kindTexts = [
        "", " ", "\t", "...", "Peraturan", "peraturan", "PERATURAN", "Peraturan\tDaerah", "Peraturan--Daerah ;",
        "  Undang-Undang  Dasar", "UU", "UUD", "Salinan Copy Perda", "Copy", "Salinan ", "salinan\tperaturan bupati",
        "Peraturan Wali Kota", "Peraturan Walikota", "Perwali Nomor 3", "Perwal", "Perdagangan", "Pera", "Inpres/2009",
        "Surat  Edaran\tMenteri", "Keputusan   Kepala", "1. Peraturan", "(Peraturan)", "Per aturan", "Pendidikan D3/S1",
        "Peraturan Pemerintah Pengganti Undang-Undang Nomor 1 Tahun 2020 tentang Kebijakan Keuangan Negara",
        String(repeating: "a ", count: 40) + "Peraturan", String(repeating: "-", count: 70) + "Perda",
        "Salinan " + String(repeating: "x", count: 70), "Perpres" + String(repeating: "x", count: 70),
        "Peraturan\u{00A0}Daerah", "\u{00A0}Perda", "Peraturan — Daerah", "’Peraturan", "Per\u{301}aturan", "Perátúran",
        "Peraturan Daerah " + String(repeating: "x", count: 60) + "é", "Peraturan\r\nDaerah", "é",
    ]

    @Test(arguments: kindTexts) func kindOnBytesAgreesWithKey(_ text: String) {
        let reference = LegalReferenceParser.kind(ofKey: TextFolding.key(text))
        var copy = text
        let onBytes = copy.withUTF8 { LegalReferenceParser.kind(ofUTF8: $0) }
        if text.utf8.allSatisfy({ $0 < 0x80 }) { #expect(onBytes != nil, "\(text.debugDescription)") }
        if let onBytes { #expect(onBytes == reference, "\(text.debugDescription)") }
        #expect(LegalReferenceParser.kind(of: text) == reference, "\(text.debugDescription)")
        #expect(LegalReferenceParser.kind(of: text[...]) == reference, "\(text.debugDescription)")
    }

    @Test func regulationStartExamples() {
        var regulation = "Peraturan Daerah Nomor 3 Tahun 2019 tentang Pelayanan Publik dan Perizinan Berusaha"
        #expect(regulation.withUTF8 { TwoColumnList.startsLikeRegulation($0) })
        var qualification = "Pendidikan D3/S1"
        #expect(!qualification.withUTF8 { TwoColumnList.startsLikeRegulation($0) })
    }
}
