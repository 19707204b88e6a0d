@testable import SOPKit
import Testing

/// `ASCIIWordSet` answers as the plain definitions it stands for: `Set<String>.contains` on the bytes,
/// and a byte-by-byte comparison with `0x20` set for `containsLowercased`, including long words, words
/// that differ only in their last byte, the empty word, NUL, control and non-ASCII bytes.
@Suite struct ASCIIWordSetTests {
    /// The words of the sets: short, eight bytes exactly, 16 and 24 bytes, longer, words that differ
    /// only in their last byte, and digits.
    static let words = [
        "a", "no", "dan", "kepala", "abcdefgh", "abcdefgi", "abcdefghi", "menyampaikannya", "abcdefghabcdefgh",
        "abcdefghabcdefghabcdefgh", "abcdefghabcdefghabcdefghx", "abcdefghabcdefghabcdefghy",
        "pertanggungjawabanpertanggungjawaban", "2", "10", "a1b2",
    ]

    /// Texts asked for: the words, their upper-case spellings, near misses, prefixes and extensions,
    /// bytes that `| 0x20` maps onto digits, NUL bytes and non-ASCII text.
    static let probes: [[UInt8]] = {
        var texts = words + words.map { $0.uppercased() } + words.map { $0 + "x" } + words.map { String($0.dropLast()) }
        texts += ["", "A", "Kepala", "KePaLa", "kepal", "kepalaa", "abcdefgj", "ABCDEFGH", "é", "kepal\u{e9}", "dan ", " dan"]
        texts += ["pertanggungjawabanpertanggungjawabam", "PERTANGGUNGJAWABANPERTANGGUNGJAWABAN"]
        var bytes = texts.map { Array($0.utf8) }
        bytes += [[0x12], [0x11, 0x10], [0x00], [0x61, 0x00], [0x41, 0x11, 0x42, 0x12], [0xE1], [0x64, 0x61, 0x6E, 0x80]]
        return bytes
    }()

    @Test(arguments: [words, [], ["kepala"], Array(words.prefix(5))])
    func agreesWithTheDefinitions(_ words: [String]) {
        let set = ASCIIWordSet(words)
        let reference = Set(words.map { Array($0.utf8) })
        for probe in Self.probes {
            #expect(set.contains(probe) == reference.contains(probe), "\(probe)")
            let lowered = reference.contains { $0.elementsEqual(probe, by: { $0 == $1 | 0x20 }) }
            #expect(set.containsLowercased(probe) == lowered, "\(probe)")
            let text = String(decoding: probe, as: UTF8.self)
            #expect(set.contains(text[...]) == Set(words).contains(text), "\(probe)")
        }
    }

    @Test func examples() {
        let set = ASCIIWordSet(Self.words)
        #expect(set.contains("kepala".utf8))
        #expect(!set.contains("Kepala".utf8))
        #expect(set.containsLowercased("KEPALA".utf8))
        #expect(set.containsLowercased([0x12]))
        #expect(!set.contains("abcdefghabcdefghabcdefghz".utf8))
        #expect(set.contains("abcdefghabcdefghabcdefghy".utf8))
        #expect(!set.contains("".utf8))
        #expect(ASCIIWordSet([""]).contains("".utf8))
    }
}
