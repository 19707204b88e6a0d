@testable import SOPKit
import Testing

/// `RoleWordHashTable` finds a word exactly when a dictionary of its words does, and refuses the words
/// it cannot hold, as `ASCIIWordTable` does.
@Suite struct RoleWordHashTableTests {
    /// Words of every length around the eight bytes the hash reads, words that share their first eight
    /// bytes or differ only in their length, and the one-byte "&".
    static let tableWords: [Substring] = [
        "&", "a", "ab", "dan", "kepala", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghij", "abcdefgh1", "abcdefgh2",
        "menandatangani", "menandatangan", "mengadministrasikan", "sub bagian", "a\u{0}", "12", "kasubbag",
        "mendistribusikan", "abcdefghijklmnop", "abcdefghijklmnopq", "abcdefghijklmno",
    ]

    /// The words of the table, each changed a little, and words it must not find: empty, non-ASCII,
    /// capitals, longer and shorter.
    static var probes: [Substring] {
        var probes: [Substring] = []
        for word in tableWords {
            probes += [
                word, word + "s", word.dropLast(), word.dropFirst(), Substring(word.uppercased()), word.dropLast() + "x",
                word + word, "x" + word,
            ]
        }
        probes += [
            "", " ", "abcdefgh\u{0}", "abcdefg\u{0}", "a\u{0}\u{0}", "\u{0}", "café", "kepala\u{301}", "\u{212A}epala",
            "ｋepala", "kepala;", "&&", Substring(String(repeating: "a", count: 40)), "abcdefghijk", "abcdefgi",
            // Words of nine to sixteen bytes that differ from a word of the table in one byte after the eighth.
            "abcdefghXjklmnop", "abcdefghijklmnoX", "abcdefghijklmnXp", "abcdefghijklmnXpq", "mendistribusikaN",
            "mendistribusikaé", "abcdefgh\u{0}jklmno",
        ]
        return probes
    }

    @Test func findsWhatADictionaryFinds() throws {
        let dictionary = Dictionary(uniqueKeysWithValues: Self.tableWords.enumerated().map { ($0.element, $0.offset) })
        let table = try #require(RoleWordHashTable(Self.tableWords.enumerated().map { (word: $0.element, value: $0.offset) }))
        for probe in Self.probes {
            let found = Array(probe.utf8).withUnsafeBufferPointer { table.value(for: $0) }
            #expect(found == dictionary[probe], "\(Array(probe.utf8))")
        }
    }

    @Test func findsAWordInsideATextAsOnItsOwn() throws {
        let dictionary = Dictionary(uniqueKeysWithValues: Self.tableWords.enumerated().map { ($0.element, $0.offset) })
        let table = try #require(RoleWordHashTable(Self.tableWords.enumerated().map { (word: $0.element, value: $0.offset) }))
        // Texts that end with the word, and texts with more than eight bytes after its start.
        let surroundings: [(String, String)] = [("", ""), ("xx ", ""), ("", " yyyyyyyy"), ("abc", "defghijkl"), ("é ", "\u{0}\u{0}ü")]
        for probe in Self.probes {
            for (before, after) in surroundings {
                let text = Array((before + probe + after).utf8)
                let range = before.utf8.count..<(before.utf8.count + probe.utf8.count)
                let found = text.withUnsafeBufferPointer { table.value(in: $0, range) }
                #expect(found == dictionary[probe], "\(before)|\(probe)|\(after)")
            }
        }
    }

    @Test func findsEveryWordOfAFullTable() throws {
        // Many words of the same length and first letters fill neighbouring slots.
        let words = (0..<600).map { Substring("w\($0)") } + (0..<200).map { Substring("kepala\($0)x") }
        let table = try #require(RoleWordHashTable(words.enumerated().map { (word: $0.element, value: $0.offset) }))
        for (index, word) in words.enumerated() {
            #expect(Array(word.utf8).withUnsafeBufferPointer { table.value(for: $0) } == index, "\(word)")
            #expect(Array((word + "q").utf8).withUnsafeBufferPointer { table.value(for: $0) } == nil, "\(word)q")
        }
    }

    @Test func refusesWordsItCannotHold() {
        for word: Substring in ["", "Kepala", "café", "a;b", "a`b", "\u{212A}"] {
            #expect(RoleWordHashTable([(word: "kepala", value: 0), (word: word, value: 1)]) == nil, "\(word)")
            #expect(ASCIIWordTable([(word: "kepala", value: 0), (word: word, value: 1)]) == nil, "\(word)")
        }
    }

    @Test func emptyTableFindsNothing() throws {
        let table = try #require(RoleWordHashTable([(word: Substring, value: Int)]()))
        for probe: Substring in ["", "a", "kepala", "abcdefghij"] {
            #expect(Array(probe.utf8).withUnsafeBufferPointer { table.value(for: $0) } == nil)
        }
    }
}
