@testable import SOPKit
import Testing

/// `LineClassifier.startsWithColon`, read from a cell's first two bytes, against `hasPrefix(":")` on
/// the characters it stands in for.
@Suite struct LineColonTests {
    @Test func colonStartsReadFromBytes() {
        let cases: [(String, Bool)] = [
            (":", true), (": 12", true), (":x", true), ("::", true), (":\r\n", true), (":\t", true), (":é", true),
            (":\u{A0}Nomor", true), ("", false), ("x:", false), (" :", false), ("\u{FF1A}", false), ("é:", false),
        ]
        for (text, expected) in cases {
            #expect(LineClassifier.startsWithColon(text) == expected, "\(text.unicodeScalars.map(\.value))")
            #expect(LineClassifier.startsWithColon(text) == text.hasPrefix(":"), "\(text.unicodeScalars.map(\.value))")
        }
        // A colon carrying a combining mark is one character that is not ":": the characters decide.
        for text in [":\u{301}", ":\u{301} 12", ":\u{20E3}"] {
            #expect(LineClassifier.startsWithColon(text) == text.hasPrefix(":"), "\(text.unicodeScalars.map(\.value))")
        }
    }
}
