@testable import SOPKit
import Testing

/// `ActingRoles`, which notes the roles that performers are found to be as `RoleRules` looks them up,
/// says which performers are roles as `contains` does and which roles perform a step as reading the
/// steps again says (`ReviewerRules.performsAnyStep`), for names equal only as Unicode text, repeated
/// roles and headers of more than 64 roles; `ReviewerRules.mayBeStopWord` lets through every stop word.
@Suite struct ActingRolesTests {
    /// A procedure of `roles` whose steps are performed by `performers`, one list per step.
    static func sop(roles: [String], performers: [[String]]) -> SOP {
        SOP(
            id: "s", roles: roles,
            steps: performers.enumerated().map { Step(number: $0.offset + 1, activity: "Memeriksa", performers: $0.element, line: $0.offset + 1) },
            source: SourceRange(file: "f.txt", startLine: 1, endLine: 9))
    }

    /// The places of the roles of `sop` that perform no step, by `ActingRoles` noting every performer (and
    /// checking what `note` says of each against `contains`), and by reading the steps again.
    static func idleRoles(of sop: SOP) -> (noted: [Int], read: [Int]) {
        var acting = ActingRoles(roles: sop.roles)
        for step in sop.steps {
            for performer in step.performers { #expect(acting.note(performer) == sop.roles.contains(performer), "\(performer)") }
        }
        let noted = sop.roles.indices.filter { !acting.performsAnyStep(roleAt: $0, of: sop.steps) }
        let fromSOP = ActingRoles(performersOf: sop)
        #expect(sop.roles.indices.filter { !fromSOP.performsAnyStep(roleAt: $0, of: sop.steps) } == noted)
        let read = sop.roles.indices.filter { !ReviewerRules.performsAnyStep(sop.roles[$0], of: sop.steps) }
        return (noted, read)
    }

    @Test func idleRolesAsReadingTheStepsFindsThem() {
        let rows: [(roles: [String], performers: [[String]], idle: [Int])] = [
            ([], [], []), ([], [["Staf"]], []), (["Staf"], [], [0]), (["Staf"], [[]], [0]),
            (["Staf", "Kepala Dinas", "Sekretaris"], [["Staf"], ["Sekretaris"], ["Staf", "Bendahara"]], [1]),
            (["Staf", "Kepala Dinas"], [["Kepala Dinas"], ["Kepala Dinas"]], [0]),
            // Equal as Unicode text, not byte for byte: precomposed and combining accents, the Kelvin sign.
            (["Caf\u{E9}", "Pemohon"], [["Cafe\u{301}"]], [1]), (["Cafe\u{301}", "Pemohon"], [["Caf\u{E9}"], ["Pemohon"]], []),
            (["K", "\u{212A}a"], [["\u{212A}"], ["Ka"]], []), (["Staf", "\u{212A}"], [["K"]], [0]),
            // A repeated role performs what its twin performs, whichever spelling the performer has.
            (["Staf", "Kasi", "Staf"], [["Staf"]], [1]), (["Caf\u{E9}", "Kasi", "Cafe\u{301}"], [["Cafe\u{301}"]], [1]),
            (["Kasi", "Staf", "Staf"], [["Kasi"]], [1, 2]), (["", "Staf"], [[""]], [1]),
        ]
        for row in rows {
            let (noted, read) = Self.idleRoles(of: Self.sop(roles: row.roles, performers: row.performers))
            #expect(noted == row.idle, "\(row.roles) \(row.performers)")
            #expect(read == row.idle, "\(row.roles) \(row.performers)")
        }
    }

    /// Random headers of up to 70 roles (past the 64 that are noted) drawn from names of which some are
    /// equal as Unicode text, with performers drawn from them and from names of no role.
    @Test func randomHeadersAgreeWithReadingTheSteps() {
        let names = ["Staf", "Kasi", "Caf\u{E9}", "Cafe\u{301}", "K", "\u{212A}", "Kepala Dinas", "Sekretaris", "", "Ajudan ‘Bupati’"]
        var generator = SplitMix(seed: 0x726F_6C65)
        func pick(_ count: Int) -> Int { Int(generator.next() % UInt64(count)) }
        for round in 0..<400 {
            let roleCount = round % 5 == 0 ? 60 + pick(11) : pick(8)
            let roles = (0..<roleCount).map { _ in pick(4) == 0 ? "Peran \(pick(100))" : names[pick(names.count)] }
            let performers = (0..<pick(9)).map { _ in
                (0..<pick(3)).map { _ in pick(5) == 0 ? "Tamu \(pick(3))" : (roles.isEmpty || pick(2) == 0 ? names[pick(names.count)] : roles[pick(roles.count)]) }
            }
            let (noted, read) = Self.idleRoles(of: Self.sop(roles: roles, performers: performers))
            #expect(noted == read, "\(roles) \(performers)")
        }
    }

    @Test func everyStopWordMayBeOneAndFewOtherWordsMay() {
        for word in ReviewerRules.stopWords {
            for spelling in [word, word.uppercased(), word.prefix(1).uppercased() + word.dropFirst()] {
                #expect(ReviewerRules.mayBeStopWord(first: spelling.utf8.first!, length: spelling.utf8.count), "\(spelling)")
            }
        }
        let rows: [(String, Bool)] = [
            ("SK", false), ("tim", false), ("Kerja", false), ("LHR", false), ("Berkas", false), ("Naskah", false),
            ("9di", false), ("d1", true), ("Data", true), ("surat", true), ("Konsep", true), ("ya", false), ("dinas", true),
            ("Disposisi", false), ("kepadanya", false), ("x", false),
        ]
        for (word, expected) in rows {
            #expect(ReviewerRules.mayBeStopWord(first: word.utf8.first!, length: word.utf8.count) == expected, "\(word)")
        }
        // Every first byte below 0x80 and length: a stop word of that length starts with that letter.
        for byte in UInt8(0)..<0x80 {
            for length in 0...8 {
                let lowered = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
                let expected = ReviewerRules.stopWords.contains { $0.utf8.count == length && $0.utf8.first == lowered }
                #expect(ReviewerRules.mayBeStopWord(first: byte, length: length) == expected, "\(byte) \(length)")
            }
        }
    }
}
