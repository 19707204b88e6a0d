@testable import SOPKit
import Testing

/// The byte readings of the group label line above an OCR table header: `OCRTableBytes.contains(bytes:_:)`,
/// which finds the first byte of the word eight bytes at a time, agrees with `String.contains` wherever the
/// word stands (across and at the edges of the eight-byte loads, at the buffer's end, cut off by it, with
/// its first byte repeated before it), and `OCRTableParser.isGroupLabelKey(plainASCII:)` agrees with the
/// String reading of a key it replaces.
@Suite struct OCRTableGroupLabelKeyTests {
    static let words = ["pelaksana", "mutu", "p", "mutu baku", "aa"]

    /// Texts holding the words, pieces of them and their first bytes at every offset up to past two loads.
    static let texts: [String] = {
        var texts = ["", "p", "pp", "mut", "mutu", "pelaksan", "pelaksana", "ppelaksana", "pelaksanapelaksana", "mutmutu",
                     "aaa", "a a", "mmmmmmmmmmmmmmmmmutu", "pelaksana mutu baku", "mutu baku", "pelaksana mutu"]
        for word in words {
            for offset in 0...18 {
                let padding = String(repeating: "x", count: offset)
                texts.append(padding + word)
                texts.append(padding + word + "y")
                texts.append(padding + String(word.dropLast()))
                texts.append(padding + String(word.prefix(1)) + padding + word)
                texts.append(String(repeating: String(word.prefix(1)), count: offset) + word)
            }
        }
        return texts
    }()

    @Test(arguments: texts) func containsOnBytesAgreesWithString(_ text: String) {
        var bytes = text
        bytes.withUTF8 { key in
            #expect(OCRTableBytes.contains(bytes: key, "pelaksana") == text.contains("pelaksana"), "\(text)")
            #expect(OCRTableBytes.contains(bytes: key, "mutu") == text.contains("mutu"), "\(text)")
            #expect(OCRTableBytes.contains(bytes: key, "p") == text.contains("p"), "\(text)")
            #expect(OCRTableBytes.contains(bytes: key, "aa") == text.contains("aa"), "\(text)")
            #expect(OCRTableBytes.contains(bytes: key, "") == true, "\(text)")
        }
        for word in Self.words {
            #expect(OCRTableBytes.contains(text, word) == text.contains(word), "\(text) \(word)")
        }
    }

    @Test(arguments: texts + ["pelaksana", "mutu baku", "mutu baku ", "pelaksana ", "pelaksana mutu", "mutu pelaksana",
                              "mutu", "baku", "pelaksanamutu", "tim pelaksana", "pelaksana kegiatan"])
    func groupLabelKeyOnBytesAgreesWithString(_ key: String) {
        let expected = key.contains("pelaksana") && key.contains("mutu") || key == "pelaksana" || key == "mutu baku"
        var bytes = key
        bytes.withUTF8 { #expect(OCRTableParser.isGroupLabelKey(plainASCII: $0) == expected, "\(key)") }
    }
}
