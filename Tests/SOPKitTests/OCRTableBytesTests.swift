@testable import SOPKit
import Testing

/// The byte-level answers of the OCR procedure table (`OCRTableBytes` and the word checks of
/// `OCRRoleHeader` and `OCRRoleEvidence`) agree with the `Character`-based expressions they replaced, on
/// words that include non-ASCII letters, combining marks, prepended marks, CR and the Kelvin sign
/// (canonically equal to "K").
@Suite struct OCRTableBytesTests {
    static let words = ByteLevelHelperTests.texts + [
        "Kepala-", "x-", "-", "é-", "\u{0600}-", "a\u{301}-", "a -", "DAN", "Dan", "dan", "dan/atau", "DAN/ATAU", "&", "/",
        "\u{212A}e", "\u{212A}EPALA", "KE", "ke", "Ke\u{301}", "Pelaksana", "PELAKSANA", "pelaksana,", "No.", "Kasat", "PP",
        "P\u{301}P", "Ld", "y", "İ", "ǅ", "ß", "aktivitas", "Aktivitas:", "AKTIFITAS", "Kegiatan", "uraian", "uraian\u{301}",
        "\r", "a\r\n", "\r\nA", "Disesuaikan", "disesu", "DISESUAIKAN", "dísesuaikan", "disesu\u{301}aikan", "Disesu-",
        "sesuai", "pelaksana mutu baku", "pelaksaná mutu", "Pelaksana Mutu Baku", "mutu\u{301} pelaksana", "Staf", "STAF",
        "Kepala", "kepala.", "(Kepala)", "Kasubbag", "Petugas", "Rekam", "Analis-", "Kesejahter", "Tim", "T1M", "a1", "1a",
        "Kab.", "Dinas,", "Sosial|", "Lurah)", "Kasi;", "Camat:", "x|", "|", "e\u{301},", "\u{0600},", ",\u{301}", "\u{301}",
        "Menerima", "Diperiksa", "M\u{301}enerima", "\u{212A}asi", "ﬁle", "Ǆ", "x/y", "Kepala/Dinas", "  ", "a  b", "| a | b |",
        "a|\u{301}b", "a\u{301}|b", "PIMPINAN", "Pimpinan-", "X-RAY",
    ]

    @Test(arguments: words) func firstCharacterCase(_ text: String) {
        #expect(OCRTableBytes.startsWithUppercase(text[...]) == (text.first?.isUppercase == true), "\(text)")
        #expect(OCRTableBytes.startsWithLowercase(text[...]) == (text.first?.isLowercase == true), "\(text)")
    }

    @Test(arguments: words + ["", "12", "1,5", "(IKU)", "--", "\u{0600}", "a\u{0600}", "\n", "\na", "a\r", "\u{00A0}"])
    func charactersCountedAndWordCharactersFound(_ text: String) {
        let inLine = "x \(text) y"
        let slices = [text[...], inLine.dropFirst(2).dropLast(2)]
        for slice in slices {
            #expect(OCRTableBytes.characterCount(slice) == slice.count, "\(text)")
            #expect(OCRTableBytes.hasWordCharacter(slice) == !slice.trimmingOCRPunctuation().isEmpty, "\(text)")
            #expect(OCRTableBytes.isPlainASCII(slice) == slice.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }, "\(text)")
        }
    }

    @Test(arguments: words) func hyphenAtTheEnd(_ text: String) {
        #expect(OCRTableBytes.endsWithHyphen(text[...]) == text.hasSuffix("-"), "\(text)")
        for end in ["", "-", " -", "\u{0600} -", "\u{0600}-", "\u{301} -"] {
            let joined = text + end
            #expect(OCRTableBytes.endsWithHyphen(Array(joined.utf8)) == joined.hasSuffix("-"), "\(joined)")
            #expect(OCRTableBytes.endsWithSpacedHyphen(Array(joined.utf8)) == joined.hasSuffix(" -"), "\(joined)")
        }
    }

    /// On raw bytes, invalid UTF-8 included (stray and overlong continuation bytes, cut sequences, 0xFF),
    /// the hyphen checks, which read only the last scalar before the suffix, agree with decoding the
    /// whole text.
    @Test func hyphenAtTheEndOfRawBytes() {
        let pieces: [[UInt8]] = [
            [0x2D], [0x20], [0x41], [0x61], [0x0D], [0x80], [0xBF], [0xC3, 0xA9], [0xC3], [0xD8, 0x80], [0xD8],
            [0xCC, 0x81], [0xE1, 0x80, 0x80], [0xE1, 0x80], [0xF0, 0x90, 0x80, 0x80], [0xF0, 0x90], [0xFF], [0xC0, 0xAD],
            [0xF0, 0x91, 0x82, 0xBD], [0xE2, 0x80, 0x8D],
        ]
        var generator = SplitMix(seed: 19)
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...6, using: &generator) {
                bytes += pieces[Int.random(in: 0..<pieces.count, using: &generator)]
            }
            bytes += [[0x2D], [0x20, 0x2D], []][Int.random(in: 0..<3, using: &generator)]
            let decoded = String(decoding: bytes, as: UTF8.self)
            #expect(OCRTableBytes.endsWithHyphen(bytes) == decoded.hasSuffix("-"), "\(bytes)")
            #expect(OCRTableBytes.endsWithSpacedHyphen(bytes) == decoded.hasSuffix(" -"), "\(bytes)")
        }
    }

    @Test func wordsJoinedAsByCharacters() {
        let cases: [[String]] = [
            ["Bidang-", "bidang"], ["Bidang -", "bidang"], ["a", "", "b"], ["Kepala-", "Dinas"], ["x\u{0600}-", "y"],
            ["\u{0600} -", "y"], ["-", "a"], [], ["", ""], ["é-", "é"], ["a-", "\u{301}b"], ["a", "b-", "c", "-", "d"],
        ]
        for words in cases {
            var expected = ""
            for word in words where !word.isEmpty {
                if expected.isEmpty {
                    expected = word
                } else if expected.hasSuffix("-"), let first = word.first, first.isLowercase, !expected.hasSuffix(" -") {
                    expected += word
                } else {
                    expected += " " + word
                }
            }
            #expect(OCRTableParser.joinWords(words) == expected, "\(words)")
        }
    }

    @Test(arguments: words) func packedWordsAreEqualOnlyForEqualWords(_ text: String) {
        for other in ["dan", "DAN", "dan/atau", "serta", "&", "/", "atau", "dan/ata", "dan/atauu"] {
            let packed = PackedASCIIWord(text.utf8)
            #expect((packed != nil && packed == PackedASCIIWord(other.utf8)) == (Array(text.utf8) == Array(other.utf8)), "\(text) \(other)")
            #expect((packed != nil && packed?.asciiLowercased == PackedASCIIWord(other.utf8))
                == (text.utf8.count <= 16 && Array(text.utf8).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 } == Array(other.utf8)),
                "\(text) \(other)")
        }
    }

    @Test(arguments: words) func lineWordsAgreeWithSplit(_ text: String) {
        let line = OCRLine(number: 1, text: text)
        let words = OCRTableBytes.wordsAreTokens(line) ? line.tokens.map(\.text) : FoldedKey.spaceSeparated(line.text[...])
        #expect(words == line.text.split(separator: " "), "\(text)")
        #expect(OCRTableBytes.wordsAreTokens(line) == line.text.utf8.allSatisfy { $0 < 0x80 }, "\(text)")
    }

    @Test(arguments: words) func plainASCII(_ text: String) {
        #expect(OCRTableBytes.isPlainASCII(text) == text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }, "\(text)")
    }

    @Test(arguments: words) func wordSetsAgreeWithSetsOfStrings(_ text: String) {
        let list = ["dan", "ke", "kepala", "staf", "pelaksana", "aktivitas", "kegiatan", "sesuai", "pp", "mutu"]
        let set = Set(list)
        let words = ASCIIWordSet(list)
        #expect(OCRTableBytes.lowercasedIsOne(of: words, text[...]) == set.contains(text.lowercased()), "\(text)")
        #expect(OCRTableBytes.keyIsOne(of: words, text) == set.contains(TextFolding.key(text)), "\(text)")
        // A token's text read on its bytes: inline, a slice of a longer string, and longer than the
        // keys folded on the stack (padded with punctuation, which the key drops).
        let inLine = "x \(text) y"
        let padded = String(repeating: "-", count: 40) + text + String(repeating: ".", count: 40)
        for slice in [text[...], inLine.dropFirst(2).dropLast(2), padded[...], "x \(padded) y".dropFirst(2).dropLast(2)] {
            #expect(OCRTableBytes.keyIsOne(of: words, slice) == set.contains(TextFolding.key(slice)), "\(slice)")
        }
    }

    @Test(arguments: words) func keyPrefixAgreesWithCharacters(_ text: String) {
        for prefix in ["disesu", "menyesuai", "ke", "kepala", "a"] {
            #expect(OCRTableBytes.keyHasPrefix(text, prefix) == TextFolding.key(text).hasPrefix(prefix), "\(text) \(prefix)")
        }
    }

    @Test(arguments: words) func containsAgreesWithCharacters(_ text: String) {
        let key = TextFolding.key(text)
        for word in ["pelaksana", "mutu", "a", "k"] {
            #expect(OCRTableBytes.contains(text, word) == text.contains(word), "\(text) \(word)")
            #expect(OCRTableBytes.contains(key, word) == key.contains(word), "\(key) \(word)")
        }
    }

    @Test(arguments: words) func keyWithoutSpacesAgreesWithFilter(_ text: String) {
        let expected = String(TextFolding.key(text).filter { $0 != " " })
        #expect(Array(OCRTableBytes.keyWithoutSpaces(text).utf8) == Array(expected.utf8), "\(text)")
    }

    @Test(arguments: words) func letterCountsAgreeWithFilter(_ text: String) {
        let letters = text.filter(\.isLetter)
        let counts = OCRTableBytes.letterCounts(text)
        #expect(counts.letters == letters.count, "\(text)")
        #expect(counts.uppercase == letters.filter(\.isUppercase).count, "\(text)")
    }

    @Test(arguments: words) func splitAgreesWithCharacters(_ text: String) {
        for separator: Character in ["|", " ", "/"] {
            #expect(OCRTableBytes.split(text[...], separator: separator) == text.split(separator: separator), "\(text)")
        }
    }

    @Test(arguments: words) func roleWordOnBytesAgreesWithCharacters(_ text: String) {
        for word in FoldedKey.spaceSeparated(text[...]) where OCRTableBytes.isPlainASCII(word) {
            for after in [false, true] {
                #expect(OCRRoleHeader.asciiRoleWord(word, afterRoleWord: after)
                    == OCRRoleHeader.roleWordByCharacters(word, afterRoleWord: after), "\(word) \(after)")
            }
        }
    }

    @Test(arguments: words) func headerWordChecksAgreeWithCharacters(_ text: String) {
        let connectors: Set<String> = ["dan", "serta", "&", "/", "atau", "dan/atau"]
        #expect(OCRRoleHeader.isConnector(lowercasing: text) == connectors.contains(text.lowercased()), "\(text)")
        let key = TextFolding.key(text)
        let isAcronym = text.count >= 2 && text.allSatisfy(\.isUppercase) && !OCRRoleEvidence.roleHeads.contains(key.utf8)
        #expect(OCRRoleHeader.isAcronym(text) == isAcronym, "\(text)")
        let complements = text.filter(\.isLetter).count >= 3 && text.first?.isUppercase == true
            && !OCRRoleEvidence.roleHeads.contains(key.utf8) && !text.hasSuffix("-")
        #expect(OCRRoleHeader.complements(text) == complements, "\(text)")
    }

    @Test(arguments: words) func mentionWordChecksAgreeWithCharacters(_ text: String) {
        let word = text[...]
        #expect(OCRRoleEvidence.isNameWord(word) == (word.contains(where: \.isLetter) && word.allSatisfy { $0.isLetter || $0 == "-" }), "\(text)")
        #expect(OCRRoleEvidence.endsName(word) == (word == "|" || word.last.map { ",.;:|)".contains($0) } == true), "\(text)")
        #expect(OCRRoleEvidence.keyIsJoiner(word) == ["dan", "&", "/"].contains(TextFolding.key(word)), "\(text)")
        let letters = text.filter(\.isLetter)
        #expect(OCRRoleEvidence.isDebris(OCRTableBytes.letterCounts(text)) == (letters.count <= 1 || letters.count == 2 && !letters.allSatisfy(\.isUppercase)), "\(text)")
    }
}
