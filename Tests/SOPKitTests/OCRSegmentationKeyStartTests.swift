@testable import SOPKit
import Testing

/// `OCRParser.keyStartsIdentity` and `OCRParser.keyStartsTableTitle`, which compare a line key's
/// bytes with the prefixes its first byte selects, agree with the check they replaced (kept here as
/// the reference): `starts.contains { key.utf8.starts(with: $0.utf8) }` over the identity labels and
/// the table titles.
@Suite struct OCRSegmentationKeyStartTests {
    /// The identity labels `OCRParser.startsIdentity` looks for at the start of a key.
    static let identityStarts = ["no sop", "nomor sop", "nama sop", "judul sop", "nomer sop"]

    /// The table titles `OCRParser` looks for at the start of a key.
    static let tableTitleStarts = ["standar operasional prosedur", "standard operasional prosedur", "bagan alur"]

    /// The reference: the key's UTF-8 view compared with each start's.
    static func startsWithOne(of starts: [String], _ key: String) -> Bool {
        starts.contains { key.utf8.starts(with: $0.utf8) }
    }

    /// Keys and texts that are no keys: empty, each start, each start cut short or one byte off, with
    /// text after it, non-ASCII letters (é, —, ’, NBSP), tabs, upper case and very long ones.
    static let keys: [String] = {
        var keys = [
            "", " ", "n", "j", "s", "b", "no", "no ", "no so", "no sop", "no sopx", "no sop 12", "nomor sop 045",
            "nama sop pelayanan", "judul", "judul so", "judul sop ", "nomer sop", "nomer", "No sop", "NO SOP",
            "no\tsop", "no\u{A0}sop", "nö sop", "no sop\u{301}", "no sopé", "é no sop", "— no sop", "no sop’",
            "standar", "standar operasional prosedu", "standar operasional prosedur", "standard operasional prosedur 2",
            "standar operasional prosedur\u{301}", "bagan", "bagan alu", "bagan alur", "bagan alur uraian prosedur",
            "bagan\talur", "Bagan alur", "sbagan alur", "bno sop", "jno sop", "\u{A0}no sop", "\tno sop",
        ]
        keys.append("no sop " + String(repeating: "panjang ", count: 500))
        keys.append("bagan alur " + String(repeating: "é", count: 300))
        keys.append(String(repeating: "n", count: 10_000))
        return keys
    }()

    @Test(arguments: keys) func identityStartAgreesWithUTF8Prefix(_ key: String) {
        #expect(OCRParser.keyStartsIdentity(key) == Self.startsWithOne(of: Self.identityStarts, key))
    }

    @Test(arguments: keys) func tableTitleStartAgreesWithUTF8Prefix(_ key: String) {
        #expect(OCRParser.keyStartsTableTitle(key) == Self.startsWithOne(of: Self.tableTitleStarts, key))
    }

    @Test func keysOfCorpusLinesAgree() {
        for text in OCRFrontBytesTests.corpusLines {
            let key = OCRLine(number: 1, text: text).key
            #expect(OCRParser.keyStartsIdentity(key) == Self.startsWithOne(of: Self.identityStarts, key), "\(text)")
            #expect(OCRParser.keyStartsTableTitle(key) == Self.startsWithOne(of: Self.tableTitleStarts, key), "\(text)")
        }
    }
}
