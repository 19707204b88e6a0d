@testable import SOPKit
import Testing

/// `ListSplitter.splitGlued` of ASCII text, whose boundaries are found on its bytes, against the
/// reference split on Unicode scalars and their properties (`NormaliserBytesTests.splitGluedReference`).
@Suite struct ListSplitterGluedBytesTests {
    @Test(arguments: [
        ("RenstraFormat penyusunan LKjIPDokumen", ["Renstra", "Format penyusunan LKjIP", "Dokumen"]),
        ("Nomor 5587).Peraturan Pemerintah", ["Nomor 5587).", "Peraturan Pemerintah"]),
        ("UUD 1945.Peraturan", ["UUD 1945.", "Peraturan"]),
        ("Dokumen).Surat", ["Dokumen).", "Surat"]),
        ("Kab.Tanjab Barat", ["Kab.Tanjab Barat"]),
        ("Administrasi.Peraturan", ["Administrasi.", "Peraturan"]),
        ("SOP Rapat InternalSOP Pengumpulan Data", ["SOP Rapat Internal", "SOP Pengumpulan Data"]),
        ("abCd", ["ab", "Cd"]),
        ("abcDE", ["abcDE"]),
        ("abcdeDE", ["abcde", "DE"]),
        ("DataKPI", ["DataKPI"]),
        ("LKjIPDokumen", ["LKjIP", "Dokumen"]),
        ("SiMPEGAplikasi", ["SiMPEG", "Aplikasi"]),
        ("PermenPANRB Nomor 35KemenPANRB", ["PermenPANRB Nomor 35KemenPANRB"]),
        ("  RenstraFormat\t", ["Renstra", "Format"]),
        ("A", ["A"]),
        ("", []),
        (" \t ", []),
    ])
    func asciiExamples(text: String, items: [String]) {
        #expect(ListSplitter.splitGlued(text) == items)
        #expect(NormaliserBytesTests.splitGluedReference(text) == items)
    }

    /// Thousands of texts drawn from glued words, mixed-case names, punctuation, digits, spaces and
    /// tabs (ASCII, split on the bytes), and the same with a character outside ASCII (split on the
    /// scalars): both agree with the reference, and appending keeps the items held before.
    @Test func generatedTextsAgreeWithTheReference() {
        let pieces = ["Renstra", "Format", "penyusunan", "LKjIP", "Dokumen", "SOP", "Internal", "ab", "abc", "Ab", "ABc",
            "KPI", "MenPAN", "PermenPANRB", "KemenKes", "SiLPA", "eKinerja", "BerAKHLAK", ".", ")", "(", ").", "5587", "1",
            " ", "  ", "\t", "Peraturan", "A", "Z", "z", "x", "DE", "Kab.", "-", ",", "Data"]
        var generator = SplitMix(seed: 0x6C75_6564)
        for round in 0..<5_000 {
            let text = (0..<(round % 9 + 1)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            for variant in [text, text + "é", "Ü" + text] {
                #expect(ListSplitter.splitGlued(variant) == NormaliserBytesTests.splitGluedReference(variant), "\(variant)")
            }
            var held = ["Peraturan Bupati"]
            ListSplitter.appendGluedItems(of: text, to: &held)
            #expect(held == ["Peraturan Bupati"] + NormaliserBytesTests.splitGluedReference(text), "\(text)")
        }
    }
}
