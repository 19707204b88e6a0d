@testable import SOPKit
import Testing

/// The start-up tables of the OCR word repair's candidate search, now filled in place, hold what the
/// array-per-byte formulas they replaced made (kept here as the reference), for every byte and letter
/// (ASCII letters and digits, punctuation, bytes beyond ASCII) and every 13-bit number.
@Suite struct OCRRepairTablesTests {
    /// The letter substitutions as they were made: per read byte, an array of the 26 costs.
    static let referenceSubstitutions: [Double] = (0..<256).flatMap { read in
        (0..<26).map { letter in EditCost.substitution(UInt8(read), UInt8(0x61 + letter)) }
    }

    /// The confusion tenths as they were made: 4 where a substitution rounds to 0.4, per read byte.
    static let referenceConfusionTenths: [UInt8] = (0..<256).flatMap { (read: Int) -> [UInt8] in
        (0..<26).map { (letter: Int) -> UInt8 in
            let meant = UInt8(0x61 + letter)
            guard read != Int(meant) else { return 10 }
            return (EditCost.substitution(UInt8(read), meant) * 10).rounded() == 4 ? 4 : 10
        }
    }

    @Test func letterSubstitutionsAgreeWithTheReference() {
        #expect(EditCost.letterSubstitutions == Self.referenceSubstitutions)
        #expect(EditCost.letterSubstitutions.count == 256 * 26)
    }

    @Test func confusedLetterSetsAgreeWithTheReference() {
        #expect(EditCost.confusedLetterSets.count == 256)
        for read in 0..<256 {
            for letter in 0..<26 {
                let isConfused = EditCost.confusedLetterSets[read] & 1 << UInt32(letter) != 0
                #expect(isConfused == (Self.referenceConfusionTenths[read * 26 + letter] == 4), "\(read) \(letter)")
            }
        }
        #expect(EditCost.confusedLetterSets[Int(UInt8(ascii: "h"))] & 1 << UInt32(UInt8(ascii: "n") - 0x61) != 0)
        #expect(EditCost.confusedLetterSets[Int(UInt8(ascii: "a"))] & 1 == 0)
    }

    @Test func bitCountsAgreeWithCountingBits() {
        LexiconCandidateTable.withBitCounts { bitCounts in
            for value in 0..<(1 << 13) {
                let count = value.nonzeroBitCount
                #expect(LexiconCandidateTable.missingLetters(UInt32(value), 0, bitCounts: bitCounts) == count)
                #expect(LexiconCandidateTable.missingLetters(UInt32(value) << 13, 0, bitCounts: bitCounts) == count)
            }
        }
    }

    @Test func candidateLettersAgreeWithTheWords() {
        let table = LexiconCandidateTable.shared
        for (index, word) in table.words.enumerated() {
            let letters = table.letters[table.starts[index]..<table.starts[index + 1]]
            #expect(letters.map { $0 + 0x61 } == Array(word.utf8), "\(word)")
        }
    }
}
