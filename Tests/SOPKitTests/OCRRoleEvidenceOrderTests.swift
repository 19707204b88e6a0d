@testable import SOPKit
import Testing

/// The role header's reconciliation orders its roles by a place of three integers and finds the one
/// column of a name's words without building arrays or sets: the same answers as the `[Double]` keys
/// compared element by element and the set of columns they replaced, on tables with empty, equal and
/// negative values.
@Suite struct OCRRoleEvidenceOrderTests {
    /// A header word at `line`, `position`, in `column`.
    static func word(_ line: Int, _ position: Int, column: Int) -> OCRHeaderWord {
        OCRHeaderWord(text: "w", line: line, position: position, column: column)
    }

    /// Places as (column, line, position), with ties in every field and negative values.
    static let places: [(Int, Int, Int)] = [
        (0, 0, 0), (0, 0, 1), (0, 1, 0), (1, 0, 0), (1, 0, 0), (2, 3, 1), (2, 1, 5), (-1, 4, 4), (3, -2, 0),
        (3, 0, -7), (10, 0, 0), (1, 2, 3),
    ]

    @Test func readingPlacesCompareAsTheirDoubleArrays() {
        for left in Self.places {
            for right in Self.places {
                let lhs = OCRRoleEvidence.ReadingPlace(column: left.0, word: Self.word(left.1, left.2, column: 99))
                let rhs = OCRRoleEvidence.ReadingPlace(column: right.0, word: Self.word(right.1, right.2, column: 99))
                let reference = [Double(left.0), Double(left.1), Double(left.2)]
                    .lexicographicallyPrecedes([Double(right.0), Double(right.1), Double(right.2)])
                #expect((lhs < rhs) == reference, "\(left) \(right)")
                #expect((lhs == rhs) == (left == right), "\(left) \(right)")
            }
        }
    }

    /// Header words in columns 0, 0, 1, 2, 2, 2.
    static let words = [0, 0, 1, 2, 2, 2].enumerated().map { index, column in word(0, index, column: column) }

    /// Claimed words: none, one, several of one column, several columns, repeated words.
    static let claims: [[Int]] = [[], [0], [2], [0, 1], [1, 0], [0, 2], [3, 4, 5], [5, 3], [3, 4, 1], [4, 4], [1, 1, 0]]

    @Test(arguments: claims) func soleColumnIsTheSetOfColumnsWhenItHasOne(_ claimed: [Int]) {
        let columns = Set(claimed.map { Self.words[$0].column })
        let reference = columns.count == 1 ? columns.first : nil
        #expect(OCRRoleEvidence.soleColumn(of: claimed, in: Self.words) == reference)
    }
}
