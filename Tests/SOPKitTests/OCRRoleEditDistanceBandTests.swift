@testable import SOPKit
import Testing

/// `OCRRoleEvidence.editDistance` works out only the band of cells within its limit of the diagonal,
/// and `wordMatch` compares bytes in plain loops: the same answers as the full Levenshtein table and
/// the sequence comparisons, for every pair of short words over a small alphabet (so that most pairs
/// are near each other), of equal and different lengths, empty words included, at every limit.
@Suite struct OCRRoleEditDistanceBandTests {
    /// The Levenshtein distance of two byte strings, by the full table.
    static func levenshtein(_ lhs: [UInt8], _ rhs: [UInt8]) -> Int {
        var table = (0...lhs.count).map { i in (0...rhs.count).map { j in i == 0 ? j : j == 0 ? i : 0 } }
        for i in lhs.indices {
            for j in rhs.indices {
                table[i + 1][j + 1] = min(table[i][j] + (lhs[i] == rhs[j] ? 0 : 1), table[i][j + 1] + 1, table[i + 1][j] + 1)
            }
        }
        return table[lhs.count][rhs.count]
    }

    /// Words of up to nine letters over "abc", made from a counter so that they cover near and far pairs.
    static let words: [[UInt8]] = {
        var words: [[UInt8]] = [[]]
        for seed in 0..<60 {
            let length = seed % 10
            words.append((0..<length).map { UInt8(0x61 + (seed * 7 + $0 * ($0 + seed)) % 3) })
        }
        words += ["kepala", "kepaia", "kesejahteraan", "kesejahter", "aan", "sekretaris", "sekertaris"].map { Array($0.utf8) }
        return words
    }()

    @Test func bandedDistanceAgreesWithTheFullTable() {
        for lhs in Self.words {
            for rhs in Self.words {
                let full = Self.levenshtein(lhs, rhs)
                for limit in 0...4 {
                    #expect(OCRRoleEvidence.editDistance(lhs, rhs, limit: limit) == min(full, limit + 1), "\(lhs) \(rhs) \(limit)")
                }
            }
        }
    }

    @Test func wordMatchAgreesWithItsDefinition() {
        for read in Self.words {
            for wanted in Self.words {
                #expect(OCRRoleEvidence.wordMatch(read: read, wanted: wanted)
                    == OCRRoleHeaderWordNumberTests.wordMatchReference(read: read, wanted: wanted), "\(read) \(wanted)")
            }
        }
    }
}
