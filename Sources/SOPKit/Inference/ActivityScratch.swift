/// The buffers the performer inference reads activities into: the words of one activity
/// (`RoleText.Reading`) and its canonical tokens for the role scan (`RoleText`), each read into again
/// for the next activity (`reread`), and what the activities of one SOP say (`facts`). They are kept
/// from SOP to SOP (`take`, `keep`), so that a worker allocates them, and grows them to the longest
/// activity and SOP it reads, once rather than once per SOP. The facts of the role lists read so far
/// (`roleLists`) are kept with them. What is read into them does not depend on what they held before.
struct ActivityScratch {
    /// The words of the activity being read.
    var reading = RoleText.Reading("")
    /// The canonical tokens of the activity being read, read into for each activity that may mention a role.
    var tokens = RoleText(RoleText.Reading(""))
    /// What the activities of the SOP being read say, emptied before the scratch is kept.
    var facts = PerformerInference.ActivityFacts()
    /// The scores of the roles for the steps of the SOP being read.
    var scores = PerformerInference.StepScores()
    /// The facts of the role lists of the SOPs read so far, read once per distinct list.
    var roleLists = RoleListFacts.Cache()

    /// The most bytes of text a kept scratch may have room for: one that grew past it for a very long
    /// activity is dropped rather than kept.
    static let largestKeptText = 1 << 16
    /// The most steps a kept scratch may have room for: one that grew past it for a very long SOP is
    /// dropped rather than kept.
    static let largestKeptStepCount = 1 << 12
    /// The most scores (steps times roles) a kept scratch may have room for.
    static let largestKeptScoreCount = 1 << 16
    /// The most canonical tokens a kept scratch may have room for (`RoleText.tokenRoom`): one that grew
    /// past it for an activity of very many words is dropped rather than kept.
    static let largestKeptTokenCount = 1 << 16

    /// The scratches SOPs read so far left for the SOPs after them: at most one per thread reading
    /// files at the same time, on any machine this runs on.
    private static let kept = ReusePool<ActivityScratch>(capacity: 16)

    /// A scratch that an SOP read before left, else a new one.
    static func take() -> ActivityScratch {
        kept.take { ActivityScratch() }
    }

    /// Keeps `scratch`, which the caller gives up, for an SOP read after it, unless it grew past
    /// `largestKeptText`, `largestKeptStepCount`, `largestKeptScoreCount` or `largestKeptTokenCount`.
    static func keep(_ scratch: consuming ActivityScratch) {
        guard scratch.reading.folded.capacity <= largestKeptText, scratch.facts.steps.capacity <= largestKeptStepCount,
            scratch.facts.mentions.capacity <= largestKeptStepCount, scratch.facts.clauses.capacity <= largestKeptStepCount,
            scratch.scores.values.capacity <= largestKeptScoreCount, scratch.tokens.tokenRoom <= largestKeptTokenCount
        else { return }
        kept.giveBack(consume scratch)
    }

    /// Reads the activities of `steps`, the steps of an SOP, into `facts`, which must be empty; the matcher
    /// of `roles` finds the mentions of its roles, read through the reference rather than copied with each
    /// of its arrays. The mentions of a step are read only when the inference reads them (`needsMentions`);
    /// any other step is given none.
    mutating func readActivities(of steps: [Step], roles: RoleListFacts) {
        let count = steps.count
        facts.steps.reserveCapacity(count)
        // About one mention a step.
        facts.mentions.reserveCapacity(count)
        /// The first step without performers from `start` on, `Int.max` when none is.
        func firstWithoutPerformers(from start: Int) -> Int {
            steps[start...].firstIndex { $0.performers.isEmpty } ?? Int.max
        }
        // The first step without performers from `step - 1` on, moved on as the steps are read.
        var nextWithoutPerformers = firstWithoutPerformers(from: 0)
        for step in steps.indices {
            if nextWithoutPerformers < step - 1 { nextWithoutPerformers = firstWithoutPerformers(from: step - 1) }
            let activity = steps[step].activity
            reading.reread(activity)
            // The matcher's tags tell whether a word may start a mention as well as the kinds of work and clauses.
            let (kinds, mayHaveClauses, tags) = PerformerInference.wordFacts(
                of: activity, reading: reading, tagsOfEntry: roles.matcher.mentionTagsOfEntry)
            // Most activities have no condition word: their clauses are not looked for. Those of the others
            // are appended where they are kept, and read there.
            let firstClause = facts.clauses.count
            if mayHaveClauses { ActivityClauses.appendConditionalClauses(of: activity, reading: reading, to: &facts.clauses) }
            let stepClauses = facts.clauses[firstClause...]
            let decides = !stepClauses.isEmpty && ActivityClauses.isDecision(activity, reading: reading, clauses: stepClauses)
            if Self.needsMentions(step: step, decides: decides, nextWithoutPerformers: nextWithoutPerformers) {
                ActivityClauses.mentions(
                    in: activity, reading: reading, tags: tags, clauses: stepClauses, matcher: roles.matcher, read: &tokens,
                    into: &facts.mentions)
            }
            facts.steps.append(PerformerInference.StepFacts(
                mentionEnd: facts.mentions.count, clauseEnd: facts.clauses.count, workKinds: kinds, decides: decides))
        }
    }

    /// Whether the inference reads the mentions of step `step`, given whether it `decides` and
    /// `nextWithoutPerformers`, the first step without performers from `step - 1` on (`Int.max` when
    /// there is none). A decision reads its own mentions; otherwise only the scores, performers and
    /// chains of steps without performers read mentions: those of the step itself, of the steps right
    /// before and after it (hand-offs, receipts, chains) and of the `PerformerInference.lookBack` steps
    /// before it (who ordered a returned work). The mentions of any other step are read by nothing.
    static func needsMentions(step: Int, decides: Bool, nextWithoutPerformers: Int) -> Bool {
        decides || nextWithoutPerformers <= step + PerformerInference.lookBack
    }
}
