@testable import SOPKit
import Testing

/// The lines of a file are read with one cache of the classes of their short word tokens
/// (`OCRToken.ClassCache`): each line's tokens, kinds, `plainKnownWord`s, key and row start agree with
/// those of the line read on its own, without the cache (the reference), however full the cache is:
/// words repeated in other cases and at other places (inside a line, where sixteen bytes are left to
/// load, and at its end, where they are not), tokens of 15, 16 and 17 bytes, tokens that differ only
/// past their eighth byte or by a NUL byte, units, amounts, borders, bytes beyond ASCII (é, —, ’,
/// NBSP), tabs, empty lines and a very long line.
@Suite struct OCRTokenClassCacheTests {
    static let lines: [String] = [
        "", "Pencumpulan dokumen Ihdikator", "dokumen Pencumpulan", "DOKUMEN dokumen Dokumen", "ab ab\u{0} ab",
        "Penyusunanrenstr Penyusunanrenst Penyusunanrenstra", "Penyusunanrenstr", "kegiatanA kegiatanB kegiatanA",
        "1 iam 2 jam ljam 1jam menit Menit|", "| Uraian | Kegiatan |", "é dokumen é", "dokumen—surat ’dokumen’",
        "a\u{A0}b dokumen\u{A0}", "\tdokumen\t\tsurat  ", "Surat Keputusan Kepala Dinas", "surat keputusan",
        String(repeating: "Pengumpulan data ", count: 500), "xy", "xy xy", "Xy", "LA(KIP P.enyu_sunan LA(KIP",
        "1. | 10 | 0,5 | 1-2 | 2. | - | _- | J | ! | I | || 10 1. 0,5", "3) 4, 5.| 1jam l,5jam Ijam 12345678901234567",
    ]

    /// What a scan tells of a line, `plainKnownWord` of each token included.
    static func described(_ scan: OCRLineScan) -> String {
        let tokens = scan.tokens.map { "\($0.text)@\($0.offset):\($0.kind):\(String(describing: $0.plainKnownWord))" }
        return tokens.joined(separator: " ")
            + " | \(scan.isSpacedOnce) \(String(describing: scan.rowStart)) \(scan.key) \(scan.keyHoldsActivityHeaderWord) \(scan.hasPipe)"
    }

    @Test(arguments: [0, 1, 2, 4, 16, 1024, OCRToken.ClassCache.fileSlotCount]) func aCachedScanAgreesWithAScanOnItsOwn(_ slotCount: Int) {
        var classes = OCRToken.ClassCache(slotCount: slotCount)
        for _ in 0..<2 {
            for line in Self.lines {
                let cached = OCRToken.scan(of: line, classes: &classes)
                #expect(Self.described(cached) == Self.described(OCRToken.scan(of: line)), "\(line.prefix(40))")
            }
        }
    }

    /// The cache packs a token as `PackedASCIIWord` does, for every length it notes, at every place
    /// in lines shorter and longer than eight and sixteen bytes (where the loads apply and where not),
    /// from the head `plainTokenEnd` gives (the eight bytes from the token's start, when there are eight).
    @Test func packedTokensAgreeWithPackedASCIIWord() {
        var generator = SplitMix(seed: 0x0C12_0025)
        for _ in 0..<20_000 {
            let count = Int.random(in: 1...40, using: &generator)
            let bytes = (0..<count).map { _ in UInt8.random(in: 0...0x7F, using: &generator) }
            bytes.withUnsafeBufferPointer { buffer in
                let start = Int.random(in: 0..<count, using: &generator)
                let length = Int.random(in: 1...min(OCRToken.ClassCache.longestToken, count - start), using: &generator)
                let room = UnsafeMutablePointer<UInt8>.allocate(capacity: count - start)
                defer { room.deallocate() }
                let head = OCRToken.plainTokenEnd(buffer, from: start, lowercasedTo: room).head
                let packed = OCRToken.ClassCache.packed(buffer, from: start, length: length, head: head)
                let expected = PackedASCIIWord(buffer, from: start, length: length)
                #expect(packed.low == expected.low && packed.high == expected.high, "\(bytes) from \(start) for \(length)")
            }
        }
    }

    @Test func theLinesOfAFileAgreeWithLinesReadOnTheirOwn() {
        let text = Self.lines.joined(separator: "\n")
        let source = SourceText(file: "f.txt", bytes: Array(text.utf8), encoding: .utf8)
        let lines = OCRLine.lines(of: source)
        #expect(lines.count == source.lineCount)
        for (index, line) in lines.enumerated() {
            let alone = OCRLine(number: index + 1, text: source.line(index + 1))
            #expect(line.number == alone.number && line.text == alone.text && line.key == alone.key)
            #expect(line.tokens == alone.tokens && line.tokens.map(\.plainKnownWord) == alone.tokens.map(\.plainKnownWord))
            #expect(line.rowStart?.number == alone.rowStart?.number && line.rowStart?.nextToken == alone.rowStart?.nextToken)
            #expect(line.hasPipe == alone.hasPipe && line.namesActivityColumn == alone.namesActivityColumn)
        }
    }

    /// Files read one after another, each with the cache a file before it left (`ClassCache.forFile`,
    /// `keepForNextFile`): the same file twice, a file of other words, and a file of more distinct
    /// words than a kept cache has room for (so that its slots are emptied on the way), twice.
    @Test func filesReadOneAfterAnotherAgreeWithLinesReadOnTheirOwn() {
        let manyWords = (0..<5000).map { "kata\($0)x" + (($0 % 3 == 0) ? "|" : "") }
        let many = stride(from: 0, to: manyWords.count, by: 40).map { manyWords[$0..<min($0 + 40, manyWords.count)].joined(separator: " ") }
        let files = [Self.lines, Self.lines, Self.lines.reversed().map { $0.uppercased() }, many, many, Self.lines]
        for file in files {
            let source = SourceText(file: "f.txt", bytes: Array(file.joined(separator: "\n").utf8), encoding: .utf8)
            for (index, line) in OCRLine.lines(of: source).enumerated() {
                let alone = OCRLine(number: index + 1, text: source.line(index + 1))
                #expect(line.text == alone.text && line.key == alone.key && line.tokens == alone.tokens)
                #expect(line.tokens.map(\.plainKnownWord) == alone.tokens.map(\.plainKnownWord))
                #expect(line.rowStart?.number == alone.rowStart?.number && line.hasPipe == alone.hasPipe)
            }
        }
    }

    /// Row starts whose reading looks at a token past the fourth (of whose bounds the pass writes only
    /// `noted` when the class cache copied it), read in a file where every such token is cached (each
    /// line comes twice), agree with the line read on its own and with the expected step numbers.
    @Test func rowStartsPastTheFourthTokenAgreeWithLinesReadOnTheirOwn() {
        let expected: [(line: String, rowStart: (number: Int, nextToken: Int)?)] = [
            ("| | | | 1. Siapkan dokumen", (1, 5)), ("| | | 12 . | Siapkan", (12, 6)), ("| | | 7. | surat", (7, 5)),
            ("| | 3 | surat", (3, 4)), ("| | | 9 | surat", (9, 5)), ("| | | 4 , surat", (4, 5)), ("| | | | | 2 x", nil),
            ("| | | | |", nil), ("| | | | 100 surat", nil), ("| | | 5 é", nil), ("| | | 6) é | x", (6, 4)),
        ]
        let lines = expected.map(\.line) + expected.map(\.line)
        let source = SourceText(file: "f.txt", bytes: Array(lines.joined(separator: "\n").utf8), encoding: .utf8)
        for (index, line) in OCRLine.lines(of: source).enumerated() {
            let alone = OCRLine(number: index + 1, text: source.line(index + 1))
            let want = expected[index % expected.count].rowStart
            #expect(line.rowStart?.number == alone.rowStart?.number && line.rowStart?.nextToken == alone.rowStart?.nextToken)
            #expect(line.rowStart?.number == want?.number && line.rowStart?.nextToken == want?.nextToken, "\(line.text)")
        }
    }

    @Test func packingKeepsTheTokensBytesOnly() {
        let bytes = Array("dokumenXsuratYYYYYYYYYYYYYYYY".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            for length in 1...16 {
                for start in [0, buffer.count - length] {
                    var low: UInt64 = 0
                    var high: UInt64 = 0
                    for index in 0..<length {
                        let byte = UInt64(buffer[start + index])
                        if index < 8 { low |= byte << (8 * index) } else { high |= byte << (8 * (index - 8)) }
                    }
                    let packed = PackedASCIIWord(buffer, from: start, length: length)
                    #expect(packed.low == low && packed.high == high, "\(start) \(length)")
                }
            }
        }
    }
}
