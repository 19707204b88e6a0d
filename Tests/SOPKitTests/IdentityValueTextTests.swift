@testable import SOPKit
import Testing

/// The identity block's value texts worked out without a copy or a second pass agree with the readings
/// they stand in for: `valueText` of a string with the generic reading of a substring, and
/// `valueTextOfValueText` with `valueText` applied twice (as the identity lists read their lines before).
@Suite struct IdentityValueTextTests {
    /// Values with colons, spaces and white space of every kind at either end and inside, non-ASCII
    /// letters and punctuation, tabs, and long texts.
    static let texts: [String] = {
        let pieces = [
            "", " ", ":", "::", ": ", " :", "\t", "\u{A0}", "\u{2003}", "\u{3000}", "\u{202F}", "\r\n", "\u{301}", "é", "—",
            "’", "a", "12", "Nomor", "x y",
        ]
        var texts = LayoutParserBytesTests.spacedTexts + [
            ": 503", "::  x", " : : y", ":\u{301}x", ": \u{301}x", "  :", ": é", ":é", "  \u{A0}x", ": x  y ", ":\r\nx",
            ":\u{A0}: 12", ": \t: abc", "\u{A0}:x", "\t:x", ":\u{2003}:\u{2003}y", "Peraturan Bupati — Nomor 5’s",
            "Undang-Undang\u{A0}Nomor 9\tTahun 2015", String(repeating: "Peraturan Daerah Nomor 7 \u{A0} ", count: 60),
            String(repeating: "a", count: 1000) + " : ", ": " + String(repeating: "é ", count: 300),
        ]
        for first in pieces {
            for second in pieces {
                for third in pieces.prefix(8) { texts.append(first + second + third + "x" + third + second) }
            }
        }
        return texts
    }()

    /// The generic reading, as `valueText` read every value before it took strings on their own and
    /// checked for collapsed text eight bytes at a time.
    static func genericValueText(_ text: String) -> String {
        TextFolding.collapseWhitespace(Substring(text).drop { $0 == ":" || $0 == " " })
    }

    @Test func valueTextOfASubstringAgreesWithTheGenericReading() {
        for text in Self.texts {
            // A slice of a longer string, cut by UTF-8 positions so that it holds exactly the text's scalars.
            let padded = "\n" + text + "\n"
            let slice = padded[padded.utf8.index(after: padded.startIndex)..<padded.utf8.index(before: padded.endIndex)]
            #expect(Array(IdentityBlockParser.valueText(slice).utf8) == Array(Self.genericValueText(text).utf8), "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test func whiteSpaceAndCommasAreTrimmedAsTrimWithCommasTrimsThem() {
        let texts = Self.texts + [",", ", ,", " ,Budi, ", "Kepala Dinas,", ",\u{A0},x,\u{A0},", "\t,é,\t", "a,,b"]
        for text in texts {
            #expect(
                Array(IdentityBlockParser.trimmingWhiteSpaceAndCommas(Substring(text)).utf8)
                    == Array(TextFolding.trim(text, punctuation: [","]).utf8),
                "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test func valueTextOfAStringAgreesWithTheGenericReading() {
        for text in Self.texts {
            #expect(Array(IdentityBlockParser.valueText(text).utf8) == Array(Self.genericValueText(text).utf8), "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test func valueTextOfAValueTextAgreesWithReadingItTwice() {
        for text in Self.texts {
            let once = Self.genericValueText(text)
            let twice = Self.genericValueText(once)
            #expect(
                Array(IdentityBlockParser.valueTextOfValueText(once).utf8) == Array(twice.utf8),
                "\(text.unicodeScalars.map(\.value))")
        }
    }
}
