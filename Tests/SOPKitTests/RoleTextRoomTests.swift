@testable import SOPKit
import Testing

/// `RoleText` keeps its bytes, tokens and terms in rooms that are grown, never shrunk, from one text read
/// into it to the next (`reread`): what lies past the counts is stale, and what the text gives must be
/// what a fresh reading gives, also where a word gives the most tokens a word can give.
@Suite struct RoleTextRoomTests {
    /// `RoleText.copy(_:into:)`: the storage before, the bytes copied, and the storage after.
    static let copies: [(before: [UInt8], bytes: [UInt8], after: [UInt8])] = [
        ([], [], []),
        ([], [0x61, 0x62], [0x61, 0x62]),
        ([1, 2, 3, 4], [0x61], [0x61, 2, 3, 4]),
        ([1, 2], [0x61, 0x62, 0x63], [0x61, 0x62, 0x63]),
        ([9, 9, 9], [], [9, 9, 9]),
        // "é" and "😀": bytes are copied as they are.
        ([7], [0xC3, 0xA9, 0xF0, 0x9F, 0x98, 0x80], [0xC3, 0xA9, 0xF0, 0x9F, 0x98, 0x80]),
        ([1, 2, 3, 4, 5, 6, 7, 8], [0xC3, 0xA9], [0xC3, 0xA9, 3, 4, 5, 6, 7, 8]),
    ]

    @Test func copyWritesTheBytesAtTheStart() {
        for (before, bytes, after) in Self.copies {
            var storage = before
            let count = bytes.withUnsafeBufferPointer { RoleText.copy($0, into: &storage) }
            #expect(count == bytes.count, "\(before) \(bytes)")
            #expect(storage == after, "\(before) \(bytes)")
        }
    }

    @Test func copyLeavesAnArraySharingTheStorageAlone() {
        var storage: [UInt8] = [1, 2, 3]
        let shared = storage
        _ = [UInt8]([0x78, 0x79]).withUnsafeBufferPointer { RoleText.copy($0, into: &storage) }
        #expect(storage == [0x78, 0x79, 3])
        #expect(shared == [1, 2, 3])
    }

    @Test func mostTokensOfASpellingIsThatOfTheLongestCanonicalForm() {
        // "ppmep" stands for "perencanaan program monitoring evaluasi pelaporan".
        #expect(RoleLexicon.shared.mostTokensOfASpelling == 5)
        #expect(RoleLexicon([]).mostTokensOfASpelling == 1)
        let lexicon = RoleLexicon([RoleVariant(.title, ["a", "b", "c"], ["x", "y z"]), RoleVariant(.unit, ["d"], ["w v u"])])
        #expect(lexicon.mostTokensOfASpelling == 3)
    }

    /// Texts whose every word gives five tokens (the most a word can give), and short and long texts
    /// read before and after them (`RoleTextRereadTests.rereadIsReadingAfresh` reads each after each).
    static let texts: [String] = [
        "PPMEP, PEPP, PPMEP", "ppmep;pepp;ppmep;pepp", "Kasubbag PPMEP", "Staf", "", "x",
        "Kasubbag Umum dan Kepegawaian", "Café, PPMEP", String(repeating: "PPMEP, ", count: 30),
    ]

    @Test func everyWordGivingTheMostTokensFitsItsRoom() {
        let read = RoleText("PPMEP, PEPP, PPMEP")
        #expect(read.tokenCount == 15)
        #expect(read.tokens.count == 15)
        #expect(read.terms.count == 3)
        #expect(read.tokenTexts.prefix(5) == ["perencanaan", "program", "monitoring", "evaluasi", "pelaporan"])
        #expect(read.term(ofToken: 14).tokens == 10..<15)
    }

    /// Texts of random words from a small vocabulary of spellings, fillers, punctuation and unknown words,
    /// read one after another into one text: each must give what a fresh reading gives.
    @Test func randomTextsReadOneAfterAnother() {
        let vocabulary = [
            "PPMEP", "pepp", "Kasubbag", "Ka.", "Subbag", "dan", "&", ",", ";", "Staf", "staf", "KL", "Bidang-Bidang", "é",
            "Kepala", "Dinas", "x1", "Umum",
        ]
        var generator = SplitMix(seed: 0x726F_6F6D)
        var read = RoleText("")
        for _ in 0..<300 {
            let count = Int(generator.next() % 12)
            let text = (0..<count).map { _ in vocabulary[Int(generator.next() % UInt64(vocabulary.count))] }.joined(separator: " ")
            read.reread(RoleText.Reading(text))
            #expect(RoleTextRereadTests.facts(read) == RoleTextRereadTests.facts(RoleText(text)), "\(text)")
        }
    }
}
