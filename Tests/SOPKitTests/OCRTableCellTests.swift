@testable import SOPKit
import Testing

/// The OCR table's cells joined word by word into one byte buffer (`OCRWordJoiner`) agree with the
/// `Character`-based joining they replaced: words joined into segment strings, and the segment strings
/// joined into the cell.
@Suite struct OCRTableCellTests {
    /// Words and segments with hyphens, capitals, non-ASCII letters, combining marks, prepended marks
    /// (U+0600 joins the character after it) and CR.
    static let segmentCases: [[[String]]] = [
        [], [[]], [["a"]], [["Surat", "permohonan"], ["KTP"]], [["Bidang-"], ["bidang"]], [["Bidang -"], ["bidang"]],
        [["Bidang", "-"], ["bidang"]], [["Kepala-"], ["Dinas"]], [["x\u{0600}-"], ["y"]], [["\u{0600} -"], ["y"]],
        [["-"], ["a"]], [["", ""], [""]], [["é-"], ["é"]], [["é-"], ["É"]], [["a-"], ["\u{301}b"]],
        [["a", "b-", "c", "-", "d"]], [["a", "b-"], ["c", "-", "d"]], [["berkas-"], ["\u{0600}x"]],
        [["berkas-"], ["b"]], [["berkas-"], ["bA"]], [["berkas-"], ["b\u{301}"]], [["a-"], ["\r\nb"]],
        [["a-"], ["b\r\n"]], [["2.", "a-"], ["b", "c-"], ["d"], ["E-"], ["f"]], [["ü-"], ["ñ", "x"], ["ß"]],
        [["Data-"], ["data", "pendukung-"], ["lainnya"]], [["\u{0600}"], ["x"]], [["x-", "\u{0600}"], ["y"]],
    ]

    /// The reference joining: by spaces, and a word glued to a text that ends with a hyphen (no space
    /// before it) when the word's first character is lower case.
    static func joinedByCharacters(_ words: [String]) -> String {
        var joined = ""
        for word in words where !word.isEmpty {
            if joined.isEmpty {
                joined = word
            } else if joined.hasSuffix("-"), let first = word.first, first.isLowercase, !joined.hasSuffix(" -") {
                joined += word
            } else {
                joined += " " + word
            }
        }
        return joined
    }

    @Test(arguments: segmentCases) func cellJoinedFromSegmentsAgreesWithJoinedSegmentStrings(_ segments: [[String]]) {
        let expected = Self.joinedByCharacters(segments.map(Self.joinedByCharacters))
        var cell = OCRWordJoiner(capacityHint: 4)
        var segment = OCRWordJoiner()
        for words in segments {
            for word in words { segment.append(word[...]) }
            cell.append(joined: segment)
            segment.removeAll()
        }
        #expect(cell.text == expected, "\(segments)")
        #expect(Array(cell.text.utf8) == Array(expected.utf8), "\(segments)")
        #expect(cell.textIfAny == (expected.isEmpty ? nil : expected), "\(segments)")
        #expect(cell.isEmpty == expected.isEmpty, "\(segments)")
        #expect(OCRTableParser.joinWords(segments.flatMap { $0 }) == Self.joinedByCharacters(segments.flatMap { $0 }))
    }

    @Test func aJoinerStartsAgainAfterRemovingItsWords() {
        var joiner = OCRWordJoiner()
        joiner.append("Berkas-"[...])
        joiner.removeAll()
        joiner.append("lengkap"[...])
        #expect(joiner.text == "lengkap")
    }

    @Test(arguments: ByteLevelHelperTests.texts + ["a", "aB", "Ab", "\u{0600}a", "a\u{0600}", "\u{301}", "\r", "\r\n", "ñ", "Ñ"])
    func startsWithLowercaseAgreesWithCharacters(_ text: String) {
        #expect(OCRWordJoiner.startsWithLowercase(Array(text.utf8)) == (text.first?.isLowercase == true), "\(text)")
    }

    @Test func misreadOnesAreTheListedTexts() {
        let listed: Set<String> = ["l", "L", "I", "J", "i", "!", "]", "IL", "Il"]
        let texts = Array(listed) + ["", "1", "ll", "IL ", "iL", "I\u{301}", "l\r", "|", "J.", "Ｉ"]
        for text in texts {
            #expect(OCRTableParser.isMisreadOne(text[...]) == listed.contains(text), "\(text)")
        }
    }
}
