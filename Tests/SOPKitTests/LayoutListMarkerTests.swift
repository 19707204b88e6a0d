@testable import SOPKit
import Testing

/// The numbered-list markers of layout lists ("1, …", "8 Aplikasi") read from the bytes agree with the
/// reading of characters, at the places where a mark or a character outside ASCII may join a digit, the
/// comma, the space or the word's first letter.
@Suite struct LayoutListMarkerTests {
    static let lines = [
        "", " ", "1", "12", "123", "1,", "1, ", "1, x", "1, Undang-Undang", "12, Peraturan", "123, Peraturan", "1 ,x",
        "1,x", "1,  x", "1, \u{301}x", "1,\u{301} x", "1\u{301}, x", "1\u{301} Aplikasi", "8 Aplikasi", "8 aplikasi", "8  Aplikasi",
        "08 Aplikasi", "108 Aplikasi", "8 A", "8 A\u{301}", "8 \u{301}A", "8 Émile", "8 É", "8 1", "8 ", "8\tAplikasi",
        "8\r\nAplikasi", "8 \r\nA", "١ Aplikasi", "１, x", "a, x", "x 8 Aplikasi", "9, é", "9, \u{00A0}x", "99 Z", "99 Zé",
        "7 Ab\u{301}c", "5, 6, 7", "5 ,", "5 , x", "5 \u{00A0}X",
    ]

    @Test(arguments: lines) func markersAgreeWithCharacters(_ line: String) {
        #expect(LayoutListReader.commaMarker(line) == LayoutListReader.commaMarkerComparingCharacters(line), "\(line)")
        #expect(LayoutListReader.bareNumberMarker(line) == LayoutListReader.bareNumberMarkerComparingCharacters(line), "\(line)")
    }

    @Test func markerExamples() {
        #expect(LayoutListReader.commaMarker("1, Undang-Undang") == "Undang-Undang")
        #expect(LayoutListReader.commaMarker("123, Undang-Undang") == nil)
        #expect(LayoutListReader.bareNumberMarker("8 Aplikasi") == "Aplikasi")
        #expect(LayoutListReader.bareNumberMarker("8 aplikasi") == nil)
        #expect(LayoutListReader.bareNumberMarker("8 Émile") == "Émile")
    }
}
