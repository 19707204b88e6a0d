@testable import SOPKit
import Testing

/// `Slug.make` and `Slug.sopID`, which fold each byte through a table of what it stands for (a lower-case
/// letter or digit, a separator, or the lead byte of a Latin-1 letter), against the scalar-by-scalar
/// definition (`FoldingBytesTests.slugByScalars`): every Latin-1 scalar alone and between letters, and
/// texts drawn by the seeded `SplitMix` from ASCII, Latin-1 letters, other scalars of two, three and four
/// bytes, combining marks and line ends.
@Suite struct SlugByteTableTests {
    @Test func everyLatin1ScalarAloneAndBetweenLetters() {
        // What each scalar of U+0000…U+00FF alone becomes, by ranges: every one is checked.
        let singleScalarSlugs: [(ClosedRange<UInt32>, (UInt32) -> String)] = [
            (0x00...0x2F, { _ in "" }), (0x30...0x39, { String(Unicode.Scalar($0)!) }), (0x3A...0x40, { _ in "" }),
            (0x41...0x5A, { String(Unicode.Scalar($0 + 32)!) }), (0x5B...0x60, { _ in "" }),
            (0x61...0x7A, { String(Unicode.Scalar($0)!) }), (0x7B...0xBF, { _ in "" }),
            (0xC0...0xC5, { _ in "a" }), (0xC6...0xC6, { _ in "" }), (0xC7...0xC7, { _ in "c" }), (0xC8...0xCB, { _ in "e" }),
            (0xCC...0xCF, { _ in "i" }), (0xD0...0xD0, { _ in "" }), (0xD1...0xD1, { _ in "n" }), (0xD2...0xD6, { _ in "o" }),
            (0xD7...0xD8, { _ in "" }), (0xD9...0xDC, { _ in "u" }), (0xDD...0xDF, { _ in "" }),
            (0xE0...0xE5, { _ in "a" }), (0xE6...0xE6, { _ in "" }), (0xE7...0xE7, { _ in "c" }), (0xE8...0xEB, { _ in "e" }),
            (0xEC...0xEF, { _ in "i" }), (0xF0...0xF0, { _ in "" }), (0xF1...0xF1, { _ in "n" }), (0xF2...0xF6, { _ in "o" }),
            (0xF7...0xF8, { _ in "" }), (0xF9...0xFC, { _ in "u" }), (0xFD...0xFF, { _ in "" }),
        ]
        var checked = 0
        for (range, slug) in singleScalarSlugs {
            for value in range {
                let scalar = String(Unicode.Scalar(value)!)
                #expect(Slug.make(scalar) == slug(value), "U+\(String(value, radix: 16))")
                let between = slug(value).isEmpty ? "x-y" : "x\(slug(value))y"
                #expect(Slug.make("x\(scalar)y") == between, "U+\(String(value, radix: 16))")
                #expect(Slug.make("x\(scalar)y") == FoldingBytesTests.slugByScalars("x\(scalar)y"))
                checked += 1
            }
        }
        #expect(checked == 256)
    }

    @Test func examples() {
        let cases: [(String, Int, String)] = [
            ("ÀÉÎÕÜ çñ", 60, "aeiou-cn"), ("Æsir Ðorð", 60, "sir-or"), ("abc×def÷ghi", 60, "abc-def-ghi"),
            ("日本 sop 🙂 ÿ", 60, "sop"), ("", 60, ""), ("---", 60, ""), ("ÉÉÉÉÉ", 3, "eee"), ("ab cd ef", 5, "ab-cd"),
            ("PENYUSUNAN RENCANA KERJA", 12, "penyusunan"), ("x", 0, ""),
        ]
        for (text, maximumLength, slug) in cases {
            #expect(Slug.make(text, maximumLength: maximumLength) == slug, "\(text)")
        }
        #expect(Slug.sopID(number: "503/02 É", title: "Penyusunan Ñandú", ordinal: 3) == "503-02-e-penyusunan-nandu")
        #expect(Slug.sopID(number: "日本", title: "ß", ordinal: 3) == "sop-3")
    }

    @Test func generatedTextsAgreeWithScalars() {
        let alphabet: [Character] = (0x20..<0x7F).map { Character(Unicode.Scalar(UInt8($0))) }
            + (0xC0...0xFF).map { Character(Unicode.Scalar(UInt32($0))!) }
            + ["\u{00A0}", "\u{0100}", "\u{2014}", "\u{65E5}", "\u{1F642}", "e\u{301}", "\t", "\r\n"]
        var generator = SplitMix(seed: 29)
        for _ in 0..<600 {
            let count = Int.random(in: 0..<90, using: &generator)
            let text = String((0..<count).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
            for maximumLength in [1, 7, 30, 60] {
                #expect(Slug.make(text, maximumLength: maximumLength) == FoldingBytesTests.slugByScalars(text, maximumLength: maximumLength), "\(text)")
            }
            let title = String(text.reversed())
            #expect(Slug.sopID(number: text, title: title, ordinal: 5) == FoldingBytesTests.sopIDBySlugs(number: text, title: title, ordinal: 5), "\(text)")
        }
    }
}
