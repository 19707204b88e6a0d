@testable import SOPKit
import Testing

/// OCR word repair asks each token first whether it stays as it is whatever its text (a number, a
/// border, a unit after no number, a plain known word) and passes over such a token without making a
/// replacement. It repairs what the loop before that did (kept here as `referenceRepair`): the same
/// repairs, offsets and repaired tokens, on every line of the corpus and on edge cases: empty input,
/// units after numbers and after words, glued amounts, misread words, bytes beyond ASCII (é, —, ’,
/// NBSP), tabs, a very long line, a repair in the middle of a line followed by tokens left alone, and
/// units after a number with a plain known word, a border or another number between them.
@Suite struct OCRRepairPassOverTests {
    static let texts = OCRFrontBytesTests.corpusLines + [
        "", " \t ", "1 iam", "jam 2 menit", "10 rnenit | 2 hari", "1jam 2iam ljam", "0,5 Jam.", "| 3 | Menit |",
        "Pencumpulan dokurnen 1 iam", "é — ’\u{00A0}x Ihdikator", "\tP.enyu_sunan\tLA(KIP\t1Sposist",
        String(repeating: "Pertanggungjawaban é | 10 menit Pencumpulan ", count: 200),
        "Kepala Dinas menerima Pencumpulan berkas 2 hari", "2 | Memeriksa dokurnen 30 rnenit Kepala",
        "2 di iam", "5 | iam 3 iam", "2 dan 3 rnenit", "dokurnen 1 iam di 2 iam", "1 2 iam | 4", "iam 1 iam", "1",
    ]

    /// The tokens' facts and the repairs as text, so that two results compare on all of them.
    static func described(_ result: (tokens: [OCRToken]?, repairs: [OCRRepair.Repair])) -> [String] {
        (result.tokens ?? []).map { "\($0.text)@\($0.offset):\($0.kind)" } + ["--"]
            + result.repairs.map { "\($0.original)>\($0.replacement)@\($0.offset)" }
    }

    @Test func repairsWhatTheLoopWithoutThePassOverRepaired() {
        var memo = OCRRepair.Memo()
        var referenceMemo = OCRRepair.Memo()
        var repairCount = 0
        for text in Self.texts {
            let line = OCRLine(number: 1, text: text)
            let repaired = OCRRepair.repairTokens(line.tokens, memo: &memo)
            let reference = Self.referenceRepair(Array(line.tokens), memo: &referenceMemo)
            let result = (tokens: repaired.repairs.isEmpty ? nil : repaired.tokens, repairs: repaired.repairs)
            repairCount += repaired.repairs.count
            #expect(Self.described(result) == Self.described(reference), "\(text.prefix(60).debugDescription)")
        }
        #expect(memo.lookUpsBeforeTable == referenceMemo.lookUpsBeforeTable)
        #expect(repairCount > 20, "the lines hold repairs of every kind to compare")
    }

    /// The loop of `OCRRepair.repairedTokens` before the pass-over: every token's replacement worked out
    /// by its kind, then dropped when there is none.
    static func referenceRepair(_ tokens: [OCRToken], memo: inout OCRRepair.Memo) -> (tokens: [OCRToken]?, repairs: [OCRRepair.Repair]) {
        var repairs: [OCRRepair.Repair] = []
        var output: [OCRToken]?
        var previousWasNumber = false
        for position in tokens.indices {
            var replacement: String?
            var isNumber = false
            switch tokens[position].kind {
            case .number:
                isNumber = true
            case .unit(let unit) where previousWasNumber:
                let canonical = OCRRepair.canonicalUnit(unit)
                let core = tokens[position].text.trimmingOCRPunctuation()
                if core.lowercased() != canonical { replacement = canonical }
            case .amount(let value, let unit):
                let core = tokens[position].text.trimmingOCRPunctuation()
                let letters = core.drop { $0.isNumber || $0 == "," || $0 == "." }
                if letters.lowercased() != OCRRepair.canonicalUnit(unit) {
                    replacement = NumberFormatting.decimal(value) + OCRRepair.canonicalUnit(unit)
                }
            case .word, .junk:
                if !(tokens[position].plainKnownWord ?? OCRRepair.isPlainKnownWord(tokens[position].text)) {
                    if let noted = tokens[position].repairCacheEntry, memo.noteLookUp(ofNoted: noted) {
                        replacement = noted.staysAsItIs ? nil : memo.cache.repair(ofEntry: noted.number, tokens[position].text)
                    } else {
                        var bytesOfText = tokens[position].text
                        let text = tokens[position].text
                        replacement = bytesOfText.withUTF8 { memo.repair(text, bytes: $0, hash: TokenRepairTable.hash($0)) }
                    }
                }
            default:
                break
            }
            previousWasNumber = isNumber
            guard replacement != nil || output != nil else { continue }
            let token = tokens[position]
            if let replacement, replacement != String(token.text) {
                repairs.append(OCRRepair.Repair(original: String(token.text), replacement: replacement, offset: token.offset))
                if output == nil { output = Array(tokens[..<position]) }
                output?.append(contentsOf: OCRToken.tokens(of: replacement).map { part in
                    var placed = part
                    placed.offset += token.offset
                    return placed
                })
            } else {
                output?.append(token)
            }
        }
        return (output, repairs)
    }
}
