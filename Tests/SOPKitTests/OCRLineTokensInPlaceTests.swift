@testable import SOPKit
import Testing

/// An OCR line's tokens live in its file's `Store`, one run of a chunk of tokens per line (`OCRTokens`),
/// rather than in an array of their own. They agree with the array `OCRToken.scan` cuts from the same bytes (texts, offsets,
/// kinds, `plainKnownWord`, repair-cache notes), whether the line is read alone or with a file's class
/// cache; a run of them is indexed as an `ArraySlice` of that array is; and word repair finds the same
/// repairs on them as on the array. Edge cases: empty input, lines of only spaces or tabs, bytes beyond
/// ASCII (é, —, ’, NBSP), tabs, a very long line, long tokens (slices of their line).
@Suite struct OCRLineTokensInPlaceTests {
    static let texts = OCRFrontBytesTests.texts + [
        "", " \t ", "\t1.\t|\tMemberi  disposisi\t", "é — ’\u{00A0}x Pencumpulan dokurnen 1 iam",
        String(repeating: "Pertanggungjawaban é | 10 menit ", count: 300),
        "abcdefghijklmnopqrstuvwxyz Kepala Dinas 2 jam", "| No. | Aktivitas | Waktu | Output |",
    ]

    /// The tokens' facts as text, one string per token, so that two lists compare on all of them.
    static func described(_ tokens: some Sequence<OCRToken>) -> [String] {
        tokens.map { token in
            let entry = token.repairCacheEntry.map { "\($0.number)/\($0.staysAsItIs)" } ?? "-"
            return "\(Array(token.text.utf8))@\(token.offset):\(token.kind):\(String(describing: token.plainKnownWord)):\(entry)"
        }
    }

    @Test(arguments: texts) func tokensInPlaceAgreeWithTheScannedArray(_ text: String) {
        let expected = OCRToken.tokens(of: text)
        let line = OCRLine(number: 1, text: text)
        #expect(line.tokens.count == expected.count && line.tokens.startIndex == 0)
        #expect(Self.described(line.tokens) == Self.described(expected), "\(text.prefix(40).debugDescription)")
        #expect(line.tokens.withUnsafeBufferPointer { Self.described($0) } == Self.described(expected))
    }

    @Test(arguments: texts) func runsAreIndexedAsArraySlices(_ text: String) {
        let expected = OCRToken.tokens(of: text)
        let tokens = OCRLine(number: 1, text: text).tokens
        let count = min(expected.count, 12)
        for lower in 0...count {
            for upper in lower...count {
                let run = tokens[lower..<upper]
                let reference = expected[lower..<upper]
                #expect(run.startIndex == reference.startIndex && run.endIndex == reference.endIndex)
                #expect(Array(run.indices) == Array(reference.indices))
                #expect(Self.described(run) == Self.described(reference))
                #expect(Self.described(run.dropFirst()) == Self.described(reference.dropFirst()))
                #expect(run.withUnsafeBufferPointer { Self.described($0) } == Self.described(reference))
            }
        }
    }

    @Test func linesReadWithTheFileCacheHoldWhatTheScanWithItCuts() throws {
        let texts = Self.texts.filter { !$0.utf8.contains(0x0A) && !$0.utf8.contains(0x0D) }
        let source = SourceText(file: "f.txt", bytes: Array(texts.joined(separator: "\n").utf8), encoding: .utf8)
        let lines = OCRLine.lines(of: source)
        try #require(lines.count == texts.count)
        var classes = OCRToken.ClassCache(slotCount: OCRToken.ClassCache.fileSlotCount)
        var read: [String: [String]] = [:]
        for text in texts where read[text] == nil {
            read[text] = Self.described(OCRToken.scan(of: text, classes: &classes).tokens)
        }
        for (line, text) in zip(lines, texts) {
            let texts = Self.described(line.tokens).map { $0.prefix { $0 != ":" } }
            #expect(texts == read[text]!.map { $0.prefix { $0 != ":" } }, "\(text.prefix(40).debugDescription)")
            #expect(line.tokens == OCRLine(number: 1, text: text).tokens)
        }
    }

    @Test(arguments: texts) func repairInPlaceFindsWhatTheArrayRepairFinds(_ text: String) {
        let line = OCRLine(number: 1, text: text)
        var inPlaceMemo = OCRRepair.Memo()
        var arrayMemo = OCRRepair.Memo()
        let inPlace = OCRRepair.repairTokens(line.tokens, memo: &inPlaceMemo)
        let array = OCRRepair.repairTokens(Array(line.tokens), memo: &arrayMemo)
        #expect(inPlace.repairs.map(\.original) == array.repairs.map(\.original))
        #expect(inPlace.repairs.map(\.replacement) == array.repairs.map(\.replacement))
        #expect(inPlace.repairs.map(\.offset) == array.repairs.map(\.offset))
        if array.repairs.isEmpty {
            #expect(inPlace.tokens.isEmpty && Self.described(array.tokens) == Self.described(line.tokens))
        } else {
            #expect(Self.described(inPlace.tokens) == Self.described(array.tokens))
        }
    }

    @Test func aLineOfGivenTokensHoldsThem() {
        for text in Self.texts {
            let tokens = OCRToken.tokens(of: text)
            let line = OCRLine(number: 4, tokens: tokens)
            #expect(Self.described(line.tokens) == Self.described(tokens))
            #expect(line.rowStart.map { [$0.number, $0.nextToken] } == OCRLine.rowStart(of: tokens).map { [$0.number, $0.nextToken] })
        }
    }

    /// A run of a line's tokens that starts after its first token is read from its own first token, as
    /// an array of the same tokens is.
    @Test func aRunOfTokensStartsARowFromItsFirstToken() {
        for text in Self.texts + ["| 3. Menerima berkas", "x 2 | Memeriksa", "a | 10 . Dokumen"] {
            let line = OCRLine(number: 1, text: text)
            for start in 0...line.tokens.count {
                let run = line.tokens[start..<line.tokens.count]
                #expect(
                    OCRLine.rowStart(of: run).map { [$0.number, $0.nextToken] }
                        == OCRLine.rowStart(of: Array(run)).map { [$0.number, $0.nextToken] }, "\(text) from \(start)")
            }
        }
    }
}
