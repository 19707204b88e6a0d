@testable import SOPKit
import Testing

/// `OCRLine` is a value of its number and a record of its file's shared `Store`: every empty line of a
/// file holds the store's empty record, a line whose bytes an earlier line of its file has holds the
/// record of the first such line, and every other line a record of its own; all in one store. Edge
/// cases: empty lines in runs and at both ends, lines of only spaces or tabs, bytes beyond ASCII (é, —,
/// ’, NBSP), a very long line repeated, line ends of two kinds; a file whose tokens outgrow the store's
/// first allocation, and tokens long enough to be slices of their line.
@Suite struct OCRLineStoreTests {
    static let texts = [
        "", "Kepala Dinas", "", "", "Kepala Dinas", " \t ", "é — ’\u{00A0}x", " \t ", "é — ’\u{00A0}x",
        String(repeating: "Pertanggungjawaban é ", count: 400), "Kepala Dinas",
        String(repeating: "Pertanggungjawaban é ", count: 400), "", "Kepala Dinas",
    ]

    @Test(arguments: ["\n", "\r\n"]) func linesShareTheRecordOfTheFirstLineOfTheirBytes(_ lineEnd: String) throws {
        let source = SourceText(file: "f.txt", bytes: Array(Self.texts.joined(separator: lineEnd).utf8), encoding: .utf8)
        let lines = OCRLine.lines(of: source)
        try #require(lines.count == Self.texts.count)
        let emptyRecord = lines[0].record
        for (index, text) in Self.texts.enumerated() {
            #expect(lines[index].number == index + 1)
            #expect(lines[index].store === lines[0].store)
            let first = Self.texts.firstIndex(of: text)!
            #expect(lines[index].record == (text.isEmpty ? emptyRecord : lines[first].record), "\(index)")
        }
        #expect(Set(lines.map(\.record)).count == Set(Self.texts).count)
    }

    @Test func anEmptyLineOfItsOwnTextHoldsWhatAFilesEmptyLineHolds() {
        let alone = OCRLine(number: 3, text: "")
        let empty = OCRLine.lines(of: SourceText(file: "f.txt", bytes: Array("\nx".utf8), encoding: .utf8))[0]
        #expect(alone.text == empty.text && alone.key == empty.key && alone.tokens == empty.tokens)
        #expect(alone.text.isEmpty && alone.key.isEmpty && alone.tokens.isEmpty)
        #expect(alone.rowStart == nil && empty.rowStart == nil)
        #expect(alone.hasPipe == empty.hasPipe && alone.namesActivityColumn == empty.namesActivityColumn)
    }

    @Test func aLineSharingARecordKeepsItsOwnNumber() {
        let read = OCRLine(number: 7, text: "Pencumpulan dokumen")
        let shared = OCRLine(number: 12, sharingRecordOf: read)
        #expect(shared.store === read.store && shared.record == read.record && shared.number == 12 && read.number == 7)
        #expect(shared.text == read.text && shared.tokens == read.tokens && shared.key == read.key)
    }

    /// A file of many distinct lines, some with tokens longer than a string holds inline and some of
    /// one-letter tokens (more tokens than the store's first chunk has room for, so that they take
    /// more chunks), holds on each line what that line read alone holds.
    @Test func aFileOfManyLinesHoldsWhatEachLineReadAloneHolds() throws {
        let texts = (0..<600).map { index in
            index % 7 == 0 ? "" : index % 5 == 0
                ? "\(index % 30). | Pertanggungjawaban\(index) é dokumen | 10 menit"
                : index % 3 == 0 ? "\(index) a b c d e f g h i j k l m n o p q r s t u v w x y z"
                : "Baris \(index)\t— kegiatan ’\u{00A0}\(index * 31) |"
        }
        let source = SourceText(file: "f.txt", bytes: Array(texts.joined(separator: "\n").utf8), encoding: .utf8)
        let lines = OCRLine.lines(of: source)
        try #require(lines.count == texts.count)
        #expect(lines[0].store.withUnsafeMutablePointerToHeader { !$0.pointee.tokens.filledChunks.isEmpty })
        for (line, text) in zip(lines, texts) {
            let alone = OCRLine(number: line.number, text: text)
            #expect(line.text == alone.text && line.key == alone.key, "\(text)")
            #expect(line.tokens == alone.tokens && line.tokens.map(\.offset) == alone.tokens.map(\.offset), "\(text)")
            #expect(line.rowStart.map { [$0.number, $0.nextToken] } == alone.rowStart.map { [$0.number, $0.nextToken] })
            #expect(line.hasPipe == alone.hasPipe && line.namesActivityColumn == alone.namesActivityColumn)
        }
    }

    /// Each line of a file holds `TextFolding.key` of its text, its bytes read in place in the file's
    /// store: on lines of every kind the key's scan is tested on (`OCRLineKeyFromTokensTests.lines`,
    /// without line ends), each twice (the second holding the first's record) and after long lines.
    @Test func eachLineOfAFileHoldsTheKeyOfItsText() throws {
        let texts = OCRLineKeyFromTokensTests.lines.filter { !$0.contains("\r") && !$0.contains("\n") }
        let doubled = texts + Self.texts + texts
        let source = SourceText(file: "f.txt", bytes: Array(doubled.joined(separator: "\n").utf8), encoding: .utf8)
        let lines = OCRLine.lines(of: source)
        try #require(lines.count == doubled.count)
        for line in lines {
            let expected = Array(TextFolding.key(line.text).utf8)
            #expect(Array(line.key.utf8) == expected, "\(line.text.debugDescription)")
            #expect(line.withKeyBytes { Array($0) } == expected, "\(line.text.debugDescription)")
        }
    }

    /// A store's chunks keep what was written in them when a room does not fit the chunk being
    /// filled: the next room starts a new chunk (of its own size when larger than the last), and
    /// rooms asked for with more than is then written (as a line's key is) leave no gap to fill.
    @Test func chunksKeepWhatWasWrittenWhenANewOneStarts() {
        var chunks = OCRLine.StoreChunks<UInt8>(capacity: 4)
        var runs: [(start: UnsafeMutablePointer<UInt8>, length: Int)] = []
        for length in [3, 1, 2, 9, 0, 4, 20, 5, 1, 1] {
            let room = chunks.room(for: length + 2)
            room.update(repeating: UInt8(length), count: length)
            chunks.advance(by: length)
            runs.append((room, length))
        }
        for run in runs {
            #expect(UnsafeBufferPointer(start: run.start, count: run.length).allSatisfy { $0 == UInt8(run.length) })
        }
        #expect(!chunks.filledChunks.isEmpty)
        chunks.deallocate()
    }

    /// Whether a line's tokens may hold references follows from their lengths: none for a line of short
    /// tokens (texts held inline), some once a token is longer than `OCRToken.inlineTextCapacity`; a line
    /// of given tokens is taken to hold some.
    @Test func tokensHoldReferencesOnlyWhenOneIsLong() {
        let cases: [(String, Bool)] = [
            ("", false), ("Kepala Dinas 2 jam", false), ("é — ’\u{00A0}x", false),
            ("Pertanggungjawaban", true), ("a\tabcdefghijklmnop", true), ("abcdefghijklmno", false),
        ]
        for (text, holds) in cases {
            let line = OCRLine(number: 1, text: text)
            #expect(line.store.record(line.record).pointee.tokensHoldReferences == holds, "\(text)")
        }
        let given = OCRLine(number: 1, tokens: OCRToken.tokens(of: "Kepala Dinas"))
        #expect(given.store.record(given.record).pointee.tokensHoldReferences)
    }

    #if _pointerBitWidth(_64)
    /// Whether `string` is held inline, without storage of its own: on a 64-bit platform, bit 61 of the
    /// second word of its representation (the small-string flag of Swift's string layout).
    static func isHeldInline(_ string: String) -> Bool {
        unsafeBitCast(string, to: (UInt64, UInt64).self).1 & (1 << 61) != 0
    }

    /// A store frees the tokens of a record that says none holds a reference without releasing them: so
    /// every token of such a record, in a file (repeated lines and noted tokens too) or read alone, must
    /// be held inline. Tokens of 15 and 16 bytes, ASCII and not, emoji, combining marks, NBSP and CR.
    @Test func recordsSayingNoReferenceHoldOnlyInlineTexts() {
        let texts = [
            "abcdefghijklmno abcdefghijklmnop abcdefghijklmno", "ééééééé1 éééééééé ééééééé1", "👍🏽👍🏽 👍🏽👍🏽 a",
            "e\u{301}e\u{301}e\u{301}e\u{301}e\u{301} x", "a\u{00A0}b\u{00A0}c\u{00A0}d\u{00A0}e — f’", "x\ry z\r",
            "1. | Pertanggungjawaban | 10 menit", "kata kata kata kata kata kata",
        ]
        let withRepeats = texts + texts.map { $0 + " z" } + texts
        let lines = OCRLine.lines(of: SourceText(file: "f.txt", bytes: Array(withRepeats.joined(separator: "\n").utf8), encoding: .utf8))
        var checked = 0
        for line in lines + texts.map({ OCRLine(number: 1, text: $0) })
        where !line.store.record(line.record).pointee.tokensHoldReferences {
            for token in line.tokens {
                #expect(Self.isHeldInline(token.text.base), "line \(line.number): \(token.text.debugDescription)")
                checked += 1
            }
        }
        #expect(checked > 20)
    }
    #endif
}
