@testable import SOPKit
import Testing

/// The byte readings that build the role lexicon at start-up give what the generic readings they
/// replace give: the words of a spelling (`RoleLexicon.words(ofSpelling:)` against the split of its
/// UTF-8 view), and the bytes of a word appended to an array (`appendUTF8(of:)` against
/// `append(contentsOf: word.utf8)`).
@Suite struct RoleLexiconBytesTests {
    /// Every spelling of the variant table, and texts with spaces at the ends, runs of spaces, no space,
    /// a single space, non-ASCII words and emptiness.
    static var spellings: [String] {
        RoleName.variants.flatMap(\.spellings) + [
            "", " ", "  ", "a", " a", "a ", " a ", "a  b", "ka sub bag", "  ka   sub  ", "café bar", "é", "a\u{301} b",
            "x\tb", String(repeating: "kepala ", count: 20),
        ]
    }

    @Test func spellingWordsAreThoseOfTheSplit() {
        for spelling in Self.spellings {
            let reference = spelling.utf8.split(separator: 0x20).map { Substring($0) }
            let words = RoleLexicon.words(ofSpelling: spelling)
            #expect(words == reference, "\(spelling.debugDescription)")
            #expect(words.map { Array($0.utf8) } == reference.map { Array($0.utf8) }, "\(spelling.debugDescription)")
        }
    }

    @Test func appendedBytesAreThoseOfTheUTF8View() {
        let texts = Self.spellings + ["kepala subbagian perencanaan", "Ünïcödé wörds", "\u{1F600} x"]
        for text in texts {
            // The whole text, and the pieces before and after each of its scalars.
            var pieces: [Substring] = [text[...]]
            for start in text.unicodeScalars.indices {
                pieces.append(Substring(text.unicodeScalars[start...]))
                pieces.append(Substring(text.unicodeScalars[..<start]))
            }
            for piece in pieces {
                var bytes: [UInt8] = [7, 8]
                var reference: [UInt8] = [7, 8]
                bytes.appendUTF8(of: piece)
                reference.append(contentsOf: piece.utf8)
                #expect(bytes == reference, "\(piece.debugDescription)")
            }
        }
    }
}
