@testable import SOPKit
import Testing

/// The checks of OCR lines that read their record and tokens in place (`OCRLine.isJunk`, told when
/// the line is read, `OCRLine.asciiHasThreeLetters`, `OCRLine.holdsTimeToken`,
/// `OCRParser.anyMarksContent`) and the first-word gate of section-title keys
/// (`NarrativeSections.endsWordAtOneOf`), against known answers and the readings they stand for.
@Suite struct OCRLineInPlaceTests {
    /// Words and their `TextFolding.hasThreeLetters`: ASCII letters and digits, punctuation, non-ASCII
    /// letters before and after the third, combining marks, empty.
    static let threeLetterCases: [(text: String, expected: Bool)] = [
        ("", false), ("a", false), ("ab", false), ("abc", true), ("ABC", true), ("a1b2c", true), ("12", false),
        ("A.B", false), ("A.B.C", true), ("--x--y", false), ("Été", true), ("éé", false), ("日本", false),
        ("日本語", true), ("ab\u{301}c", true), ("a\u{301}b", false), ("abcé", true), ("ab|", false), ("@[`{", false),
    ]

    /// `asciiHasThreeLetters` answers on ASCII bytes as `TextFolding.hasThreeLetters` does, and leaves to
    /// the characters (nil) exactly the texts with a byte outside ASCII before their third ASCII letter.
    @Test(arguments: threeLetterCases)
    func asciiHasThreeLettersCountsLetters(_ text: String, _ expected: Bool) {
        #expect(TextFolding.hasThreeLetters(Substring(text)) == expected, "\(text.debugDescription)")
        let onBytes = Array(text.utf8).withUnsafeBufferPointer(OCRLine.asciiHasThreeLetters)
        let asciiLettersBeforeOther = text.utf8.prefix { $0 < 0x80 }.filter { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }.count
        if asciiLettersBeforeOther >= 3 || text.utf8.allSatisfy({ $0 < 0x80 }) {
            #expect(onBytes == expected, "\(text.debugDescription)")
        } else {
            #expect(onBytes == nil, "\(text.debugDescription)")
        }
        // A token in the middle of a longer line is read on its own bytes only.
        guard !text.isEmpty, !text.utf8.contains(0x20) else { return }
        let line = OCRLine(number: 1, text: "xyz " + text + " xyz")
        let inLine = line.withRecord { held -> Bool?? in
            guard held.pointee.tokenCount == 3 else { return .none }
            return .some(held.pointee.tokens[1].withTextUTF8(OCRLine.asciiHasThreeLetters))
        }
        #expect(inLine == .some(onBytes), "\(text.debugDescription) in a line")
    }

    /// Lines and whether they are debris of shapes and borders (`isJunk`).
    static let junkCases: [(text: String, expected: Bool)] = [
        ("", false), ("-", true), ("| - | _ |", true), ("Ab", true), ("Ab Cd ~", true), ("Abc", false),
        ("- 1", false), ("| 10 |", false), ("2 jam", false), ("menit", false), ("1jam", false),
        ("é è", true), ("Été", false), ("~~ Surat", false), ("\\/ l‘ J", true),
    ]

    @Test(arguments: junkCases)
    func isJunkReadsTokensInPlace(_ text: String, _ expected: Bool) {
        let line = OCRLine(number: 1, text: text)
        #expect(line.isJunk == expected, "\(text.debugDescription)")
        #expect(line.isJunk == Self.junkByDefinition(line), "\(text.debugDescription)")
    }

    /// `isJunk` as the definition asks it of the tokens, a word's letters counted on its characters.
    static func junkByDefinition(_ line: OCRLine) -> Bool {
        !line.isBlank && !line.tokens.contains { token in
            switch token.kind {
            case .number, .unit, .amount: true
            case .word: TextFolding.hasThreeLetters(token.text)
            default: false
            }
        }
    }

    /// `isJunk` is told when a line is read, by the tokenizer's pass (kinds and letters of the tokens
    /// it classifies on their bytes, noted with the class cache's copies, and the tokens whose kind
    /// their characters decide), or from the tokens of a line made of them: lines of a file (each read
    /// twice, so that the second reading copies its short tokens from the cache), read on their own,
    /// and made of their tokens all agree with the definition: tokens of two and three letters, longer
    /// than the cache keeps, units and amounts, borders, bytes beyond ASCII, tabs, blank lines.
    @Test func isJunkToldWhenReadAgreesWithTheDefinition() {
        let texts = Self.junkCases.map(\.text) + [
            "ab cd ef", "ab cd efg", "ab1 cd2", "abcdefghijklmnopqrstu", "ab-cd-ef-gh-ij-kl-mn-op-q", "| | ||",
            "12345678901234567890", "~~~~~~~~~~~~~~~~~~~~", "é Ab", "Ab é Cd", "ÀÉ Ab", "ÀÉÎ", "— 5 mnt", "ljam |",
            "\tAb\t\tCd  ", "   ", "Ab\u{A0}Cd", "A.B", "A.B.C", "xx.yy", "x2 y3 z4", "Kegiatan", "l‘ \\/ J _-",
        ]
        let fileText = (texts + texts).joined(separator: "\n")
        let source = SourceText(file: "f.txt", bytes: Array(fileText.utf8), encoding: .utf8)
        for (index, line) in OCRLine.lines(of: source).enumerated() {
            let text = source.line(index + 1)
            #expect(line.isJunk == Self.junkByDefinition(line), "\(text.debugDescription) in a file")
            let alone = OCRLine(number: 1, text: text)
            #expect(alone.isJunk == line.isJunk, "\(text.debugDescription) on its own")
            let made = OCRLine(number: 1, tokens: Array(alone.tokens))
            #expect(made.isJunk == Self.junkByDefinition(made), "\(text.debugDescription) made of its tokens")
        }
    }

    /// Lines and whether one of their tokens is a duration (`OCRTableParser.hasTime`).
    static let timeCases: [(text: String, expected: Bool)] = [
        ("", false), ("10", false), ("10 menit", true), ("1jam", true), ("| 2 | Hari |", true), ("Menit|", true),
        ("Surat masuk", false), ("iam", true), ("Jam kerja", true), ("Jamban", false), ("— 5 mnt", true),
    ]

    @Test(arguments: timeCases)
    func holdsTimeTokenReadsKinds(_ text: String, _ expected: Bool) {
        let line = OCRLine(number: 1, text: text)
        let found = line.withRecord { OCRLine.holdsTimeToken($0.pointee.tokens, count: $0.pointee.tokenCount) }
        #expect(found == expected, "\(text.debugDescription)")
        #expect(OCRTableParser.hasTime(line) == expected, "\(text.debugDescription)")
    }

    @Test func anyMarksContentAsksEveryLineInPlace() {
        let texts = ["Nomor SOP : 1", "Nama SOP : Surat", "", "DINAS KOMINFO", "Tujuan", "1. | Menerima | 5 menit |"]
        var lines = texts.enumerated().map { OCRLine(number: $0.offset + 1, text: $0.element) }
        for start in lines.indices {
            for end in start..<lines.count {
                let slice = lines[start...end]
                #expect(OCRParser.anyMarksContent(slice) == slice.contains(where: OCRParser.marksContent), "\(start)...\(end)")
            }
        }
        #expect(!OCRParser.anyMarksContent(lines[0...3]))
        #expect(OCRParser.anyMarksContent(lines[0...4]))
        lines.removeAll()
        #expect(!OCRParser.anyMarksContent(lines[...]))
    }

    /// Keys, the lengths asked (bits) and whether a word of one of them could end the key's first word.
    static let wordEndCases: [(key: String, lengths: UInt16, expected: Bool)] = [
        ("latar belakang", 1 << 5, true), ("latar", 1 << 5, true), ("latarx", 1 << 5, false),
        ("lata belakang", 1 << 5, false), ("definisi operasional", 1 << 5 | 1 << 8, true),
        ("dasar hukum", 1 << 5 | 1 << 8, true), ("dasarhukum", 1 << 5 | 1 << 8, false), ("abc", 1 << 6, false),
        ("", 1 << 5, false), ("persyaratan", 1 << 6 | 1 << 8 | 1 << 10 | 1 << 11, true),
        ("pengertian umum", 1 << 6 | 1 << 8 | 1 << 10 | 1 << 11, true), ("pelayanan publik", 1 << 6 | 1 << 10, false),
        ("a b c d e f g", 0, false),
    ]

    @Test(arguments: wordEndCases)
    func endsWordAtOneOfLooksAtThoseBytes(_ key: String, _ lengths: UInt16, _ expected: Bool) {
        let answer = Array(key.utf8).withUnsafeBufferPointer { NarrativeSections.endsWordAtOneOf(lengths, $0) }
        #expect(answer == expected, "\(key)")
        let firstWordLength = key.utf8.firstIndex(of: 0x20).map { key.utf8.distance(from: key.utf8.startIndex, to: $0) } ?? key.utf8.count
        if lengths &>> firstWordLength & 1 != 0, firstWordLength < 16 { #expect(answer, "\(key) has a first word of a length asked") }
    }
}
