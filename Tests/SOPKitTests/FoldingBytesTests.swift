@testable import SOPKit
import Testing

/// `TextFolding.key` and `TextFolding.collapseWhitespace` (eight bytes at a time) and `Slug.make` / `Slug.sopID` (on bytes) agree with the
/// byte-by-byte and scalar-by-scalar definitions they replaced, on texts with non-ASCII letters,
/// combining marks, no-break spaces, CR, tabs, punctuation runs and empty input.
@Suite struct FoldingBytesTests {
    /// Texts of every kind the parsers fold, short and longer than the eight bytes read at a time.
    static let texts = [
        "", " ", "a", "A", "Z", "z", "0", "9", "@", "[", "`", "{", "/", ":", ".", "\t", "\r\n", "\u{00A0}",
        "Tgl. Pembuatan :", "TGL. PEMBUATAN :", "  standar   operasional prosedur  ", "Standar Operasional Prosedur",
        "No.\tSOP\t:\t503/02/DPM-PTSP/2023", "e\u{301}", "Émile ÉMILE émile", "ÆØÐ×ÝÞßæøðý÷þÿ", "ÀÁÂÃÄÅàáâãäå ÇçÑñ",
        "ÈÉÊËèéêë ÌÍÎÏìíîï ÒÓÔÕÖòóôõö ÙÚÛÜùúûü", "a\u{00A0}b", "\u{00A0}\u{00A0}Kegiatan\u{00A0}", "nama\u{00A0}sop",
        "abcdefgh", "ABCDEFGH", "abcdefg.", ".bcdefgh", "........", "........x", "x........", "12345678901234567890",
        "!!!!!!!!!!!!!!!!!!!!abc", "abc!!!!!!!!!!!!!!!!!!!!", "a-b-c-d-e-f-g-h-i-j-k", "ÉÉÉÉÉÉÉÉÉÉ", "abcdefgÉhijklmn",
        "abcdefg\u{00A0}hijklmn", "KEPALA DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU (DPMPTSP) KABUPATEN",
        "\u{10}\u{11}\u{19}\u{1A}\u{7F}", "0x1F 0x3A 0x40 0x5B 0x60 0x7B", "PU-PR/2023:IV", "a\u{301}b\u{301}c\u{301}d\u{301}e",
        "—–…“”‘’", "日本語のテキスト abc", "🙂 emoji 🙂🙂", "tab\tseparated\tcells\tin\ta\trow", "line\r\nends\rand\nmore",
        String(repeating: "Penyusunan Laporan Kinerja ", count: 6), String(repeating: "503 / 02 /DPM PTSP ", count: 4),
    ]

    /// Every ASCII byte and a few non-ASCII characters, for generated texts.
    static let alphabet: [Character] = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) }
        + ["é", "É", "ñ", "Æ", "\u{00A0}", "\u{301}", "—", "日", "🙂", "\r\n"]

    /// Deterministic generated texts of 0 to 40 characters drawn from `alphabet`.
    static let generatedTexts: [String] = {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        return (0..<400).map { _ in String((0..<(next() % 41)).map { _ in alphabet[next() % alphabet.count] }) }
    }()

    /// The reference `key`: the bytes one at a time, as before the eight-byte reads.
    static func keyByBytes(_ text: some StringProtocol) -> String {
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        var pendingSpace = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let isUpper = byte >= 0x41 && byte <= 0x5A
            if isUpper || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80 {
                if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
                    pendingSpace = true
                    index += 2
                    continue
                }
                if pendingSpace, !output.isEmpty { output.append(0x20) }
                pendingSpace = false
                output.append(isUpper ? byte | 0x20 : byte)
            } else {
                pendingSpace = true
            }
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The reference `Slug.make`: scalar by scalar, appending characters.
    static func slugByScalars(_ text: some StringProtocol, maximumLength: Int = 60) -> String {
        func fold(_ scalar: Unicode.Scalar) -> Character? {
            switch scalar.value {
            case 0x30...0x39, 0x61...0x7A: return Character(scalar)
            case 0x41...0x5A: return Character(Unicode.Scalar(scalar.value + 32)!)
            case 0xC0...0xC5, 0xE0...0xE5: return "a"
            case 0xC8...0xCB, 0xE8...0xEB: return "e"
            case 0xCC...0xCF, 0xEC...0xEF: return "i"
            case 0xD2...0xD6, 0xF2...0xF6: return "o"
            case 0xD9...0xDC, 0xF9...0xFC: return "u"
            case 0xC7, 0xE7: return "c"
            case 0xD1, 0xF1: return "n"
            default: return nil
            }
        }
        var output = ""
        var pendingHyphen = false
        for scalar in text.unicodeScalars {
            if let folded = fold(scalar) {
                if pendingHyphen, !output.isEmpty { output.append("-") }
                pendingHyphen = false
                output.append(folded)
            } else {
                pendingHyphen = true
            }
            if output.utf8.count >= maximumLength { break }
        }
        if output.utf8.count > maximumLength { output = String(output.prefix(maximumLength)) }
        if output.utf8.count == maximumLength, let lastHyphen = output.lastIndex(of: "-"),
            output.distance(from: output.startIndex, to: lastHyphen) > maximumLength / 2
        {
            output = String(output[..<lastHyphen])
        }
        while output.hasSuffix("-") { output.removeLast() }
        return output
    }

    /// The reference `Slug.sopID`: the two slugs made apart and joined.
    static func sopIDBySlugs(number: String?, title: String?, ordinal: Int) -> String {
        let numberSlug = number.map { slugByScalars($0, maximumLength: 30) } ?? ""
        let titleSlug = title.map { slugByScalars($0, maximumLength: 60) } ?? ""
        let joined = [numberSlug, titleSlug].filter { !$0.isEmpty }.joined(separator: "-")
        return joined.isEmpty ? "sop-\(ordinal)" : joined
    }

    /// The reference `collapseWhitespace`: the bytes one at a time through the UTF-8 view.
    static func collapsedByBytes(_ text: some StringProtocol) -> String {
        var output: [UInt8] = []
        var pendingSpace = false
        var iterator = text.utf8.makeIterator()
        var lookahead = iterator.next()
        while let byte = lookahead {
            lookahead = iterator.next()
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                pendingSpace = true
                continue
            }
            if byte == 0xC2, lookahead == 0xA0 {
                lookahead = iterator.next()
                pendingSpace = true
                continue
            }
            if pendingSpace, !output.isEmpty { output.append(0x20) }
            pendingSpace = false
            output.append(byte)
        }
        return String(decoding: output, as: UTF8.self)
    }

    @Test(arguments: texts) func collapseAgreesWithBytes(_ text: String) {
        #expect(Array(TextFolding.collapseWhitespace(text).utf8) == Array(Self.collapsedByBytes(text).utf8))
        let inner = text.dropFirst().dropLast()
        #expect(Array(TextFolding.collapseWhitespace(inner).utf8) == Array(Self.collapsedByBytes(inner).utf8))
    }

    @Test func collapseAgreesWithBytesOnGeneratedTexts() {
        for text in Self.generatedTexts {
            #expect(Array(TextFolding.collapseWhitespace(text).utf8) == Array(Self.collapsedByBytes(text).utf8), "\(Array(text.utf8))")
        }
    }

    @Test func collapseExamples() {
        let cases = [
            ("  a \t b  ", "a b"), ("abcdefgh  ijklmnop qrstuvwx", "abcdefgh ijklmnop qrstuvwx"), ("a\u{00A0}\u{00A0}b", "a b"),
            ("a\u{2003}b", "a\u{2003}b"), ("\r\n", ""), ("", ""), ("x\r\ny", "x y"), ("abcdefghijklmnopqrstuvwxyz ", "abcdefghijklmnopqrstuvwxyz"),
        ]
        for (text, collapsed) in cases { #expect(TextFolding.collapseWhitespace(text) == collapsed) }
    }

    @Test(arguments: texts) func keyAgreesWithBytes(_ text: String) {
        #expect(Array(TextFolding.key(text).utf8) == Array(Self.keyByBytes(text).utf8))
        let inner = text.dropFirst().dropLast()
        #expect(Array(TextFolding.key(inner).utf8) == Array(Self.keyByBytes(inner).utf8))
    }

    @Test func keyAgreesWithBytesOnGeneratedTexts() {
        for text in Self.generatedTexts {
            #expect(Array(TextFolding.key(text).utf8) == Array(Self.keyByBytes(text).utf8), "\(Array(text.utf8))")
        }
    }

    @Test func keyExamples() {
        let cases = [
            ("Tgl. Pembuatan :", "tgl pembuatan"), ("  A\u{00A0}B  ", "a b"), ("ABCDEFGH.ijklmnop", "abcdefgh ijklmnop"),
            ("Émile", "Émile"), ("........", ""), ("", ""), ("x\r\n\ty", "x y"),
        ]
        for (text, key) in cases { #expect(TextFolding.key(text) == key) }
    }

    @Test(arguments: texts) func slugAgreesWithScalars(_ text: String) {
        for maximumLength in [0, 1, 2, 3, 7, 8, 9, 30, 60, 1_000] {
            #expect(Slug.make(text, maximumLength: maximumLength) == Self.slugByScalars(text, maximumLength: maximumLength))
        }
        #expect(Slug.make(text[...]) == Self.slugByScalars(text[...]))
    }

    @Test func slugAgreesWithScalarsOnGeneratedTexts() {
        for text in Self.generatedTexts {
            for maximumLength in [5, 12, 60] {
                #expect(Slug.make(text, maximumLength: maximumLength) == Self.slugByScalars(text, maximumLength: maximumLength))
            }
        }
    }

    @Test func sopIDAgreesWithSlugs() {
        let parts: [String?] = [nil, "", " ", "...", "503/02/DPM-PTSP/2023", "ÉÉÉ", "Æ", String(repeating: "nomor panjang ", count: 5)]
            + Self.texts.suffix(12).map { $0 }
        for number in parts {
            for title in parts {
                #expect(Slug.sopID(number: number, title: title, ordinal: 7) == Self.sopIDBySlugs(number: number, title: title, ordinal: 7))
            }
        }
    }

    @Test func slugExamples() {
        #expect(Slug.make("Penyusunan ( LkjIP )") == "penyusunan-lkjip")
        #expect(Slug.make("Ça Élève Ñandú") == "ca-eleve-nandu")
        #expect(Slug.make("Æble") == "ble")
        #expect(Slug.sopID(number: "503 / 02", title: "Penyusunan", ordinal: 1) == "503-02-penyusunan")
        #expect(Slug.sopID(number: "—", title: nil, ordinal: 4) == "sop-4")
    }
}
