@testable import SOPKit
import Testing

/// The Mutu Baku cells read with each word appended straight to its cell agree with the reading they
/// replaced: each segment's words joined in a buffer of their own, the segment then joined into the
/// cell chosen when the segment ends.
@Suite struct OCRTableSegmentTests {
    /// Where a row's Waktu is: the line and token of its number and of its unit.
    typealias PivotPlace = (numberLine: Int?, numberToken: Int?, unitLine: Int?, unitToken: Int?)

    /// The reference cells of the lines `rest` (the tokens after the activity) of a row whose Waktu is
    /// at `pivot`: the reading as `MutuBakuCells.addSegments` did it before, with a segment buffer.
    static func referenceCells(_ rest: [OCRTokens], pivot: PivotPlace?) -> [String?] {
        var requirements = OCRWordJoiner()
        var output = OCRWordJoiner()
        var notes = OCRWordJoiner()
        for (line, tokens) in rest.enumerated() {
            var segment = OCRWordJoiner()
            let pivotIndex: Int? = {
                if let pivot, pivot.numberLine == line { return pivot.numberToken }
                if let pivot, pivot.unitLine == line { return pivot.unitToken }
                return nil
            }()
            let lonelyUnitIndex: Int? = {
                guard let pivot, pivot.unitLine == line, pivot.numberLine != line else { return nil }
                return pivot.unitToken
            }()
            var side: OCRTableParser.Side = pivotIndex == nil ? .unknown : .before
            let abovePivot = line < (pivot?.numberLine ?? pivot?.unitLine ?? Int.max)
            let hasPivot = pivot != nil
            var segments = 0
            var afterPivot = 0
            func flush() {
                guard !segment.isEmpty else { return }
                let order: Int
                switch side {
                case .before: order = 0
                case .after:
                    order = afterPivot
                    afterPivot += 1
                case .unknown: order = segments
                }
                segments += 1
                switch side {
                case .before: requirements.append(piece: segment.bytes)
                case .after:
                    if order == 0 { output.append(piece: segment.bytes) } else { notes.append(piece: segment.bytes) }
                case .unknown:
                    if abovePivot || !hasPivot && order == 0 {
                        requirements.append(piece: segment.bytes)
                    } else if order == 0 {
                        output.append(piece: segment.bytes)
                    } else {
                        notes.append(piece: segment.bytes)
                    }
                }
                segment.removeAll()
            }
            for (index, token) in tokens.enumerated() {
                if let pivotIndex, index == pivotIndex {
                    flush()
                    side = .after
                    continue
                }
                if let lonelyUnitIndex, index == lonelyUnitIndex {
                    flush()
                    continue
                }
                switch token.kind {
                case .word:
                    if !token.text.trimmingOCRPunctuation().isEmpty { segment.append(token.text) }
                case .number:
                    segment.append(token.text)
                default:
                    flush()
                }
            }
            flush()
        }
        return [requirements.textIfAny, output.textIfAny, notes.textIfAny]
    }

    /// Rows of lines after the activity: words with hyphens at line ends, capitals, non-ASCII letters,
    /// combining marks, debris and pipes between segments, numbers, units, tabs and a very long word.
    static let rows: [[String]] = [
        [], [""], ["Surat permohonan | 10 menit | Berkas lengkap | Arsip"],
        ["Formulir-", "isian 1 jam Surat-", "keputusan | catatan"], ["- | _ \\/", "x- y"],
        ["Kartu Tanda Penduduk", "10", "menit Dokumen", "Keterangan-", "lain"], ["é- | è ñ", "ü-", "ß 2 hari"],
        ["a\u{301}- b", "\u{0600}x 5 jam", "KTP\tKK 30 menit SK"], ["2. berkas- | -", "lengkap 15 menit"],
        [String(repeating: "panjang", count: 60) + "- kata 3 hari", "x"], ["Berkas - lengkap", "l menit hasil"],
    ]

    /// The Waktu places to try on a row of `lineCount` lines: none, and number and unit on every
    /// pair of lines and of a few token positions.
    static func pivots(lineCount: Int) -> [PivotPlace?] {
        var places: [PivotPlace?] = [nil]
        for numberLine in [nil] + Array(0..<max(lineCount, 1)) {
            for unitLine in 0..<max(lineCount, 1) {
                for numberToken in [0, 1, 3] {
                    for unitToken in [0, 2, 4] {
                        places.append((numberLine, numberLine == nil ? nil : numberToken, unitLine, unitToken))
                    }
                }
            }
        }
        return places
    }

    @Test(arguments: rows) func wordsStraightIntoTheirCellsAgreeWithSegmentBuffers(_ texts: [String]) {
        let lines = texts.enumerated().map { OCRLine(number: $0.offset + 1, text: $0.element) }
        let starts = [0, 1, 2]
        for start in starts {
            let rest = lines.map { $0.tokens[min(start, $0.tokens.count)...] }
            // The rest as a row reads it, in place in the lines' store (which the runs of `rest` hold).
            let rowRest = lines.map { OCRTableParser.RowTokens($0.recordInPlace)[min(start, $0.tokens.count)...] }
            var cells = OCRTableParser.MutuBakuCells()
            for pivot in Self.pivots(lineCount: rest.count) {
                cells.removeAll(reservingCapacity: start * 5)
                for (line, tokens) in rowRest.enumerated() { cells.addSegments(of: tokens, line: line, pivot: pivot) }
                let found = [cells.requirements.textIfAny, cells.output.textIfAny, cells.notes.textIfAny]
                #expect(found == Self.referenceCells(rest, pivot: pivot), "\(texts) \(start) \(String(describing: pivot))")
            }
        }
    }

    /// `hasLetters` read on a token's bytes agrees with `TextFolding.hasLetters` for every minimum.
    @Test(arguments: ByteLevelHelperTests.texts + ["", "a", "ab", "a1b", "é", "éa", "aé", "a\u{301}b", "—ab", "’", "\u{00A0}ab",
        "a\tb", "\r\n", String(repeating: "x", count: 500), String(repeating: "1", count: 300) + "ab"])
    func lettersOnBytesAgreeWithTheCount(_ text: String) {
        for minimum in 0...3 {
            var bytesOfText = text[...]
            let found = bytesOfText.withUTF8 { OCRTableBytes.hasLetters(bytes: $0, of: text[...], atLeast: minimum) }
            #expect(found == TextFolding.hasLetters(text[...], atLeast: minimum), "\(text.debugDescription) \(minimum)")
        }
    }

    /// `hasWordCharacter` read on a token's bytes agrees with the trimmed text.
    @Test(arguments: ByteLevelHelperTests.texts + ["", "-", "é", "—", "’", "\u{00A0}", "\t", "a\r", "\r\n", "(IKU)", "|"])
    func wordCharacterOnBytesAgreesWithTrimming(_ text: String) {
        var bytesOfText = text[...]
        let found = bytesOfText.withUTF8 { OCRTableBytes.hasWordCharacter(bytes: $0, of: text[...]) }
        #expect(found == !text[...].trimmingOCRPunctuation().isEmpty, "\(text.debugDescription)")
        #expect(OCRTableBytes.hasWordCharacter(text[...]) == found, "\(text.debugDescription)")
    }
}
