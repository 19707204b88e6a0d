@testable import SOPKit
import Testing

/// The performer inference reads every activity of an SOP into one `RoleText.Reading` whose buffers
/// serve each activity in turn (`Reading.reread`), and the role scan copies that reading's bytes into
/// its own tokens (`RoleText.reread`): each reading must be the one a fresh reading gives, whatever was
/// read before, and a text read from the reading must not change when the reading is read into again.
@Suite struct ActivityReadingReuseTests {
    /// Activities: empty, short and long, in capitals, with tabs, NBSP, an em dash, a curly apostrophe,
    /// combining marks, digits glued to words, "&", and a text much longer than the others.
    static let texts: [String] = [
        "", " ", "&", "\t", "Kepala Dinas", "MENERIMA berkas permohonan", "Menerima\tberkas\tdari Kepala Seksi",
        "jika tidak lengkap dikembalikan kepada Staf", "Kepala\u{A0}Dinas — memeriksa", "Staf’s berkas", "café é",
        "cafe\u{301} KEPALA", "x1 X1 x12 AB1", "Memerintahkan Kasubag PPMEP, lalu Staf & Kasi", "😀 Staf",
        String(repeating: "Menyampaikan laporan kepada Kepala Dinas melalui Sekretaris ", count: 40),
    ]

    /// What a reading holds, as text.
    static func facts(_ reading: RoleText.Reading) -> [String] {
        [reading.folded.description, "\(reading.hasLowerCase) \(reading.isASCII)"]
            + reading.words.map {
                "\($0.entry) \($0.start) \($0.end) \($0.breakBefore) \($0.isCapitalised) \($0.isAllCapitals) \($0.isLettersOnly)"
            }
    }

    @Test func rereadReadingIsReadingAfresh() {
        for first in Self.texts {
            for second in Self.texts {
                var reading = RoleText.Reading(first)
                reading.reread(second)
                #expect(Self.facts(reading) == Self.facts(RoleText.Reading(second)), "\(first) → \(second)")
            }
        }
    }

    /// A reading read into again and again, and the tokens read from it, as the inference uses them.
    @Test func tokensKeepTheirBytesWhenTheReadingIsReadAgain() {
        var reading = RoleText.Reading("")
        var tokens: RoleText?
        for text in Self.texts + Self.texts.reversed() {
            reading.reread(text)
            if tokens == nil {
                tokens = RoleText(reading)
            } else {
                tokens?.reread(reading)
            }
            let before = RoleTextRereadTests.facts(tokens!)
            reading.reread("Sekretaris Daerah MENERIMA")
            #expect(RoleTextRereadTests.facts(tokens!) == before, "\(text)")
            #expect(before == RoleTextRereadTests.facts(RoleText(text)), "\(text)")
        }
    }

    /// Texts whose words run eight letters and more, in either case, mixed within eight bytes, ending at
    /// the end of the text or at a digit, a non-ASCII letter, NBSP, an em dash or a tab inside the eight.
    static let longWordTexts: [String] = [
        "abcdefgh", "abcdefg", "abcdefghi", "ABCDEFGH", "ABCDEFGHIJKLMNOPQ", "KePaLaDiNaS", "Menyampaikannya berkas",
        "MENYAMPAIKAN kepada", "abcdefgé", "abcdéfghijk", "abcdefg1h", "abcdefgh1", "1abcdefgh", "abc\tdefghijkl\tmno",
        "abcdefgh\u{A0}ijklmnop", "mendistribusikan—menandatangani", "Staf’sabcdefgh", "@abcdefgh[ABCDEFGH`xyz{",
        "abcdefgh&ijklmnop", "Z" + String(repeating: "a", count: 63) + "Z", String(repeating: "Kepala", count: 50),
    ]

    /// What a reading of `text` holds by the scalar-by-scalar reference reading of its words
    /// (`RoleTextReferenceTests.referenceWords`): the text with its ASCII capitals lower-cased, whether
    /// it has a lower-case ASCII letter and is ASCII, and each word with its lexicon entry.
    static func referenceFacts(_ text: String) -> [String] {
        let (words, hasLowerCase) = RoleTextReferenceTests.referenceWords(text)
        var folded = Array(text.utf8)
        for index in folded.indices where folded[index] &- 0x41 < 26 { folded[index] |= 0x20 }
        return [folded.description, "\(hasLowerCase) \(text.utf8.allSatisfy { $0 < 0x80 })"]
            + words.map { word in
                let entry = RoleLexicon.shared.entryOfWord[word.text] ?? -1
                return "\(entry) \(word.start) \(word.end) \(word.breakBefore) \(word.isCapitalised) "
                    + "\(word.isAllCapitals) \(word.isLettersOnly)"
            }
    }

    @Test(arguments: texts + longWordTexts) func readingAgreesWithTheScalarReading(_ text: String) {
        #expect(Self.facts(RoleText.Reading(text)) == Self.referenceFacts(text), "\(text)")
    }

    /// Texts with as many words as bytes, or nearly, and the UTF-8 offsets of their words: a reading writes
    /// its words into room for one word a byte, kept from text to text, and must find every one of them
    /// whether the text before it was longer or shorter.
    static let denseTexts: [(text: String, words: [Range<Int>])] = [
        ("", []), ("&", [0..<1]), ("&&&", [0..<1, 1..<2, 2..<3]), ("a&b", [0..<1, 1..<2, 2..<3]),
        ("a&b&c&d", [0..<1, 1..<2, 2..<3, 3..<4, 4..<5, 5..<6, 6..<7]), ("x y", [0..<1, 2..<3]), (",", []),
        ("é&é", [0..<2, 2..<3, 3..<5]), ("Kepala Dinas", [0..<6, 7..<12]), ("&a,&", [0..<1, 1..<2, 3..<4]),
    ]

    @Test func everyWordOfADenseTextIsRead() {
        var reading = RoleText.Reading("")
        for (text, words) in Self.denseTexts + Self.denseTexts.reversed() {
            reading.reread(text)
            #expect(reading.words.map { $0.start..<$0.end } == words, "\(text)")
            #expect(RoleText.Reading(text).words.map { $0.start..<$0.end } == words, "\(text)")
        }
    }
}
