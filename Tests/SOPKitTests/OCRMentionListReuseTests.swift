@testable import SOPKit
import Testing

/// `OCRRoleEvidence.MentionList.keep` gives a table's mention list back, emptied, to the
/// `mentionList` of a later table: a body read after another's list was kept gives the names, the
/// bytes of the names, the word numbers and the words that it gives when read first. A list that was
/// not emptied would drop the names the earlier body had (`NameKeys`), number new words past the
/// earlier ones (`CandidateWords`) or keep the earlier names' bytes before its own.
@Suite struct OCRMentionListReuseTests {
    /// Bodies read one after the other: ASCII names and their beginnings, names outside ASCII (a key
    /// outside ASCII turns `NameKeys` to Strings), names whose words no known role name has, names
    /// of the earlier bodies again, and a body without a name.
    static let bodies: [[String]] = [
        ["menyerahkan kepada Kasi Kesejahteraan Sosial.", "diperiksa oleh Petugas Loket Terpadu"],
        ["kepada Kepala Désa Sukamaju, lalu", "oleh Kasi Kesejahteraan Sosial."],
        ["tanpa nama di sini"],
        ["Petugas Loket Terpadu menerima", "Kepala Dinas Kesehatan dan Keluarga Berencana menetapkan"],
        ["kepada Kasi Kesejahteraan Sosial.", "Staf Pelaksana Kecamatan mencatat", "kepada Kepala Désa Sukamaju"],
    ]

    /// What a list gives of its names: the names, their bytes, their word numbers and their words.
    static func reading(
        _ list: OCRRoleEvidence.MentionList
    ) -> (names: [String], bytes: [UInt8], numbers: [[Int]], words: [[String]]) {
        let numbers = list.candidates.map { Array($0.numbers) }
        return (list.names, list.nameBytes, numbers, numbers.map { $0.map(list.words.word) })
    }

    @Test(arguments: bodies.indices) func aBodyReadAfterAnotherIsReadAsWhenFirst(_ index: Int) {
        let lines = Self.bodies[index].enumerated().map { OCRLine(number: $0.offset + 1, text: $0.element) }
        let first = Self.reading(OCRRoleEvidence.mentionList(in: lines))
        for earlier in Self.bodies {
            let earlierLines = earlier.enumerated().map { OCRLine(number: $0.offset + 1, text: $0.element) }
            OCRRoleEvidence.MentionList.keep(OCRRoleEvidence.mentionList(in: earlierLines))
            let again = Self.reading(OCRRoleEvidence.mentionList(in: lines))
            #expect(again.names == first.names, "\(earlier) then \(Self.bodies[index])")
            #expect(again.bytes == first.bytes, "\(earlier) then \(Self.bodies[index])")
            #expect(again.numbers == first.numbers, "\(earlier) then \(Self.bodies[index])")
            #expect(again.words == first.words, "\(earlier) then \(Self.bodies[index])")
        }
        #expect(first.bytes.count == first.names.reduce(0) { $0 + $1.utf8.count })
    }

    /// The names of the second body, longest first, then in the order met: the list gives them back
    /// from its bytes, those outside ASCII too.
    @Test func namesComeBackFromTheirBytes() {
        let lines = Self.bodies[1].enumerated().map { OCRLine(number: $0.offset + 1, text: $0.element) }
        let list = OCRRoleEvidence.mentionList(in: lines)
        #expect(list.names == [
            "Kepala D\u{E9}sa Sukamaju", "Kasi Kesejahteraan Sosial", "Kepala D\u{E9}sa", "Kasi Kesejahteraan", "Kepala", "Kasi",
        ])
        OCRRoleEvidence.MentionList.keep(list)
    }
}
