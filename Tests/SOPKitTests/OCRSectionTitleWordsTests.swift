@testable import SOPKit
import Testing

/// The first-word table of section titles (`NarrativeSections.keyMayBeSectionTitle`) turns down only
/// keys that `Vocabulary.isSectionTitle(key:)` turns down, and admits every title.
@Suite struct OCRSectionTitleWordsTests {
    /// The section titles of `Vocabulary`.
    static let titles = Vocabulary.sectionTitleStarts

    /// The first words of the titles, each once: the words `NarrativeSections.isSectionTitleFirstWord`
    /// and `sectionTitleFirstWordLengths` write out.
    static let firstWords = Array(Set(titles.map { String($0.prefix { $0 != " " }) }))

    static let keys: [String] = titles.flatMap { title in
        [title, title + " pelayanan", title + "x", title + " é", "x" + title, title + String(repeating: " a", count: 9)]
    } + OCRSectionTitleGateTests.texts.map { TextFolding.key($0) } + [
        "", "a", "z", "tujuané", "tujuan\u{301}", "latarbelakang", "latar", "waktu", "uraian kegiatan", "dasar hukum",
        String(repeating: "persyaratan", count: 3), "pengertianpengertian x", "é", "1 tujuan",
    ]

    @Test func everyTitleStartsWithAWordOfTheTable() {
        #expect(Self.firstWords.allSatisfy { $0.utf8.count <= PackedASCIIWord.capacity })
        for title in Self.titles {
            #expect(Vocabulary.isSectionTitle(key: title))
            #expect(NarrativeSections.keyMayBeSectionTitle(title), "\(title)")
        }
    }

    @Test func lengthsByInitialAreThoseOfTheWords() {
        for initial in UInt8(0)...UInt8(255) {
            let expected = Self.firstWords.filter { $0.utf8.first == initial }
                .reduce(UInt16(0)) { $0 | 1 << $1.utf8.count }
            #expect(NarrativeSections.sectionTitleFirstWordLengths(initial: initial) == expected, "\(initial)")
        }
    }

    /// `keyBytesMayBeSectionTitle` is the look-up of the key's first word (its bytes up to the first
    /// space) in `sectionTitleFirstWords`, on generated keys: titles' words cut, lengthened and changed
    /// at every length, with spaces, non-ASCII bytes and long runs.
    @Test func firstWordTurnDownAgreesWithTheWordList() {
        let words = Set(Self.firstWords.map { Array($0.utf8) })
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

    /// Every first word of a title, and words near them: cut, lengthened, changed in one letter, in
    /// upper case, with a mark or a space.
    @Test(arguments: [
        ("biaya", true), ("dasar", true), ("definisi", true), ("jadwal", true), ("kebijakan", true), ("latar", true),
        ("maksud", true), ("mekanisme", true), ("produk", true), ("prosedur", true), ("penanganan", true),
        ("pengertian", true), ("persyaratan", true), ("ruang", true), ("sarana", true), ("tempat", true),
        ("tujuan", true), ("uraian", true), ("waktu", true), ("biay", false), ("biayaa", false), ("dasarx", false),
        ("definis", false), ("prosedurx", false), ("penangana", false), ("pengertiam", false), ("Tujuan", false),
        ("tujuaN", false), ("tujuané", false), ("é", false), ("a", false), ("ruang lingkup", false), ("tempat ", false),
        ("hukum", false), ("1", false), ("persyaratan persyaratan", false),
    ])
    func firstWordIsComparedWithTheWords(_ word: String, _ expected: Bool) {
        let answer = Array(word.utf8).withUnsafeBufferPointer(NarrativeSections.isSectionTitleFirstWord)
        #expect(answer == expected, "\(word)")
        #expect(answer == Self.firstWords.contains(word), "\(word)")
    }
}
