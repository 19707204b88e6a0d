@testable import SOPKit
import Testing

/// The normalisers' byte-level paths of the nineteenth round answer as the code they replaced (kept
/// here as reference copies): `Slug.uniqued` without sets for ids that do not repeat,
/// `ListSplitter.removingMarker` cut on bytes, and `LegalReferenceParser.kind(of:)` folding with a
/// table and comparing only the key's first word's group of prefixes.
@Suite struct NormaliserBytesRound19Tests {
    /// `Slug.uniqued` as it was: every id through a set and a dictionary of counters.
    static func referenceUniqued(_ ids: [String]) -> [String] {
        var seen: Set<String> = []
        var nextCounter: [String: Int] = [:]
        return ids.map { id in
            var candidate = id
            var counter = nextCounter[id] ?? 2
            while seen.contains(candidate) {
                candidate = "\(id)-\(counter)"
                counter += 1
            }
            nextCounter[id] = counter
            seen.insert(candidate)
            return candidate
        }
    }

    /// Id lists: empty, one, distinct, repeated, repeats whose suffixes collide with other ids,
    /// canonically equal spellings ("é" and "e" with a combining accent), and lists longer than
    /// the pairwise check.
    static let idLists: [[String]] = [
        [], ["sop-1"], ["a", "b", "c"], ["a", "a"], ["a", "b", "a"], ["a", "a-2", "a"], ["a-2", "a", "a"],
        ["caf\u{E9}", "cafe\u{301}"], ["", ""], ["x\u{A0}y", "x y"], [String(repeating: "panjang-", count: 40)],
        (1...16).map { "sop-\($0)" }, (1...16).map { "sop-\($0)" } + ["sop-1"], (1...17).map { "sop-\($0)" },
        (1...20).map { "sop-\($0 % 3)" }, Array(repeating: "sop", count: 18) + ["sop-2"],
    ]

    @Test(arguments: idLists) func uniquedAgreesWithSets(_ ids: [String]) {
        #expect(Slug.uniqued(ids) == Self.referenceUniqued(ids), "\(ids)")
    }

    /// `ListSplitter.removingMarker` as it was: the text after the marker trimmed as characters.
    static func referenceRemovingMarker(_ text: String) -> String {
        ListSplitter.removingMarkerComparingCharacters(text)
    }

    /// Items with and without markers: empty, white space only, tabs and line ends, non-ASCII
    /// bullets and letters, no-break spaces, combining marks right after a marker or a space, a
    /// prepended Arabic sign before a trailing space, and a long item.
    static let markedItems: [String] = [
        "", " ", "\t\n", "1.", "1. ", "1.Komputer", "1. Komputer", "12) Komputer ", "123. Printer\t", "1234. Meja",
        "a. Kertas", "a) Kertas", "b.", "é. Kertas", "é) Kertas", "- Pena", "-Pena", "* Pena", "• Pena", "·Pena",
        "– Pena", "\u{A0}1. Pena", "1.\u{A0}Pena", "1. Pena\u{A0}", "1.\u{301} Pena", "1. \u{301}Pena",
        "-\u{301}Pena", "1. é Pena", "1. Pena é", "1. Pena\u{600} ", "Pena\u{600} ", "\t  Komputer  \r\n",
        "Komputer", "1. \r\nPena", "a.\u{301}", "1 Pena", "(1) Pena", "1.5 kg",
        "1. " + String(repeating: "Komputer jinjing ", count: 200) + "  ",
    ]

    @Test(arguments: markedItems) func removingMarkerAgreesWithCharacters(_ text: String) {
        let expected = Self.referenceRemovingMarker(text)
        #expect(ListSplitter.removingMarker(text) == expected, "\(text.unicodeScalars.map(\.value))")
        #expect(ListSplitter.removingMarker(text[...]) == expected)
    }

    /// Dasar Hukum texts as they stand in files: punctuation and tabs between words, upper case,
    /// numbers, non-ASCII bytes early and late, texts longer than the folded key, and texts that
    /// start no kind.
    static let regulationTexts: [String] = {
        var texts = [
            "", " ", "-", "1.", "Peraturan", "PERATURAN", "Peraturan\tBupati Landak Nomor: 36",
            "Peraturan Bupati Landak Nomor: 36 Tahun 2015 Tentang Kepegawaian",
            "SALINAN - Peraturan Menteri Dalam Negeri", "Salinan Copy PERPPU No. 2/2020", "copy salinan perda",
            "Undang-Undang Nomor 9 Tahun 2015", "Undang-undang Dasar 1945", "UU.No.9/2015", "U.U. Nomor 9",
            "Permendagri Nomor 86 Tahun 2017", "Perbupx nomor 4", "Peraturan Walikotanya nomor 1",
            "Peraturan Wali Kota Bandung", "Peraturan-Wali-Kota", "Undangan rapat", "Keputusan", "Keputusanku",
            "Surat Keterangan Kerja", "Surat Edaran Menteri PANRB", "Instruksi Presiden", "Inpresnya", "Perdana",
            "Pergubernuran", "PP 60/2008", "PPK", "uuk", "kepmenpan", "Pé", "é Peraturan", "Peraturané Bupati",
            "• Peraturan Daerah", "Peraturan Daerah — Kota", "Peraturan\u{A0}Daerah", "Peraturan Daerah\u{301}",
            "Nomor 5 Tahun 2010", "Tentang Statistik", "2. Peraturan Presiden", "(Peraturan Presiden)",
        ]
        let longPrefix = "Peraturan Pemerintah Pengganti Undang-Undang"
        texts += [
            longPrefix, longPrefix + " Nomor 1", longPrefix + "nya", "Salinan Copy " + longPrefix + " Nomor 2",
            "Salinan, Copy: " + longPrefix + " Nomor 2 Tahun 2020 tentang Kebijakan Keuangan é",
            String(repeating: "Peraturan ", count: 12), String(repeating: "x ", count: 40) + "é",
            "Peraturan " + String(repeating: "a", count: 70), "Peraturan " + String(repeating: "b", count: 70) + "é",
        ]
        return texts
    }()

    @Test(arguments: regulationTexts) func kindAgreesWithWholeKey(_ text: String) {
        let expected = LegalReferenceParser.kindComparingCharacters(ofKey: TextFolding.key(text))
        #expect(LegalReferenceParser.kind(of: text) == expected, "\(text)")
        #expect(LegalReferenceParser.kind(ofKey: TextFolding.key(text)) == expected, "\(text)")
        var copy = text
        let onBytes = copy.withUTF8(LegalReferenceParser.kind(ofUTF8:))
        if let onBytes { #expect(onBytes == expected, "\(text)") }
    }
}
