@testable import SOPKit
import Testing

/// The role header joins a column's phrases read in place (`join(_:of:)`, the phrases given by their
/// indices) where it joined an array of their texts (`join(_:)`); the name must be the same.
@Suite struct OCRRoleHeaderJoinTests {
    /// Phrase texts: plain ASCII, ending with "-" (joined without a space), non-ASCII (é written both
    /// ways, —, ’, NBSP), a tab, a hyphen after a prepended mark (one character that is no "-"), and a
    /// very long phrase.
    static let texts: [String] = [
        "Kasubbag", "Perencanaan", "Bidang-", "Bidang", "Caf\u{E9}", "Cafe\u{301}-", "Staf\u{2014}", "Kepala\u{2019}s",
        "Staf\u{A0}Umum", "Tim\tReviu", "\u{600}-", "Evaluasi dan", "-", String(repeating: "Pelaksana ", count: 300) + "-",
    ]

    /// Every sequence of up to three of the phrases, repeats included, and the empty one.
    static var memberLists: [[Int]] {
        var lists: [[Int]] = [[]]
        for first in texts.indices {
            lists.append([first])
            for second in texts.indices {
                lists.append([first, second])
                for third in [0, 2, 5, 10, 12] { lists.append([first, second, third]) }
            }
        }
        return lists
    }

    @Test func joiningPhrasesInPlaceAgreesWithJoiningTheirTexts() {
        let phrases = Self.texts.map { OCRRoleHeader.PhraseText($0) }
        for members in Self.memberLists {
            #expect(OCRRoleHeader.join(members, of: phrases) == OCRRoleHeader.join(members.map { Self.texts[$0] }),
                    "\(members)")
        }
    }
}
