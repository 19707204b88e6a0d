@testable import SOPKit
import Testing

/// `StepNumber.parse` of strings and substrings, whose bytes it reads in place, against a reference
/// that reads the characters.
@Suite struct StepNumberBytesTests {
    /// The reference: up to three ASCII digits, then at most one "." or ")", spaces anywhere.
    static func parseReference(_ text: some StringProtocol) -> Int? {
        var digits = ""
        var sawTerminator = false
        for character in text {
            switch character {
            case "0"..."9" where character.isASCII:
                guard !sawTerminator, digits.count < 3 else { return nil }
                digits.append(character)
            case ".", ")":
                guard !digits.isEmpty, !sawTerminator else { return nil }
                sawTerminator = true
            case " ":
                continue
            default:
                return nil
            }
        }
        return digits.isEmpty ? nil : Int(digits)
    }

    @Test(arguments: [
        ("1", 1), ("1.", 1), (" 12 )", 12), ("999", 999), ("007.", 7), ("1 .", 1), ("1000", nil), ("1..", nil), (".1", nil),
        ("", nil), ("  ", nil), ("1a", nil), ("١", nil), ("1\u{301}", nil), ("1\u{A0}", nil), ("12) Memberi", nil),
        (String(repeating: " ", count: 40) + "3.", 3),
    ] as [(String, Int?)])
    func examples(text: String, number: Int?) {
        #expect(StepNumber.parse(text) == number)
        #expect(StepNumber.parse("x\(text)y".dropFirst().dropLast()) == number)
        #expect(Self.parseReference(text) == number)
    }

    /// Thousands of texts of digits, terminators, spaces, letters and characters outside ASCII, short
    /// (stored inline) and long, whole and as slices of longer strings.
    @Test func generatedTextsAgreeWithTheReference() {
        let pieces = ["1", "2", "9", "0", "12", ".", ")", " ", "   ", "a", "é", "\u{301}", "١", "\t", "Memberi arahan"]
        var generator = SplitMix(seed: 0x5374_6570)
        for round in 0..<5_000 {
            let text = (0..<(round % 6 + 1)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            let expected = Self.parseReference(text)
            #expect(StepNumber.parse(text) == expected, "\(text.debugDescription)")
            // The slice is cut at byte offsets, so that a leading combining mark is not joined to "(".
            let wrapped = "(" + text + ") panjang sekali"
            let start = wrapped.utf8.index(after: wrapped.utf8.startIndex)
            let slice = wrapped[start..<wrapped.utf8.index(start, offsetBy: text.utf8.count)]
            #expect(StepNumber.parse(slice) == expected, "\(text.debugDescription)")
        }
    }
}
