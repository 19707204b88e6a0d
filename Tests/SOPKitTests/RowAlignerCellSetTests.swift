@testable import SOPKit
import Testing

/// The set of claimed cell positions of `RowAligner` against a `Set<Int>` given the same insertions:
/// positions on both sides of the 64 kept as bits.
@Suite struct RowAlignerCellSetTests {
    @Test(arguments: [
        [Int](), [0], [63], [64], [0, 63, 64, 65], [5, 5, 7], Array(0..<70), [100, 1, 64, 2, 200], [62, 63, 64, 127, 128],
    ])
    func membershipMatchesASetOfTheSamePositions(inserted: [Int]) {
        var cells = RowAligner.CellSet()
        var reference = Set<Int>()
        for position in inserted {
            cells.insert(position)
            reference.insert(position)
            for probe in 0...210 {
                #expect(cells.contains(probe) == reference.contains(probe), "\(inserted) probe \(probe)")
            }
        }
        for probe in 0...210 {
            #expect(cells.contains(probe) == reference.contains(probe), "\(inserted) probe \(probe)")
        }
    }
}
