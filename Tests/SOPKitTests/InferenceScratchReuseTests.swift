@testable import SOPKit
import Testing

/// The performer inference reads each activity's words through one view of the lexicon's byte table
/// (`RoleWordHashTable.Lookup`), passes spaces over at once, and keeps what the activities of an SOP say
/// (`PerformerInference.ActivityFacts`, its clauses in one flat array) and the scores of the roles
/// (`PerformerInference.StepScores`) in the scratch it keeps from SOP to SOP: each must answer what the
/// code it replaced answered.
@Suite struct InferenceScratchReuseTests {
    /// Texts with runs of spaces: leading, trailing, only spaces, around punctuation, "&", tabs, NBSP,
    /// an em dash and non-ASCII letters, and a very long one.
    static let spacedTexts: [String] = [
        " ", "   ", " Kepala", "Kepala ", "  Kepala  Dinas  ", "Staf ,  Kasi", "Staf  ( Kasi )", " & ", "Staf  &  Kasi",
        " \t Kepala \t", "Kepala \u{A0} Dinas", "Kasi — Staf ", " café  é ", "Staf ’s", " jika  tidak  lengkap ",
        "KEPALA  DINAS", " 1 2  x3 ", String(repeating: "Menyampaikan  kepada  Kepala Dinas ", count: 50),
    ]

    @Test(arguments: spacedTexts) func spacedReadingAgreesWithTheScalarReading(_ text: String) {
        #expect(ActivityReadingReuseTests.facts(RoleText.Reading(text)) == ActivityReadingReuseTests.referenceFacts(text), "\(text)")
    }

    /// One view of the table, taken once, answers every word of several texts as a dictionary does.
    @Test func oneLookupAnswersEveryText() throws {
        let words = RoleWordHashTableTests.tableWords
        let dictionary = Dictionary(uniqueKeysWithValues: words.enumerated().map { ($0.element, $0.offset) })
        let table = try #require(RoleWordHashTable(words.enumerated().map { (word: $0.element, value: $0.offset) }))
        let texts = RoleWordHashTableTests.probes.flatMap { probe in
            [("", probe, ""), ("é ", probe, " yyyyyyyy"), ("abc", probe, "\u{0}")]
        }
        table.withLookup { lookup in
            for (before, probe, after) in texts {
                let text = Array((before + probe + after).utf8)
                let range = before.utf8.count..<(before.utf8.count + probe.utf8.count)
                let found = text.withUnsafeBufferPointer { lookup.value(in: $0, range) }
                #expect(found == dictionary[probe], "\(before)|\(probe)|\(after)")
            }
        }
    }

    /// Activities with no, one and several conditions, negative and not, non-ASCII ones and empty ones.
    static let activities: [String] = [
        "Menerima berkas", "jika tidak lengkap dikembalikan kepada Staf", "", "Memeriksa; apabila sesuai diteruskan, bila belum dikembalikan",
        "Kepala Dinas memberi disposisi", "jika lengkap — diteruskan kepada Kasi", "café jika tdk sesuai", "x1 jika2 apabila salah",
        "Memverifikasi, jika benar ke langkah 5, jika salah kembali ke langkah 2", "Mengarsipkan",
    ]

    /// The clauses of each step read into the flat array are those `conditionalClauses` gives the
    /// activity alone, the decisions those `isDecision` says, and the facts are empty once emptied.
    @Test func flatClausesAreEachActivitysClauses() {
        let sop = SOP(
            id: "c", roles: ["Kepala Dinas", "Kasi", "Staf"],
            steps: Self.activities.enumerated().map { Step(number: $0.offset + 1, activity: $0.element, line: $0.offset + 1) },
            source: SourceRange(file: "t", startLine: 1, endLine: Self.activities.count))
        var scratch = ActivityScratch()
        for _ in 0..<2 {
            scratch.readActivities(of: sop.steps, roles: RoleListFacts(roles: sop.roles))
            for (step, activity) in Self.activities.enumerated() {
                let alone = ActivityClauses.conditionalClauses(activity)
                let flat = scratch.facts.clauses(ofStep: step)
                #expect(flat.map(\.range) == alone.map(\.range), "\(activity)")
                #expect(flat.map { $0.text(in: activity) } == alone.map { $0.text(in: activity) }, "\(activity)")
                #expect(flat.map(\.negative) == alone.map(\.negative), "\(activity)")
                let decides = ActivityClauses.isDecision(activity, reading: RoleText.Reading(activity), clauses: alone[...])
                #expect(scratch.facts.steps[step].decides == decides, "\(activity)")
            }
            scratch.facts.removeAll()
            #expect(scratch.facts.clauses.isEmpty && scratch.facts.mentions.isEmpty && scratch.facts.steps.isEmpty)
        }
    }

    /// Scores reset for an SOP of fewer steps or roles than the one before are all zeros.
    @Test func resetScoresAreZeros() {
        var scores = PerformerInference.StepScores()
        for (steps, roles) in [(5, 4), (2, 3), (0, 2), (7, 1), (3, 0), (6, 6)] {
            scores.reset(stepCount: steps, roleCount: roles)
            #expect(scores.values.count == steps * roles && scores.values.allSatisfy { $0 == 0 } && scores.roleCount == roles)
            for step in 0..<steps {
                for role in 0..<roles { scores[step, role] += Double(step + role + 1) }
            }
        }
    }

    /// The scores seen through a pointer (`StepScores.withRows`) are the scores: what is written through
    /// the rows is read by step and role, and what is written by step and role is read through them, for
    /// tables of one role, one step and several of each.
    @Test func rowsReadAndWriteTheScores() {
        var scores = PerformerInference.StepScores()
        for (steps, roles) in [(1, 1), (3, 1), (1, 4), (4, 3)] {
            scores.reset(stepCount: steps, roleCount: roles)
            scores.withRows { rows in
                #expect(rows.values.count == steps * roles && rows.roleCount == roles)
                for step in 0..<steps {
                    for role in 0..<roles { rows[step, role] += Double(10 * step + role) + 0.5 }
                }
            }
            for step in 0..<steps {
                #expect(Array(scores.scores(ofStep: step)) == (0..<roles).map { Double(10 * step + $0) + 0.5 }, "\(steps) \(roles)")
            }
            scores[steps - 1, roles - 1] = -2.25
            #expect(scores.withRows { $0[steps - 1, roles - 1] } == -2.25, "\(steps) \(roles)")
            #expect(scores.withRows { $0[0, 0] } == (steps == 1 && roles == 1 ? -2.25 : 0.5), "\(steps) \(roles)")
        }
    }

    /// SOPs whose hand-offs, applications and receipts depend on the step before, inferred one after
    /// another with large and small role lists in turn, give what each gives inferred alone.
    @Test func inferenceOfHandOffsDoesNotDependOnTheSOPsBefore() {
        let handOffs = [
            "Menyerahkan berkas permohonan kepada Staf", "Menerima berkas permohonan", "Memerintahkan Kasi memeriksa",
            "Menerima permohonan", "Mengajukan permohonan", "Menerima berkas permohonan dari Pemohon",
        ]
        let lists = [["Kepala Dinas", "Kasi", "Staf", "Pemohon"], ["Staf"], ["Camat", "Sekretaris", "Kasi", "Staf", "Pemohon", "Kurir"]]
        let sops = lists.indices.flatMap { list in
            [handOffs, handOffs.reversed()].map { activities in
                SOP(
                    id: "h\(list)", roles: lists[list],
                    steps: activities.enumerated().map { Step(number: $0.offset + 1, activity: $0.element, line: $0.offset + 1) },
                    source: SourceRange(file: "t", startLine: 1, endLine: activities.count))
            }
        } + ActivityScratchTests.sops
        let alone = sops.map { PerformerInference.infer($0) }
        for order in [Array(sops.indices), sops.indices.reversed()] {
            for index in order {
                #expect(PerformerInference.infer(sops[index]) == alone[index], "\(index)")
            }
        }
    }
}
