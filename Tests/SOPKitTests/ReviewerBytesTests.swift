@testable import SOPKit
import Testing

/// The reviewer rules' verb prefixes read on bytes (`ReviewerRules.startsWithVerbPrefix`) and the role
/// message written at once (`ReviewerRules.roleNeverActsMessage`) give what the prefix list and the
/// string interpolation they replaced give.
@Suite struct ReviewerBytesTests {
    /// The prefix list the byte test replaced, compared on the lower-cased word.
    static func startsWithListedPrefix(_ word: String) -> Bool {
        ["me", "di", "ber", "ter", "mem", "men", "meng", "meny"].contains { word.lowercased().hasPrefix($0) }
    }

    static func startsWithVerbPrefix(_ word: String) -> Bool {
        Array(word.utf8).withUnsafeBufferPointer { ReviewerRules.startsWithVerbPrefix($0) }
    }

    @Test func verbPrefixesOnBytes() {
        let rows: [(String, Bool)] = [
            ("Memeriksa", true), ("MENERIMA", true), ("meny", true), ("Meng2", true), ("mEx", true), ("dinas", true),
            ("DIKLAT", true), ("Berkas", true), ("bER", true), ("Terlampir", true), ("ter5ab", true), ("tes12", false),
            ("be4", false), ("bex", false), ("d1nas", false), ("mAx", false), ("xer", false), ("1e2", false),
            ("Mdi", false), ("Pme", false), ("Rekap", false), ("Ter", true), ("TEr9", true), ("0ber", false),
        ]
        for (word, expected) in rows {
            #expect(Self.startsWithVerbPrefix(word) == expected, "\(word)")
            #expect(Self.startsWithListedPrefix(word) == expected, "\(word)")
        }
    }

    /// Generated words of three to eight ASCII letters and digits, most of them built from the letters of
    /// the prefixes, in both cases.
    @Test func generatedWordsAgreeWithThePrefixList() {
        let letters = Array("medibtrMEDIBTRnxgy0925".utf8)
        var generator = SplitMix(seed: 0x5EB_0029)
        for _ in 0..<4000 {
            let length = Int.random(in: 3...8, using: &generator)
            let word = String(decoding: (0..<length).map { _ in letters.randomElement(using: &generator)! }, as: UTF8.self)
            #expect(Self.startsWithVerbPrefix(word) == Self.startsWithListedPrefix(word), "\(word)")
        }
    }

    @Test(arguments: ["Staf", "Kepala Dinas", "", "Caf\u{E9}", "Cafe\u{301}", "Ajudan ‘Bupati’", "\"quoted\"", String(repeating: "Kepala ", count: 40)])
    func roleMessageAgreesWithInterpolation(_ role: String) {
        #expect(ReviewerRules.roleNeverActsMessage(role) == "role \"\(role)\" performs no step")
        #expect(ReviewerRules.roleNeverActsMessage(role).utf8.elementsEqual("role \"\(role)\" performs no step".utf8))
    }
}
