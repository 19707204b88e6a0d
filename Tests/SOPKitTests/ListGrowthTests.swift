@testable import SOPKit
import Testing

/// List items grown line by line are extended in place: the same texts as joining the whole item
/// again for every line, in time that grows with the input rather than with its square.
@Suite struct ListGrowthTests {
    @Test(arguments: [
        "", " ", "  ", "a", "a ", " a", "satu dua", "satu dua ", "satu  dua  ", "Undang-Undang Nomor 43",
        "kata \u{301}lain", "kata\u{301} lain", "a \u{A0}b", "\u{A0} x", "é è", "é x", "x é", "tahun 2009 dan",
        "Kepegawaia n", "a\tb c", "“kutip” akhir", "ends with space ",
    ])
    func lastWordIsTheLastPieceOfASplitAtSpaces(text: String) {
        let expected = text.split(separator: " ").last.map(String.init) ?? ""
        #expect(TextFolding.lastWord(of: text) == expected)
        #expect(TextFolding.lastWordComparingCharacters(of: text) == expected)
    }

    @Test func layoutListContinuationsGiveTheTextsOfAWholeJoin() throws {
        let lines = [
            "1. Undang-Undang Nomor 16 Tahun 1997 Tentang Statistik;",
            "2. Peraturan Pemerintah Nomor 28 Tahun 2012 tentang Peraturan Pelaksanaan Undang-",
            "Undang Nomor 43 Tahun 2009 tentang Kearsipan;",
            "3. Peraturan Badan Pusat Statistik Nomor 5 Tahun 2023 tentang Organisasi dan",
            "Tata  Kerja \u{A0}Badan Pusat Statistik Provinsi dan/",
            "Kabupaten Kota",
            "Kepegawaia",
            "n daerah",
            "4. Pengadmini",
            "strasi Kepegawaian",
        ]
        let items = LayoutListReader.items(lines)
        #expect(items == [
            "Undang-Undang Nomor 16 Tahun 1997 Tentang Statistik;",
            LayoutText.join([
                "Peraturan Pemerintah Nomor 28 Tahun 2012 tentang Peraturan Pelaksanaan Undang-",
                "Undang Nomor 43 Tahun 2009 tentang Kearsipan;",
            ]),
            LayoutText.join([
                "Peraturan Badan Pusat Statistik Nomor 5 Tahun 2023 tentang Organisasi dan",
                "Tata  Kerja \u{A0}Badan Pusat Statistik Provinsi dan/", "Kabupaten Kota", "Kepegawaia", "n daerah",
            ]),
            LayoutText.join(["Pengadmini", "strasi Kepegawaian"]),
        ])
        try #require(items.count == 4)
        #expect(items[1].hasSuffix("Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan;"))
        #expect(items[2].contains("Tata Kerja Badan Pusat Statistik Provinsi dan/Kabupaten Kota"))
    }

    @Test func manyContinuationLinesMakeOneItem() {
        let line = "Undang Nomor 43 Tahun 2009 tentang Kearsipan dan lain"
        let lines = ["1. Peraturan tentang"] + Array(repeating: line, count: 40_000)
        let items = LayoutListReader.items(lines)
        #expect(items.count == 1)
        #expect(items.first?.utf8.count == "Peraturan tentang".utf8.count + 40_000 * (line.utf8.count + 1))
    }

    @Test func manyLowerCaseLinesOfATabularListMakeOneItem() {
        var text = "Dasar Hukum :\tKualifikasi Pelaksana :\t\nPeraturan Bupati tentang\t\n"
        for _ in 0..<20_000 { text += "pelayanan publik dan lain lain\t\n" }
        text += "No\tKegiatan\tStaf\tWaktu\n1\tMenerima berkas\tv\t1 jam\n"
        let sop = SOPKit.parse(Array(text.utf8), file: "list.txt").sops.first
        #expect(sop?.legalBasis.count == 1)
        #expect(sop?.legalBasis.first?.text.utf8.count == "Peraturan Bupati tentang".utf8.count + 20_000 * 31)
    }
}

extension LayoutText {
    /// The pieces joined as `LayoutText` describes: appended one after another (`append(_:to:)`), then
    /// collapsed. The reference the list items and role names are checked against.
    static func join(_ pieces: [String]) -> String {
        var result = ""
        for piece in pieces { append(piece, to: &result) }
        return TextFolding.collapseWhitespace(result)
    }
}
