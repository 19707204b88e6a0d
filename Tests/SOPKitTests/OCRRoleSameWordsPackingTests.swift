@testable import SOPKit
import Testing

/// The reconciliation of an OCR'd role header compares candidate names by the numbers of their words
/// packed into one integer: names pack to the same integer exactly when their numbers are equal, and
/// the classes of names with the same words are those of the string definition, also for names that
/// do not pack (more words than any known role name, or words numbered past what a word's bits hold).
@Suite struct OCRRoleSameWordsPackingTests {
    /// Word numbers: empty, one word, the largest number that packs, reorderings, prefixes and names
    /// as long as packing allows.
    static let numberLists: [[Int]] = [
        [], [0], [1], [0, 0], [0, 1], [1, 0], [510], [510, 510], [0, 510], [510, 0], [3, 4, 5], [3, 4], [4, 5],
        [0, 0, 0, 0, 0, 0, 0], [510, 510, 510, 510, 510, 510, 510], [1, 2, 3, 4, 5, 6, 7], [1, 2, 3, 4, 5, 6],
        [0, 0, 0, 0, 0, 0], [2, 3, 4, 5, 6, 7],
    ]

    @Test func packedNumbersAreEqualExactlyWhenTheNumbersAre() {
        let packed = Self.numberLists.map { OCRRoleEvidence.WordNumbers($0).packed }
        #expect(packed.allSatisfy { $0 != nil })
        for (left, leftNumbers) in Self.numberLists.enumerated() {
            for (right, rightNumbers) in Self.numberLists.enumerated() {
                #expect((packed[left] == packed[right]) == (leftNumbers == rightNumbers), "\(leftNumbers) \(rightNumbers)")
            }
        }
    }

    @Test(arguments: [[511], [0, 511], [-1], [0, 0, 0, 0, 0, 0, 0, 0], [1, 2, 3, 4, 5, 6, 7, 8]])
    func namesBeyondThePackingDoNotPack(_ numbers: [Int]) {
        #expect(OCRRoleEvidence.WordNumbers(numbers).packed == nil)
    }

    /// Word numbers read back as given, packed or not: lists of 0 to 12 numbers, small and past the
    /// packing, appended one by one; they pack exactly when `packedReference` packs them.
    @Test func wordNumbersReadBackAsGiven() {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let count = Int(state >> 60) % 13
            var numbers: [Int] = []
            for _ in 0..<count {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                numbers.append(state >> 63 == 0 ? Int(state >> 55) : Int(state >> 40) % 600)
            }
            let wordNumbers = OCRRoleEvidence.WordNumbers(numbers)
            #expect(Array(wordNumbers) == numbers)
            #expect(wordNumbers.count == numbers.count)
            #expect(wordNumbers.packed == Self.packedReference(numbers), "\(numbers)")
        }
    }

    /// The packing of word numbers as first written: nine bits a word, the number plus one, nil past
    /// seven words or for a number outside 0...510.
    static func packedReference(_ numbers: [Int]) -> UInt64? {
        guard numbers.count <= 7 else { return nil }
        var packed: UInt64 = 0
        for number in numbers {
            guard number >= 0, number < 511 else { return nil }
            packed = packed << 9 | UInt64(number + 1)
        }
        return packed
    }

    /// Candidates of `mentions`, numbered as `reconcile` numbers them.
    static func candidates(_ mentions: [String]) -> [OCRRoleEvidence.Candidate] {
        OCRRoleEvidence.MentionList(names: mentions).candidates
    }

    /// Mentions of more than seven words, some twice, and known role names among them.
    static let longMentions = [
        "Kepala Dinas Kesehatan Dan Keluarga Berencana Kabupaten Sukajadi",
        "Kepala Dinas",
        "Kepala Dinas Kesehatan Dan Keluarga Berencana Kabupaten Sukajadi",
        "Kasubbag Perencanaan Program Monitoring Evaluasi dan Pelaporan",
        "Kasubbag Perencanaan Program Monitoring Evaluasi dan Pelaporan Dinas",
        "Kasubbag Perencanaan Program Monitoring Evaluasi dan Pelaporan Dinas",
        "Kasubbag / Perencanaan Program Monitoring Evaluasi dan Pelaporan",
    ]

    @Test func longMentionsAgreeWithStrings() {
        let candidates = Self.candidates(Self.longMentions)
        #expect(OCRRoleEvidence.sameWordsClasses(of: candidates)
            == OCRRoleHeaderWordNumberTests.sameWordsClassesReference(of: Self.longMentions.map(OCRRoleEvidence.nameWords)))
    }

    /// Enough distinct mention words that the later ones are numbered past 510, with names repeated
    /// after that and known role names between them.
    @Test func mentionsWithWordsNumberedPastThePackingAgreeWithStrings() {
        var mentions: [String] = []
        for index in 0..<600 { mentions.append("Petugas W\(index)x") }
        mentions += ["Petugas W599x", "Kepala Dinas", "Petugas W3x", "Petugas W598x", "Tim Reviu", "W599x Petugas"]
        let candidates = Self.candidates(mentions)
        #expect(candidates.contains { $0.numbers.packed == nil })
        #expect(OCRRoleEvidence.sameWordsClasses(of: candidates)
            == OCRRoleHeaderWordNumberTests.sameWordsClassesReference(of: mentions.map(OCRRoleEvidence.nameWords)))
    }
}
