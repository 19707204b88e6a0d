@testable import SOPKit
import Testing

/// The first-word table of section titles (`NarrativeSections.keyMayBeSectionTitle`) turns down only
/// keys that `Vocabulary.isSectionTitle(key:)` turns down, and admits every title.
@Suite struct OCRSectionTitleWordsTests {
    /// The section titles of `Vocabulary`.
    static let titles = Vocabulary.sectionTitleStarts

    static let keys: [String] = titles.flatMap { title in
        [title, title + " pelayanan", title + "x", title + " é", "x" + title, title + String(repeating: " a", count: 9)]
    } + OCRSectionTitleGateTests.texts.map { TextFolding.key($0) } + [
        "", "a", "z", "tujuané", "tujuan\u{301}", "latarbelakang", "latar", "waktu", "uraian kegiatan", "dasar hukum",
        String(repeating: "persyaratan", count: 3), "pengertianpengertian x", "é", "1 tujuan",
    ]

    @Test func everyTitleStartsWithAWordOfTheTable() {
        #expect(NarrativeSections.sectionTitleFirstWords.allSatisfy { $0.utf8.count <= PackedASCIIWord.capacity })
        for title in Self.titles {
            #expect(Vocabulary.isSectionTitle(key: title))
            #expect(NarrativeSections.keyMayBeSectionTitle(title), "\(title)")
        }
    }

    @Test func tableTurnsDownOnlyKeysThatAreNoTitle() {
        for key in Self.keys + OCRFrontBytesTests.corpusLines.map({ OCRLine(number: 1, text: $0).key }) {
            if !NarrativeSections.keyMayBeSectionTitle(key) { #expect(!Vocabulary.isSectionTitle(key: key), "\(key)") }
        }
    }
}
