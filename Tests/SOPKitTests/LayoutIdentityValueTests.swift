@testable import SOPKit
import Testing

/// The layout identity parser's byte-level reading of a value's first characters agrees with the
/// string comparison it replaced (`text.hasPrefix(":")`), on colons followed by ASCII, by non-ASCII
/// letters, by combining marks that join the colon into a larger character, and on long texts.
@Suite struct LayoutIdentityValueTests {
    static let texts: [String] = [
        "", ":", "::", ": 12", ":12", ":\t12", ":\u{301}", ":\u{301} 12", ":é", ":\u{00A0}12", ":—", ":\r\n",
        " :", "a:", "é:", "\u{FF1A}", "\u{FE55}", "Nomor : 12", "-", "…", String(repeating: ":ab ", count: 500),
        ":" + String(repeating: "é", count: 300), "\u{301}:",
    ]

    @Test(arguments: texts) func stringReadingAgreesWithHasPrefix(_ text: String) {
        #expect(LayoutIdentityParser.startsWithColonCharacter(text) == text.hasPrefix(":"))
    }

    @Test(arguments: texts) func byteReadingAgreesWithHasPrefix(_ text: String) {
        let answer = Array(text.utf8).withUnsafeBufferPointer(LayoutIdentityParser.startsWithColonCharacter(utf8:))
        #expect(answer == text.hasPrefix(":"))
    }

    @Test func examples() {
        #expect(LayoutIdentityParser.startsWithColonCharacter(": 12"))
        #expect(LayoutIdentityParser.startsWithColonCharacter(":"))
        #expect(!LayoutIdentityParser.startsWithColonCharacter(":\u{301}"))
        #expect(!LayoutIdentityParser.startsWithColonCharacter(""))
        #expect(!LayoutIdentityParser.startsWithColonCharacter("a:"))
    }
}
