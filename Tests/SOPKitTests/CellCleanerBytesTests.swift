@testable import SOPKit
import Testing

/// The cell cleaner's word-at-a-time check and its tag reader agree with the byte-by-byte and
/// string-based definitions they replaced, on texts with spaces, tags, entities, control bytes,
/// no-break spaces and other non-ASCII bytes at every offset of an eight-byte word.
@Suite struct CellCleanerBytesTests {
    /// Cell texts: clean and not, with what needs cleaning near eight-byte boundaries.
    static let texts = [
        "a", " ", "  ", "ab", "a b", "a  b", "abcdefg h", "abcdefgh ijklmnop", "abcdefg  hijklmnop", "abcdefgh  ijklmnop",
        "abcdefghi  jklmnop", "abcdefg\u{00A0}hij", "abcdefghijklmno\u{00A0}", "Kegiatan", "Menerima berkas permohonan",
        "Menerima berkas permohonan ", " Menerima berkas permohonan", "Menerima  berkas permohonan", "Menerima\rberkas",
        "Menerima berkas\u{7F}", "a<b", "abcdefghijklmnopq<b>", "abcdefghijklmnop&amp;", "Émile Érard dan Ñandú",
        "pengolahan data ÉÉÉÉÉÉÉÉ selesai", "é", "\u{2192}", "x\u{2192}y z", "abcdefgh\u{1}", "1 2 3 4 5 6 7 8 9 10 11 12",
        "abcdefg hijklmn opqrstu vwxyz12", "abcdefg hijklmno  pqrstuv", "\u{C2}", "Â", "ÂÂÂÂÂÂÂÂ", "abc\u{0}def",
    ]

    /// The reference `isAlreadyClean`: byte by byte.
    static func isCleanByEveryByte(_ bytes: ArraySlice<UInt8>) -> Bool {
        if bytes.first == 0x20 || bytes.last == 0x20 { return false }
        var previousWasSpace = false
        for byte in bytes {
            if byte == 0x20 {
                if previousWasSpace { return false }
                previousWasSpace = true
                continue
            }
            previousWasSpace = false
            if byte < 0x20 || byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") || byte == 0xC2 || byte == 0x7F
                || byte == 0xE2 || byte == 0xE3
            {
                return false
            }
        }
        return true
    }

    @Test(arguments: texts) func cleanCheckAgreesWithEveryByte(_ text: String) {
        let bytes = Array(text.utf8)
        // Every non-empty range of the text, each at every alignment: eight leading bytes shift it.
        for shift in 0..<8 {
            let padded = Array(repeating: UInt8(ascii: "x"), count: shift) + bytes + [UInt8(ascii: "y")]
            padded.withUnsafeBufferPointer { buffer in
                for start in shift..<(shift + bytes.count) {
                    for end in (start + 1)...(shift + bytes.count) {
                        #expect(CellCleaner.isAlreadyClean(buffer, start..<end) == Self.isCleanByEveryByte(padded[start..<end]),
                                "\(text) \(start - shift)..<\(end - shift)")
                    }
                }
            }
        }
    }

    /// Lines of cells from `texts`, two and three at a time with tabs between them, and empty cells.
    static let tabbedLines: [[UInt8]] = {
        var lines: [[UInt8]] = [[], [0x09], [0x09, 0x09], Array("\t \t  \t".utf8), Array(repeating: 0x41, count: 300)]
        for (offset, first) in texts.enumerated() {
            let second = texts[(offset * 7 + 3) % texts.count]
            let third = texts[(offset * 5 + 1) % texts.count]
            lines.append(Array("\(first)\t\(second)".utf8))
            lines.append(Array("\t\(first)\t\t\(second)\t\(third)\t".utf8))
            lines.append(Array("\(String(repeating: first, count: 9))\t\(third)".utf8))
        }
        return lines
    }()

    @Test func lexerCleanFlagsAgreeWithEveryByte() {
        for line in Self.tabbedLines {
            // Every alignment of the line within eight-byte words: leading bytes shift it.
            for shift in 0..<8 {
                let padded = Array(repeating: UInt8(ascii: "x"), count: shift) + line + [UInt8(ascii: "y")]
                padded.withUnsafeBufferPointer { buffer in
                    var ranges: [Range<Int>] = []
                    var columns: [Int] = []
                    Lexer.forEachCell(buffer, shift..<(shift + line.count)) { range, column, isClean in
                        ranges.append(range)
                        columns.append(column)
                        let expected = !range.isEmpty && Self.isCleanByEveryByte(padded[range])
                        #expect(isClean == expected, "\(line) \(range)")
                    }
                    let pieces = line.split(separator: 0x09, omittingEmptySubsequences: false)
                    #expect(ranges.map { padded[$0] }.map(Array.init) == pieces.map(Array.init), "\(line)")
                    var expectedColumns: [Int] = []
                    var column = 1
                    for piece in pieces {
                        expectedColumns.append(column)
                        column += String(decoding: piece, as: UTF8.self).unicodeScalars.count + 1
                    }
                    #expect(columns == expectedColumns, "\(line)")
                }
            }
        }
    }

    @Test func cleanCheckExamples() {
        let cases: [(String, Bool)] = [
            ("Menerima berkas permohonan", true), ("Menerima  berkas", false), ("abcdefgh ijklmnop", true),
            ("abcdefg  hijklmnop", false), ("abcdefgh  ijklmnop", false), ("abcdefghijklmnop<", false), ("é à", true),
            ("Ñ\u{00A0}", false), ("abcdefgh\u{7F}", false), ("abcdefgh\t", false), ("abcdefgh\u{2013}", false),
            ("a\u{2003}b", false), ("abcdefghijklmnopq\u{3000}", false), ("\u{3042}", false), ("Ǣ ā", true),
        ]
        for (text, clean) in cases {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { #expect(CellCleaner.isAlreadyClean($0, 0..<bytes.count) == clean, "\(text)") }
        }
    }

    /// The reference `Tag.read`: the name gathered into a string and looked up in sets of names.
    static func tagByString(_ bytes: [UInt8]) -> (CellCleaner.Tag, Int)? {
        let inlineNames: Set<String> = [
            "b", "i", "u", "em", "strong", "span", "font", "sup", "sub", "small", "big", "a", "s", "strike", "mark", "o:p",
        ]
        let breakingNames: Set<String> = [
            "p", "br", "div", "center", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tbody", "thead", "tr", "td", "th", "hr",
        ]
        let end = bytes.count
        var index = 1
        var closing = false
        if index < end, bytes[index] == UInt8(ascii: "/") {
            closing = true
            index += 1
        }
        var name: [UInt8] = []
        while index < end, name.count < 8 {
            let byte = bytes[index] | 0x20
            let isLetter = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
            let isDigit = bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9")
            guard isLetter || (isDigit && !name.isEmpty) || (bytes[index] == UInt8(ascii: ":") && !name.isEmpty) else { break }
            name.append(isLetter ? byte : bytes[index])
            index += 1
        }
        guard !name.isEmpty, index < end else { return nil }
        let after = bytes[index]
        guard after == UInt8(ascii: ">") || after == UInt8(ascii: " ") || after == UInt8(ascii: "/") || after == 0x09 else {
            return nil
        }
        let limit = min(end, CellCleaner.maximumTagLength)
        var close = index
        while close < limit, bytes[close] != UInt8(ascii: ">") {
            if bytes[close] == UInt8(ascii: "<") { return nil }
            close += 1
        }
        guard close < limit else { return nil }
        let nameText = String(decoding: name, as: UTF8.self)
        switch nameText {
        case "ol", "ul": return (closing ? .listClose : .listOpen, close + 1)
        case "li": return (closing ? .itemClose : .itemOpen, close + 1)
        default:
            if breakingNames.contains(nameText) { return (.breaking, close + 1) }
            if inlineNames.contains(nameText) { return (.inline, close + 1) }
            return nil
        }
    }

    /// Tags and near-tags: every name SOPKit strips, open and closed, in both cases, with attributes,
    /// and names that are not stripped, too long, unclosed or broken.
    static let tags: [String] = {
        let names = [
            "ol", "ul", "li", "p", "br", "div", "center", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tbody", "thead",
            "tr", "td", "th", "hr", "b", "i", "u", "em", "strong", "span", "font", "sup", "sub", "small", "big", "a", "s",
            "strike", "mark", "o:p", "O:P", "LI", "Ol", "STRONG", "script", "img", "h7", "h", "blockquote", "strikeout",
            "centerxx", "o:", "o:pp", "1p", ":p", "x", "tbodyabc", "abcdefgh", "abcdefghi", "é", "bé",
        ]
        var tags: [String] = []
        for name in names {
            tags += ["<\(name)>", "</\(name)>", "<\(name) style=\"x\">", "<\(name)/>", "<\(name)\t>", "<\(name)", "<\(name)x>",
                     "<\(name) <b>", "<\(name)>rest"]
        }
        return tags + ["<", "</", "<>", "</>", "< b>", "<b", "<b ", "<1>", "<\u{00A0}b>"]
    }()

    @Test(arguments: tags) func tagReadAgreesWithNames(_ tag: String) {
        let bytes = Array(tag.utf8)
        let read = bytes.withUnsafeBufferPointer { CellCleaner.Tag.read($0, at: 0, end: bytes.count) }
        let expected = Self.tagByString(bytes)
        #expect(read?.0 == expected?.0 && read?.1 == expected?.1, "\(tag)")
    }

    @Test func tagReadExamples() {
        let cases: [(String, CellCleaner.Tag?)] = [
            ("<ol style=\"list-style-type: none\">", .listOpen), ("</UL>", .listClose), ("<li>", .itemOpen), ("</li>", .itemClose),
            ("<br/>", .breaking), ("<o:p>", .inline), ("<script>", nil), ("<blockquote>", nil),
        ]
        for (text, tag) in cases {
            let bytes = Array(text.utf8)
            #expect(bytes.withUnsafeBufferPointer { CellCleaner.Tag.read($0, at: 0, end: bytes.count)?.0 } == tag, "\(text)")
        }
    }

    /// The reference `plainASCIIBytes`: the top bit of each byte that is neither below 0x20, 0x7F, "<"
    /// nor "&", byte by byte.
    static func plainBytesByEveryByte(_ word: UInt64) -> UInt64 {
        var plain: UInt64 = 0
        for position in 0..<8 {
            let byte = UInt8(truncatingIfNeeded: word >> (8 * UInt64(position)))
            if byte >= 0x20, byte != 0x7F, byte != UInt8(ascii: "<"), byte != UInt8(ascii: "&") {
                plain |= 0x80 << (8 * UInt64(position))
            }
        }
        return plain
    }

    /// Every ASCII byte at every position of a word of "a"s and of a word of spaces.
    @Test func plainASCIIBytesOfEveryByteAtEveryPosition() {
        for filler: UInt64 in [0x6161_6161_6161_6161, 0x2020_2020_2020_2020] {
            for position in 0..<8 {
                for byte in UInt64(0)..<0x80 {
                    let shift = 8 * UInt64(position)
                    let word = filler & ~(0xFF << shift) | byte << shift
                    #expect(CellCleaner.plainASCIIBytes(word) == Self.plainBytesByEveryByte(word), "\(byte) at \(position)")
                }
            }
        }
    }

    @Test func plainASCIIBytesExamples() {
        let cases: [(String, UInt64)] = [
            ("Kegiatan", 0x8080_8080_8080_8080), ("a\tb c<&d", 0x8000_0080_8080_0080), ("\u{7F}\u{1F} !;=%'", 0x8080_8080_8080_0000),
            ("\0\0\0\0\0\0\0\0", 0), ("<<<<&&&&", 0), ("\n\r\t\u{B}\u{C}\u{1B}\u{1} ", 0x8000_0000_0000_0000),
        ]
        for (text, plain) in cases {
            let bytes = Array(text.utf8)
            let word = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
            #expect(CellCleaner.plainASCIIBytes(word) == plain, "\(text)")
        }
    }

    /// Random words of ASCII bytes, drawn from a seeded generator.
    @Test func plainASCIIBytesOfRandomWords() {
        var generator = SplitMix(seed: 33)
        for _ in 0..<20_000 {
            let word = generator.next() & 0x7F7F_7F7F_7F7F_7F7F
            #expect(CellCleaner.plainASCIIBytes(word) == Self.plainBytesByEveryByte(word))
        }
    }
}
