@testable import SOPKit
import Testing

/// The performer inference reads the mentions of a step only where it reads them
/// (`ActivityScratch.needsMentions`): a decision, or a step from one before to `PerformerInference.lookBack`
/// after a step without performers. The mentions it reads must be those of the activity read alone.
@Suite struct MentionsOfMarkedStepsTests {
    /// `needsMentions` for steps at, around and past the edges of the window before a step without
    /// performers, with and without a decision, and when no step lacks performers (`Int.max`).
    @Test(arguments: [
        (step: 0, decides: false, next: 0, needs: true),
        (step: 5, decides: false, next: 4, needs: true),
        (step: 5, decides: false, next: 6, needs: true),
        (step: 5, decides: false, next: 35, needs: true),
        (step: 5, decides: false, next: 36, needs: false),
        (step: 5, decides: true, next: 36, needs: true),
        (step: 0, decides: false, next: Int.max, needs: false),
        (step: 40, decides: true, next: Int.max, needs: true),
        (step: 99, decides: false, next: 129, needs: true),
        (step: 99, decides: false, next: 130, needs: false),
    ])
    func stepNeedsMentions(_ example: (step: Int, decides: Bool, next: Int, needs: Bool)) {
        #expect(
            ActivityScratch.needsMentions(step: example.step, decides: example.decides, nextWithoutPerformers: example.next)
                == example.needs, "\(example)")
    }

    /// Activities with hand-offs, orders, receipts, returns and decisions, and some without a mention.
    static let activities = [
        "Memerintahkan Kasi memeriksa berkas", "Menyerahkan berkas kepada Staf", "Menerima berkas dari Pemohon",
        "jika tidak lengkap dikembalikan kepada Kasi", "Mengarsipkan berkas", "Kepala Dinas menandatangani surat",
        "Memeriksa; jika belum sesuai dikembalikan kepada Staf, jika sesuai diteruskan kepada Kepala Dinas",
        "Mengetik konsep surat", "Bersama Staf melakukan survei", "Menyampaikan laporan kepada Kepala Dinas melalui Kasi",
        "", "Kasi — memverifikasi café",
    ]

    /// An SOP of `count` steps whose activities are drawn from `activities`; a step has a performer
    /// marked when `marked` says so.
    static func sop(count: Int, marked: (Int) -> Bool, generator: inout SplitMix) -> SOP {
        let roles = ["Kepala Dinas", "Kasi", "Staf", "Pemohon"]
        let steps = (0..<count).map { index in
            let activity = activities[Int(generator.next() % UInt64(activities.count))]
            return marked(index)
                ? Step(
                    number: index + 1, activity: activity, performers: [roles[index % roles.count]], performerSource: .marker,
                    line: index + 1)
                : Step(number: index + 1, activity: activity, line: index + 1)
        }
        return SOP(id: "m", roles: roles, steps: steps, source: SourceRange(file: "t", startLine: 1, endLine: max(1, count)))
    }

    /// Whether the mentions of `step` are read, worked out from the steps as the window says it: a
    /// decision, or a step without performers from `step - 1` to `step + lookBack`.
    static func expectsMentions(_ step: Int, of steps: [Step], decides: Bool) -> Bool {
        decides
            || steps.indices.contains { $0 >= step - 1 && $0 <= step + PerformerInference.lookBack && steps[$0].performers.isEmpty }
    }

    /// The mentions of each step whose mentions are read are those the activity gives read alone, and a
    /// step whose mentions are not read has none; checked on SOPs of up to 80 steps, with no step marked,
    /// a quarter, half or three quarters of them, or all.
    @Test func readMentionsAreThoseOfTheActivityAlone() {
        var generator = SplitMix(seed: 0x5EED_3400)
        var scratch = ActivityScratch()
        var checkedBoth = (read: false, skipped: false)
        for round in 0..<60 {
            let count = Int(generator.next() % 80)
            let share = UInt64(round % 5)
            var marks = SplitMix(seed: generator.next())
            let marked = (0..<count).map { _ in marks.next() % 4 < share }
            let sop = Self.sop(count: count, marked: { marked[$0] }, generator: &generator)
            let roles = RoleListFacts(roles: sop.roles)
            let matcher = roles.matcher
            scratch.readActivities(of: sop.steps, roles: roles)
            let mentions = scratch.facts.stepMentions
            for step in sop.steps.indices {
                let activity = sop.steps[step].activity
                let found = Array(mentions[step])
                if Self.expectsMentions(step, of: sop.steps, decides: scratch.facts.steps[step].decides) {
                    let reading = RoleText.Reading(activity)
                    let facts = PerformerInference.wordFacts(of: activity, reading: reading, tagsOfEntry: matcher.mentionTagsOfEntry)
                    var alone: [ClassifiedMention] = []
                    var tokens = RoleText(RoleText.Reading(""))
                    ActivityClauses.mentions(
                        in: activity, reading: reading, tags: facts.tags, clauses: scratch.facts.clauses(ofStep: step),
                        matcher: matcher, read: &tokens, into: &alone)
                    #expect(found == alone, "round \(round) step \(step): \(activity)")
                    checkedBoth.read = checkedBoth.read || !alone.isEmpty
                } else {
                    #expect(found.isEmpty, "round \(round) step \(step): \(activity)")
                    checkedBoth.skipped = true
                }
            }
            scratch.facts.removeAll()
        }
        #expect(checkedBoth.read && checkedBoth.skipped)
    }

    /// In an SOP of 40 steps, each handing off to Staf ("meneruskan kepada"), whose only step without
    /// performers is step 35, the mentions of steps 5 to 36 are read, and those of the others are not.
    @Test func windowAroundTheOneStepWithoutPerformers() {
        let steps = (0..<40).map { index in
            index == 35
                ? Step(number: index + 1, activity: "Meneruskan berkas kepada Staf", line: index + 1)
                : Step(
                    number: index + 1, activity: "Meneruskan berkas kepada Staf", performers: ["Kasi"], performerSource: .marker,
                    line: index + 1)
        }
        var scratch = ActivityScratch()
        scratch.readActivities(of: steps, roles: RoleListFacts(roles: ["Kepala Dinas", "Kasi", "Staf"]))
        let mentions = scratch.facts.stepMentions
        for step in 0..<40 {
            #expect(mentions[step].map(\.kind) == ((5...36).contains(step) ? [.handedTo] : []), "\(step)")
        }
    }
}
