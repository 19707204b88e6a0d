@testable import SOPKit
import Testing

/// `Vocabulary.LabelTail` (what follows a label's words, read from the bytes) against the reading on
/// characters it stands for (`Vocabulary.labelMatch(_:weak:in:endingAt:_:)`), and whole labels against
/// `identityLabelComparingCharacters`, on tails with spaces, dots, colons, non-ASCII text (é, —, ’,
/// no-break spaces, combining marks), tabs and long values.
@Suite struct LabelTailTests {
    static let tails = [
        "", " ", ".", ":", " : ", ". : x", " . . : 5", "  :  503/12", ":503", " :: 1", "\t: 1", " \t1", " x", ".x",
        " é", ":é", " :é", ": é", " \u{301}x", ".\u{301}", ":\u{301} 1", " : \u{301}1", " \u{A0}: 1", "\u{A0}1",
        " — 1", " ’ 1", " : Dinas Komunikasi — Bidang ’A’", " :\r\n1", " \r\n",
        " : " + String(repeating: "Nilai panjang é ", count: 40), String(repeating: " ", count: 300) + ": x",
        String(repeating: ". ", count: 100) + ":" + String(repeating: " ", count: 100),
    ]

    static let labels = ["Nomor SOP", "No", "Nama", "Judul", "Dasar Hukum", "Tgl. Revisi", "Keterangan", "Kepala"]

    /// What the characters give for the text after the words ending at `end`: the rest's byte offset
    /// and whether a colon came.
    static func characterTail(_ text: Substring, wordsEnd: Int) -> (Int, Bool) {
        let end = text.utf8.index(text.utf8.startIndex, offsetBy: wordsEnd)
        let match = Vocabulary.labelMatch(.number, weak: false, in: text, endingAt: end, true)!
        return (text.utf8.distance(from: text.utf8.startIndex, to: match.rest.startIndex), match.hadColon)
    }

    @Test func tailsAgreeWithCharacters() {
        for word in ["Nomor", "x", ""] {
            for tail in Self.tails {
                let text = Substring(word + tail)
                let bytes = Array(text.utf8)
                let answer = bytes.withUnsafeBufferPointer { Vocabulary.LabelTail($0, from: word.utf8.count) }
                guard let answer else {
                    // Left to the characters only when a byte outside ASCII stands right after a skipped byte.
                    #expect(bytes.contains { $0 >= 0x80 }, "\(text)")
                    continue
                }
                let (restStart, hadColon) = Self.characterTail(text, wordsEnd: word.utf8.count)
                #expect(answer.restStart == restStart && answer.hadColon == hadColon, "\(text)")
            }
        }
    }

    @Test func labelsAgreeWithCharacters() {
        for label in Self.labels {
            for tail in Self.tails {
                let text = label + tail
                for allowWeak in [false, true] {
                    let answer = Vocabulary.identityLabel(at: text, allowWeakWithoutColon: allowWeak)
                    let expected = Vocabulary.identityLabelComparingCharacters(at: text[...], allowWeakWithoutColon: allowWeak)
                    #expect(answer == expected, "\(text) \(allowWeak)")
                    #expect(answer?.rest.startIndex == expected?.rest.startIndex, "\(text) \(allowWeak)")
                }
            }
        }
    }
}
