@testable import SOPKit
import Testing

/// The lines of a file write the bounds of their tokens in one room that they take in turn
/// (`OCRToken.BoundsRoom`), made larger when a line needs more room than the lines before it: each
/// line holds what it holds read on its own (the reference, with room of its own), whether it fits
/// the first room (`OCRLine.firstBoundsRoomBytes`), just fits it, just does not, is far longer, or
/// comes after a longer line; lines of one-byte tokens (the most tokens a line of its bytes can
/// hold), tokens longer than a string holds inline, borders, row starts and bytes beyond ASCII.
@Suite struct OCRLineBoundsRoomTests {
    /// A line of `count` bytes of one-letter tokens, one space apart (a trailing space when `count`
    /// is even): `tokenRoomCapacity(byteCount: count)` tokens.
    static func oneLetterTokens(_ count: Int) -> String {
        let bytes: [UInt8] = (0..<count).map { (index: Int) -> UInt8 in
            index % 2 == 0 ? UInt8(0x61 + index / 2 % 26) : 0x20
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether `line`, a line of a file, holds what `text` read on its own holds.
    static func holdsWhatItHoldsAlone(_ line: OCRLine, _ text: String) -> Bool {
        let alone = OCRLine(number: line.number, text: text)
        return line.text == alone.text && line.key == alone.key && line.tokens == alone.tokens
            && line.tokens.map(\.offset) == alone.tokens.map(\.offset)
            && line.rowStart.map { [$0.number, $0.nextToken] } == alone.rowStart.map { [$0.number, $0.nextToken] }
            && line.hasPipe == alone.hasPipe && line.namesActivityColumn == alone.namesActivityColumn
    }

    @Test(arguments: [
        [1, 2, 255, 256, 257, 258],
        [OCRLine.firstBoundsRoomBytes - 1, OCRLine.firstBoundsRoomBytes, OCRLine.firstBoundsRoomBytes + 1],
        [3_000, 10, 259, 2_999, 3_001, 7],
        [600, 1_300, 513, 2_700, 100],
    ])
    func linesOfOneLetterTokensHoldWhatTheyHoldAlone(_ lengths: [Int]) throws {
        let texts = lengths.map(Self.oneLetterTokens)
        #expect(texts.map(\.utf8.count) == lengths)
        let source = SourceText(file: "f.txt", bytes: Array(texts.joined(separator: "\n").utf8), encoding: .utf8)
        let lines = OCRLine.lines(of: source)
        try #require(lines.count == texts.count)
        for (line, text) in zip(lines, texts) {
            #expect(line.tokens.count == OCRToken.tokenRoomCapacity(byteCount: text.utf8.count))
            #expect(Self.holdsWhatItHoldsAlone(line, text), "\(text.utf8.count) bytes")
        }
    }

    /// Pieces random lines are made of: words, a token longer than a string holds inline, numbers, row
    /// starts, borders, debris, bytes beyond ASCII, spaces and tabs.
    static let pieces = [
        "Kepala", "dokumen", "Pertanggungjawaban", "10", "1.", "2", "|", "-", "menit", "1jam", "é", "—", " ", " ", "\t",
        "a", "b",
    ]

    @Test func randomLinesOfAllLengthsHoldWhatTheyHoldAlone() throws {
        var generator = SplitMix(seed: 0x0C36_B0D5)
        let texts = (0..<400).map { _ in
            let count = Int.random(in: 0...(Bool.random(using: &generator) ? 40 : 400), using: &generator)
            return (0..<count).map { _ in Self.pieces.randomElement(using: &generator)! }.joined(separator: " ")
        }
        let source = SourceText(file: "f.txt", bytes: Array(texts.joined(separator: "\n").utf8), encoding: .utf8)
        let lines = OCRLine.lines(of: source)
        try #require(lines.count == texts.count)
        #expect(texts.contains { $0.utf8.count > 4 * OCRLine.firstBoundsRoomBytes })
        for (line, text) in zip(lines, texts) {
            #expect(Self.holdsWhatItHoldsAlone(line, text), "\(text.prefix(60))")
        }
    }
}
