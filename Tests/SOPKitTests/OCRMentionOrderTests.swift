@testable import SOPKit
import Testing

/// The names of a table's body come longest first, names of as many words in the order they were found,
/// whether `MentionList.orderFoundLongestFirst` orders them in place (at most its limit of names) or
/// through `namesLongestFirst` (more): the same names, in the same order, as the reference reading, for
/// bodies naming from one name to well past the limit, with word counts rising, falling and mixed.
@Suite struct OCRMentionOrderTests {
    static let heads = ["Kepala", "Staf", "Petugas", "Kasi", "Sekretaris", "Bendahara"]
    static let words = ["Umum", "Data", "Loket", "Arsip", "Keuangan", "Pelayanan", "Teknis", "Bina"]

    /// A body of `count` lines, each naming one role of one to six words (with its shorter beginnings).
    static func body(count: Int, seed: UInt64) -> [OCRLine] {
        var generator = SplitMix(seed: seed)
        return (0..<count).map { index in
            let head = heads[Int(generator.next() % UInt64(heads.count))]
            let length = Int(generator.next() % 6)
            let name = ([head] + (0..<length).map { _ in words[Int(generator.next() % UInt64(words.count))] })
                .joined(separator: " ")
            return OCRLine(number: index + 1, text: "diserahkan kepada \(name) untuk diperiksa")
        }
    }

    @Test(arguments: [1, 2, 5, 12, 20, 30, 40, 60, 90]) func namesComeLongestFirstAsInTheReference(_ count: Int) {
        for seed in UInt64(1)...4 {
            let lines = Self.body(count: count, seed: seed &* 0x9E37_79B9 &+ UInt64(count))
            let list = OCRRoleEvidence.mentionList(in: lines)
            #expect(list.names == OCRRoleNameCollectionTests.mentionsReference(lines), "\(count) \(seed)")
            OCRRoleEvidence.MentionList.keep(list)
        }
    }
}
