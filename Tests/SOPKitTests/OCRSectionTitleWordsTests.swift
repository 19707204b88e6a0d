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

    @Test func lengthsByInitialAreThoseOfTheWords() {
        for initial in UInt8(0)...UInt8(255) {
            let expected = NarrativeSections.sectionTitleFirstWords.filter { $0.utf8.first == initial }
                .reduce(UInt16(0)) { $0 | 1 << $1.utf8.count }
            #expect(NarrativeSections.sectionTitleFirstWordLengths(initial: initial) == expected, "\(initial)")
        }
    }

    /// `keyBytesMayBeSectionTitle` is the look-up of the key's first word (its bytes up to the first
    /// space) in `sectionTitleFirstWords`, on generated keys: titles' words cut, lengthened and changed
    /// at every length, with spaces, non-ASCII bytes and long runs.
    @Test func firstWordTurnDownAgreesWithTheWordList() {
        let words = Set(NarrativeSections.sectionTitleFirstWords.map { Array($0.utf8) })
        var generator = SplitMix(seed: 0x717E_0028)
        let alphabet: [UInt8] = Array("abcdeijklmnoprstuwy ".utf8) + [0xC3, 0xA9, 0x41, 0x31]
        var keys: [[UInt8]] = Self.keys.map { Array($0.utf8) }
        for word in words {
            for cut in 0...word.count { keys.append(Array(word[..<cut])); keys.append(Array(word[..<cut]) + [0x20, 0x61]) }
        }
        for _ in 0..<40_000 {
            var key: [UInt8] = []
            if Bool.random(using: &generator), let word = words.randomElement(using: &generator) { key = word }
            for _ in 0..<Int.random(in: 0...20, using: &generator) {
                key.append(alphabet.randomElement(using: &generator)!)
            }
            keys.append(key)
        }
        for key in keys {
            let firstWord = Array(key.prefix { $0 != 0x20 })
            let answer = key.withUnsafeBufferPointer(NarrativeSections.keyBytesMayBeSectionTitle)
            #expect(answer == words.contains(firstWord), "\(key)")
        }
    }

    @Test func tableTurnsDownOnlyKeysThatAreNoTitle() {
        for key in Self.keys + OCRFrontBytesTests.corpusLines.map({ OCRLine(number: 1, text: $0).key }) {
            if !NarrativeSections.keyMayBeSectionTitle(key) { #expect(!Vocabulary.isSectionTitle(key: key), "\(key)") }
        }
    }
}
