/// Infers who performs the steps whose role cells carry no mark, from the wording of the activities:
/// the subject or agent ("Kepala Dinas memberi …", "Diperiksa Kasubbag"), the addressee of an order
/// ("memerintahkan Kasubbag" is done by Kasubbag's superior), the hand-off chain ("… meneruskan
/// kepada Kasubbag" gives the next step to Kasubbag; "Menerima … dari Kepala Seksi" gives the previous
/// one to Kepala Seksi), the approval chain (a draft forwarded to the Sekretaris comes from the role
/// just below), and the kind of work (signing is the head's, filing the clerk's). When the evidence
/// is weak the performer stays unknown. Then it finds the decision steps and where their answers lead.
public enum PerformerInference {
    /// The least score a role needs, and the margin over the next, to be named the performer.
    static let minimumScore = 1.5
    static let minimumMargin = 1.0
    /// How many steps back a hand-off or a returned decision is looked for.
    static let lookBack = 30

    /// `sop` with inferred performers for unmarked steps, and its decisions.
    public static func infer(_ sop: SOP) -> SOP {
        var sop = sop
        infer(&sop)
        return sop
    }

    /// Infers the performers of the unmarked steps of `sop`, and its decisions, in place: its steps are
    /// not copied when nothing else holds them.
    public static func infer(_ sop: inout SOP) {
        guard !sop.steps.isEmpty else { return }
        // What the activities say is read into buffers kept from SOP to SOP, and emptied before they are kept.
        var scratch = ActivityScratch.take()
        // The matcher and the ranks of the roles, read once per distinct list of roles.
        let roleFacts = scratch.roleLists.facts(of: sop.roles)
        scratch.readActivities(of: sop.steps, roles: roleFacts)
        infer(&sop, facts: scratch.facts, roles: roleFacts, scores: &scratch.scores)
        scratch.facts.removeAll()
        ActivityScratch.keep(consume scratch)
    }

    /// Infers the performers and decisions of `sop` from what its activities say (`facts`) and what its
    /// roles say of themselves (`roles`); the scores of the roles are worked out in `scores`. The functions
    /// it calls are given the steps and roles of `sop` rather than a copy of the whole SOP.
    private static func infer(_ sop: inout SOP, facts: ActivityFacts, roles roleFacts: RoleListFacts, scores: inout StepScores) {
        // The mentions of the steps, looked up by step, made once for every function that reads them.
        let mentions = facts.stepMentions
        if !sop.roles.isEmpty {
            score(
                stepCount: sop.steps.count, roleCount: sop.roles.count, facts: facts.steps, mentions: mentions, roles: roleFacts,
                into: &scores)
            assign(&sop, scores: scores, mentions: mentions)
            // A step the first round left unknown stays so unless the evidence changed its scores.
            if addCrossStepEvidence(sop.steps, roles: sop.roles, mentions: mentions, to: &scores) {
                assign(&sop, scores: scores, mentions: mentions)
            }
            continueChains(&sop, mentions: mentions)
        }
        for index in sop.steps.indices where facts.steps[index].decides {
            // Worked out before the step is written, so that no other reference holds the steps then.
            let found = decision(
                at: index, of: sop.steps, roles: sop.roles, clauses: facts.clauses(ofStep: index), mentions: mentions)
            sop.steps[index].decision = found
        }
    }

    /// The kinds of work the first word of an activity says, those all its words say together, and
    /// whether the first word is "menerima" (`wordFacts(of:reading:)`).
    typealias WorkKinds = (first: WorkWord, any: WorkWord, startsWithMenerima: Bool)

    /// What one activity says besides its mentions and clauses, and where they end in the arrays of all
    /// the steps' mentions and clauses (`ActivityFacts`): one record per step, appended once.
    struct StepFacts {
        /// Where the mentions of the step end in `ActivityFacts.mentions`.
        var mentionEnd: Int
        /// Where the clauses of the step end in `ActivityFacts.clauses`.
        var clauseEnd: Int
        /// The kinds of work of the activity.
        var workKinds: WorkKinds
        /// Whether the activity is a decision.
        var decides: Bool
    }

    /// The classified mentions of the activities of an SOP, step after step, in one array: no array per
    /// step. `self[step]` are those of step `step`.
    struct StepMentions {
        /// The mentions of all the steps, those of each step together, in the order of the steps.
        let all: [ClassifiedMention]
        /// The facts of each step, which say where its mentions end in `all`.
        let steps: [StepFacts]

        /// The mentions of step `step`.
        subscript(step: Int) -> ArraySlice<ClassifiedMention> {
            all[(step == 0 ? 0 : steps[step - 1].mentionEnd)..<steps[step].mentionEnd]
        }
    }

    /// What the activities of an SOP say, step after step, read in one pass over the steps
    /// (`ActivityScratch.readActivities`): each activity is read into one reading whose buffers serve
    /// every activity in turn, and everything asked of its words is asked while it is there. Its arrays
    /// are kept, emptied, from SOP to SOP in the scratch that holds them.
    struct ActivityFacts {
        /// The conditional clauses of all the activities, those of each together, in the order of the steps.
        var clauses: [ActivityClauses.Clause] = []
        /// The header roles the activities mention, classified, those of each together, in the order of the steps.
        var mentions: [ClassifiedMention] = []
        /// What each activity says besides, and where its clauses and mentions end.
        var steps: [StepFacts] = []

        /// The mentions of the steps, looked up by step.
        var stepMentions: StepMentions { StepMentions(all: mentions, steps: steps) }

        /// The clauses of step `step`.
        func clauses(ofStep step: Int) -> ArraySlice<ActivityClauses.Clause> {
            clauses[(step == 0 ? 0 : steps[step - 1].clauseEnd)..<steps[step].clauseEnd]
        }

        /// Empties the arrays, keeping their room.
        mutating func removeAll() {
            clauses.removeAll(keepingCapacity: true)
            mentions.removeAll(keepingCapacity: true)
            steps.removeAll(keepingCapacity: true)
        }
    }

    /// Names the performer of every unmarked, still unknown step whose best role wins clearly.
    private static func assign(_ sop: inout SOP, scores: StepScores, mentions: StepMentions) {
        for index in sop.steps.indices where sop.steps[index].performers.isEmpty {
            guard let (best, score, margin) = bestRole(scores.scores(ofStep: index)), score >= minimumScore, margin >= minimumMargin
            else { continue }
            if mentions[index].contains(where: { $0.kind == .companion && $0.role != best }) {
                var performers = [best]
                for mention in mentions[index] where mention.kind == .companion && mention.role != best { performers.append(mention.role) }
                performers.sort()
                sop.steps[index].performers = performers.map { sop.roles[$0] }
            } else {
                // The SOP's own spelling of the role: the role-list cache matches lists by canonical
                // equivalence, so a role string taken from it could be another file's spelling.
                sop.steps[index].performers = [sop.roles[best]]
            }
            sop.steps[index].performerSource = .text
            sop.steps[index].performerConfidence = confidence(score: score, margin: margin)
        }
    }

    /// The first role with the highest score, that score, and its margin over the next highest score
    /// (over 0 when there is one role): the head of the scores sorted from highest to lowest, found in
    /// one pass. Roles that tie for the highest score have a margin of 0. A role is its position in
    /// `scores`, counted from its start.
    static func bestRole(_ scores: ArraySlice<Double>) -> (role: Int, score: Double, margin: Double)? {
        guard var best = scores.indices.first else { return nil }
        var next = -Double.infinity
        for role in scores.indices.dropFirst() {
            if scores[role] > scores[best] {
                next = scores[best]
                best = role
            } else {
                next = max(next, scores[role])
            }
        }
        return (best - scores.startIndex, scores[best], scores[best] - (scores.count > 1 ? next : 0))
    }

    /// Evidence that needs the first round's performers: whoever ordered a role to do the work reviews
    /// it when it comes back ("… dikembalikan kepada Perencana" after "Memerintahkan Perencana"). `steps`
    /// and `roles` are those of the SOP. Returns whether it added to any score.
    private static func addCrossStepEvidence(_ steps: [Step], roles: [String], mentions: StepMentions, to scores: inout StepScores) -> Bool {
        var added = false
        for index in steps.indices where steps[index].performers.isEmpty {
            for mention in mentions[index] where mention.kind == .returnedTo {
                let orderedBy = steps[max(0, index - lookBack)..<index].indices.last { earlier in
                    mentions[earlier].contains { $0.role == mention.role && $0.kind == .commanded }
                }
                guard let orderedBy, steps[orderedBy].performers.count == 1,
                    let role = roles.firstIndex(of: steps[orderedBy].performers[0])
                else { continue }
                scores[index, role] += 2.5
                added = true
            }
        }
        return added
    }

    /// A step with no mention of any role, after a step that passed nothing on, continues with the
    /// same performer (low confidence).
    private static func continueChains(_ sop: inout SOP, mentions: StepMentions) {
        for index in sop.steps.indices.dropFirst() where sop.steps[index].performers.isEmpty {
            // Only the previous step's performers are read, not a copy of the whole step.
            let previousPerformers = sop.steps[index - 1].performers
            guard previousPerformers.count == 1, !handsOff(mentions[index - 1]), mentions[index].isEmpty else { continue }
            sop.steps[index].performers = previousPerformers
            sop.steps[index].performerSource = .text
            sop.steps[index].performerConfidence = 0.5
        }
    }

    /// A confidence from the winning score and its margin, rounded to two decimals.
    private static func confidence(score: Double, margin: Double) -> Double {
        let value = min(0.95, 0.45 + margin / 10 + score / 20)
        return (value * 100).rounded() / 100
    }

    /// What a word says of the kind of work (`workWordLists`).
    struct WorkWord: OptionSet {
        let rawValue: Int
        static let signingVerb = WorkWord(rawValue: 1)
        static let clericalVerb = WorkWord(rawValue: 2)
        /// A word of clerical work, done by the lowest-ranking role of the unit.
        static let clericalWord = WorkWord(rawValue: 4)
        /// A word of general affairs (rooms, supplies, catering), the work of a Kasubbag Umum.
        static let generalAffairsWord = WorkWord(rawValue: 8)
        /// A word of what an applicant brings: "Mengajukan permohonan", "Menyampaikan pengaduan".
        static let applicantWord = WorkWord(rawValue: 16)
        /// A verb of an order given to someone, which is no clerical work however it is worded.
        static let orderVerb = WorkWord(rawValue: 32)
        /// A verb with which an applicant hands in an application.
        static let applyingVerb = WorkWord(rawValue: 64)
    }

    /// The words of each kind of work.
    static let workWordLists: [(WorkWord, [String])] = [
        (.signingVerb, ["menandatangani", "mengesahkan", "menetapkan", "menyetujui", "ditandatangani", "disahkan"]),
        (.clericalVerb, [
            "mengetik", "menginput", "mengarsipkan", "menggandakan", "mengagendakan", "mencatat", "mendistribusikan",
            "mengirimkan", "menjilid", "memfotokopi", "menscan", "memindai", "mengentri", "mengadministrasikan",
        ]),
        (.clericalWord, [
            "mengetik", "menginput", "mengarsipkan", "menggandakan", "mengagendakan", "mencatat", "stempel", "cap",
            "register", "menjilid", "memindai", "mengentri", "penomoran", "membubuhkan", "agenda", "tembusan",
            "salinannya", "tembusannya",
        ]),
        (.generalAffairsWord, ["konsumsi", "atk", "perlengkapan", "ruangan", "akomodasi"]),
        (.applicantWord, ["permohonan", "pengaduan", "aduan", "keberatan", "usul", "pemohon", "berkas", "formulir"]),
        (.orderVerb, ["memerintahkan", "menugaskan", "mendisposisikan", "menginstruksikan"]),
        (.applyingVerb, ["mengajukan", "menyampaikan", "mengisi", "melapor", "mendaftar"]),
    ]

    /// The words the role lexicon gives an entry to for the inference (`RoleLexicon.shared`): the words
    /// of `workWordLists` and "menerima", so that the one lookup of each word of an activity that reads
    /// its role mentions also gives its kinds of work.
    static let lexiconWords: [Substring] = workWordLists.flatMap { $0.1.map { Substring($0) } } + ["menerima"]

    /// The tags of the role lexicon's words for the inference (`RoleLexicon.tagsOfEntry`): the kinds of work
    /// of each word of `workWordLists` (the raw values of `WorkWord`, in the low bits), and `conditionTag`
    /// for each condition word, so that a reading's one pass over an activity tells what its words say.
    static let lexiconWordTags: [(word: Substring, tags: UInt32)] =
        workWordLists.flatMap { kind, words in words.map { (word: Substring($0), tags: UInt32(kind.rawValue)) } }
        + ActivityClauses.conditionWordList.map { (word: Substring($0), tags: conditionTag) }

    /// The tag of a condition word ("jika", "apabila", …) among `lexiconWordTags`.
    static let conditionTag: UInt32 = 1 << 7

    /// The tags of `lexiconWordTags` that are kinds of work.
    private static let workKindTags: UInt32 = conditionTag - 1

    /// The entry of "menerima" in the role lexicon.
    private static let menerimaEntry = RoleLexicon.shared.entryOfWord["menerima"]!

    /// The kinds of work of a word of the role lexicon, given its entry (or -1).
    private static func workKinds(ofEntry entry: Int) -> WorkWord {
        entry >= 0 ? workKinds(ofTags: RoleLexicon.shared.tagsOfEntry[entry]) : WorkWord()
    }

    /// The kinds of work that tags of `lexiconWordTags` say.
    private static func workKinds(ofTags tags: UInt32) -> WorkWord {
        WorkWord(rawValue: Int(tags & workKindTags))
    }

    /// Whether a step passes its result to someone (so the next step is someone else's).
    private static func handsOff(_ mentions: ArraySlice<ClassifiedMention>) -> Bool {
        mentions.contains { mention in
            switch mention.kind {
            case .handedTo, .deliveredTo, .reportedTo, .commanded: true
            default: false
            }
        }
    }

    /// Works out in `scores`, for each of `stepCount` steps, a score per role of `roleCount` roles; `facts`
    /// say the kinds of work of the activities and `roles` what the roles say of themselves. The scores,
    /// the mentions and the chains of the roles are read through pointers for the whole SOP
    /// (`StepScores.withRows`), not fetched and checked again at each mention.
    private static func score(
        stepCount: Int, roleCount: Int, facts steps: [StepFacts], mentions: StepMentions, roles: RoleListFacts,
        into scores: inout StepScores
    ) {
        scores.reset(stepCount: stepCount, roleCount: roleCount)
        precondition(steps.count >= stepCount, "a step's facts for each step scored")
        scores.withRows { scores in
            steps.withUnsafeBufferPointer { steps in
                mentions.all.withUnsafeBufferPointer { allMentions in
                    roles.superiors.withUnsafeBufferPointer { superiors in
                        roles.chainAbove.withUnsafeBufferPointer { chainAbove in
                            roles.chainBelow.withUnsafeBufferPointer { chainBelow in
                                score(
                                    stepCount: stepCount, steps: steps, mentions: allMentions,
                                    chains: RoleChains(superiors: superiors, above: chainAbove, below: chainBelow), roles: roles,
                                    into: scores)
                            }
                        }
                    }
                }
            }
        }
    }

    /// The chains of the roles of a `RoleListFacts` seen through pointers to its arrays, valid while the
    /// facts are (`score(stepCount:roleCount:facts:mentions:roles:into:)`).
    private struct RoleChains {
        /// `RoleListFacts.superiors`.
        let superiors: UnsafeBufferPointer<[Int]>
        /// `RoleListFacts.chainAbove`.
        let above: UnsafeBufferPointer<[Int]>
        /// `RoleListFacts.chainBelow`.
        let below: UnsafeBufferPointer<[Int]>

        /// The roles that supervise `role`.
        func superiors(of role: Int) -> [Int] {
            precondition(role >= 0 && role < superiors.count, "a role of the list")
            return superiors[role]
        }

        /// The roles one step up the approval chain from `role`.
        func above(_ role: Int) -> [Int] {
            precondition(role >= 0 && role < above.count, "a role of the list")
            return above[role]
        }

        /// The roles one step down the approval chain from `role`.
        func below(_ role: Int) -> [Int] {
            precondition(role >= 0 && role < below.count, "a role of the list")
            return below[role]
        }
    }

    /// `score(stepCount:roleCount:facts:mentions:roles:into:)` on the facts of the steps (`steps`), the
    /// mentions of all the steps (`mentions`, those of each step ending where its facts say) and the
    /// chains of the roles, read through pointers, written into `scores`.
    private static func score(
        stepCount: Int, steps: UnsafeBufferPointer<StepFacts>, mentions: UnsafeBufferPointer<ClassifiedMention>, chains: RoleChains,
        roles: RoleListFacts, into scores: StepScores.Rows
    ) {
        // Whether the step after the one being scored receives what that step hands off: only a step's
        // own mentions say so of the step after it.
        var nextReceivesHandOff = false
        func add(_ bonus: Double, to roles: [Int], at index: Int) {
            roles.withUnsafeBufferPointer { roles in
                for role in roles { scores[index, role] += bonus }
            }
        }
        var mentionStart = 0
        for index in 0..<stepCount {
            let hasNext = index + 1 < stepCount
            let receivesHandOff = nextReceivesHandOff
            nextReceivesHandOff = false
            let mentionEnd = steps[index].mentionEnd
            precondition(mentionStart <= mentionEnd && mentionEnd <= mentions.count, "a step's mentions among the SOP's")
            let stepMentions = UnsafeBufferPointer(rebasing: mentions[mentionStart..<mentionEnd])
            mentionStart = mentionEnd
            for mention in stepMentions {
                switch mention.kind {
                case .subject:
                    scores[index, mention.role] += 5
                case .commanded:
                    scores[index, mention.role] -= 3
                    add(2.5, to: chains.superiors(of: mention.role), at: index)
                    if hasNext {
                        scores[index + 1, mention.role] += 3
                        nextReceivesHandOff = true
                    }
                case .handedTo where !mention.inRejection, .deliveredTo where !mention.inRejection, .reportedTo:
                    scores[index, mention.role] -= 3
                    if hasNext {
                        scores[index + 1, mention.role] += 3
                        nextReceivesHandOff = true
                    }
                    add(1.5, to: chains.below(mention.role), at: index)
                case .source:
                    scores[index, mention.role] -= 3
                    if index > 0 { scores[index - 1, mention.role] += 3 }
                case .via:
                    scores[index, mention.role] -= 3
                    add(2, to: chains.below(mention.role), at: index)
                case .returnedTo, .handedTo, .deliveredTo:
                    scores[index, mention.role] -= 2
                    add(2, to: chains.superiors(of: mention.role), at: index)
                case .companion:
                    scores[index, mention.role] -= 1
                    add(1.5, to: chains.above(mention.role), at: index)
                case .other:
                    break
                }
            }
            addWorkKindEvidence(
                steps[index].workKinds, roles: roles, mentions: stepMentions, receivesHandOff: receivesHandOff, to: scores,
                step: index)
        }
    }

    /// A score per role for each step, in one array, step after step. Its array is kept from SOP to SOP
    /// in the scratch that holds it (`ActivityScratch`), set to zeros for each SOP (`reset`).
    struct StepScores {
        /// The number of roles of the SOP being scored.
        private(set) var roleCount = 0
        /// The scores, those of each step together.
        private(set) var values: [Double] = []

        /// Sets every score of `stepCount` steps and `roleCount` roles to 0, keeping the array's room: the
        /// scores kept are set to 0 in place, and only those the array lacks are appended.
        mutating func reset(stepCount: Int, roleCount: Int) {
            self.roleCount = roleCount
            let count = stepCount * roleCount
            if values.count > count { values.removeLast(values.count - count) }
            values.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
            if values.count < count { values.append(contentsOf: repeatElement(0, count: count - values.count)) }
        }

        /// The score of role `role` for step `step`.
        subscript(step: Int, role: Int) -> Double {
            get { values[step * roleCount + role] }
            set { values[step * roleCount + role] = newValue }
        }

        /// The scores of step `step`, role after role.
        func scores(ofStep step: Int) -> ArraySlice<Double> {
            values[(step * roleCount)..<((step + 1) * roleCount)]
        }

        /// The scores seen through a pointer to their array (`withRows`), read and written as the scores
        /// are, without a check of the array's uniqueness at each score. A score out of the array stops
        /// the program, as it does through `subscript(step:role:)`.
        struct Rows {
            /// The scores, those of each step together.
            let values: UnsafeMutableBufferPointer<Double>
            /// The number of roles of the SOP being scored.
            let roleCount: Int

            /// The score of role `role` for step `step`.
            subscript(step: Int, role: Int) -> Double {
                get {
                    let index = step * roleCount + role
                    precondition(index >= 0 && index < values.count, "a score of a step and a role scored")
                    return values[index]
                }
                nonmutating set {
                    let index = step * roleCount + role
                    precondition(index >= 0 && index < values.count, "a score of a step and a role scored")
                    values[index] = newValue
                }
            }
        }

        /// Calls `body` with the scores seen through a pointer, valid while `body` runs.
        mutating func withRows<Result>(_ body: (Rows) -> Result) -> Result {
            let roleCount = roleCount
            return values.withUnsafeMutableBufferPointer { body(Rows(values: $0, roleCount: roleCount)) }
        }
    }

    /// What one walk over the words of an activity tells: its kinds of work, as the words of
    /// `FoldedKey.words(activity)` say them (for an ASCII activity, the words of `reading` other than
    /// "&", as looked up in the role lexicon), whether it may have a conditional clause, and the tags of
    /// `tagsOfEntry` (a tag for each entry of the role lexicon, those of `RoleLexicon.tagsOfEntry` at
    /// least) of its words' entries ORed together (0 for an activity that is not ASCII, whose words are
    /// not walked). An ASCII activity has no clause (`ActivityClauses.conditionalClauses` finds none) when
    /// none of its words of letters is a condition word and every other word is an "&"; any other
    /// activity may have one. The walk reads only each word's entry, through the tags (`lexiconWordTags`):
    /// a word of the lexicon has no digit, so a word tagged a condition word is a word of letters, and
    /// every other word of a digit or "&" is one without an entry or the "&" of the lexicon.
    static func wordFacts(
        of activity: String, reading: RoleText.Reading, tagsOfEntry: [UInt32] = RoleLexicon.shared.tagsOfEntry
    ) -> (kinds: WorkKinds, mayHaveClauses: Bool, tags: UInt32) {
        guard reading.isASCII else { return (nonASCIIWorkKinds(of: activity), true, 0) }
        precondition(tagsOfEntry.count == RoleLexicon.shared.entries.count, "a table of tags has a tag for each entry of the lexicon")
        var tags: UInt32 = 0
        var hasDigitWord = false
        tagsOfEntry.withUnsafeBufferPointer { tagsOfEntry in
            reading.words.withUnsafeBufferPointer { words in
                for word in words {
                    if word.entry >= 0 {
                        tags |= tagsOfEntry[word.entry]
                    } else if !word.isLettersOnly {
                        hasDigitWord = true
                    }
                }
            }
        }
        // The first word is "&" seldom: the words before the first other word are passed over one by one.
        var firstEntry = -1
        for word in reading.words where word.isLettersOnly || reading.folded[word.start] != UInt8(ascii: "&") {
            firstEntry = word.entry
            break
        }
        let first = firstEntry >= 0 ? workKinds(ofTags: tagsOfEntry[firstEntry]) : WorkWord()
        let kinds = (first: first, any: workKinds(ofTags: tags), startsWithMenerima: firstEntry == menerimaEntry)
        return (kinds, hasDigitWord || tags & conditionTag != 0, tags)
    }

    /// The kinds of work of a non-ASCII activity, read on the words of its key.
    private static func nonASCIIWorkKinds(of activity: String) -> WorkKinds {
        var first: WorkWord?
        var any = WorkWord()
        var startsWithMenerima = false
        let lexicon = RoleLexicon.shared
        let read: Void? = FoldedKey.forEachWord(of: activity) { word in
            let entry = lexicon.entryIndex(of: word) ?? -1
            if first == nil {
                first = workKinds(ofEntry: entry)
                startsWithMenerima = entry == menerimaEntry
            }
            any.formUnion(workKinds(ofEntry: entry))
            return true
        }
        guard read == nil else { return (first ?? WorkWord(), any, startsWithMenerima) }
        /// The role lexicon's entry of `word`, -1 when it has none: looked up by its bytes
        /// (`RoleLexicon.entryIndex(of:)`), which gives what `entryOfWord` gives without hashing a string.
        func entry(of word: Substring) -> Int {
            var word = word
            return word.withUTF8 { lexicon.entryIndex(of: $0) } ?? -1
        }
        let words = FoldedKey.words(activity)
        let firstEntry = words.first.map(entry(of:)) ?? -1
        let allKinds = words.reduce(into: WorkWord()) { $0.formUnion(workKinds(ofEntry: entry(of: $1))) }
        return (workKinds(ofEntry: firstEntry), allKinds, firstEntry == menerimaEntry)
    }

    /// Evidence from the kind of work: signing is the head's, filing the clerk's, supplies the general
    /// affairs', an application the applicant's (and receiving it the clerk's).
    private static func addWorkKindEvidence(
        _ kinds: WorkKinds, roles: RoleListFacts,
        mentions: UnsafeBufferPointer<ClassifiedMention>, receivesHandOff: Bool, to scores: StepScores.Rows, step: Int
    ) {
        let (first, any, startsWithMenerima) = kinds
        if first.contains(.signingVerb), let head = roles.head { scores[step, head] += 3 }
        let isOrder = first.contains(.orderVerb)
        if let clerk = roles.clerk, !isOrder, any.contains(.clericalWord) || first.contains(.clericalVerb) {
            scores[step, clerk] += 2.5
        }
        if any.contains(.generalAffairsWord), let generalAffairs = roles.generalAffairs {
            scores[step, generalAffairs] += 2
        }
        guard any.contains(.applicantWord) else { return }
        if startsWithMenerima, let clerk = roles.clerk, !receivesHandOff, !mentions.contains(where: { $0.kind == .commanded }) {
            scores[step, clerk] += 1.5
        } else if first.contains(.applyingVerb), let applicant = roles.applicant {
            scores[step, applicant] += 3
        }
    }

    /// The roles of each rank, in order, for ranks of `RoleRank` (1 to 7): element `rank` holds the roles of
    /// that rank, up to the highest rank of `ranks` (element 0 is empty). Each list has room for its roles
    /// from the start; the chains and superiors of the roles are these lists, shared rather than gathered
    /// again for each role.
    static func rolesOfRank(_ ranks: [Int]) -> [[Int]] {
        var rolesOfRank = [[Int]](repeating: [], count: (ranks.max() ?? 0) + 1)
        for role in ranks.indices {
            let rank = ranks[role]
            if rolesOfRank[rank].isEmpty { rolesOfRank[rank].reserveCapacity(ranks[role...].lazy.filter { $0 == rank }.count) }
            rolesOfRank[rank].append(role)
        }
        return rolesOfRank
    }

    /// The roles of rank `wanted` (`rolesOfRank(_:)` gives `rolesOfRank`), none when no role has it.
    private static func roles(ofRank wanted: Int, in rolesOfRank: [[Int]]) -> [Int] {
        wanted < rolesOfRank.count ? rolesOfRank[wanted] : []
    }

    /// The roles one step up the approval chain from `role`: those of the nearest higher rank (a draft
    /// goes Staf → Kasi → Kabid → Sekretaris → Kepala). `rolesOfRank` are the roles of each rank of
    /// `ranks` (`rolesOfRank(_:)`).
    static func chain(above role: Int, ranks: [Int], rolesOfRank: [[Int]]) -> [Int] {
        let rank = ranks[role]
        guard rank <= 6 else { return [] }
        // The nearest rank above that some role has.
        for wanted in stride(from: min(rank, rolesOfRank.count) - 1, through: 0, by: -1) where !rolesOfRank[wanted].isEmpty {
            return rolesOfRank[wanted]
        }
        return []
    }

    /// The roles one step down the approval chain from `role`: those of the nearest lower rank of the unit.
    /// `rolesOfRank` are the roles of each rank of `ranks` (`rolesOfRank(_:)`).
    static func chain(below role: Int, ranks: [Int], rolesOfRank: [[Int]]) -> [Int] {
        let rank = ranks[role]
        // The nearest rank below, down to 6 (the clerks), that some role has.
        let lowest = min(6, rolesOfRank.count - 1)
        guard rank < lowest else { return [] }
        for wanted in (rank + 1)...lowest where !rolesOfRank[wanted].isEmpty {
            return rolesOfRank[wanted]
        }
        return []
    }

    /// The roles that supervise `role`: the head for the secretary and the heads of division; the
    /// secretary for a Kasubbag; the heads of division for a Kasi and for functional staff; for teams
    /// and clerks the nearest supervising rank present. `keyFacts` are the facts of the key of the
    /// role's name; `rolesOfRank` the roles of each rank of `ranks` (`rolesOfRank(_:)`).
    static func superiors(of role: Int, keyFacts: RoleKeyFacts, ranks: [Int], rolesOfRank: [[Int]]) -> [Int] {
        let rank = ranks[role]
        guard rank >= 2, rank <= 6 else { return [] }
        switch rank {
        case 2, 3:
            return roles(ofRank: 1, in: rolesOfRank)
        case 4:
            let supervisors = roles(ofRank: keyFacts.isSubbagian ? 2 : 3, in: rolesOfRank)
            return supervisors.isEmpty ? roles(ofRank: 1, in: rolesOfRank) : supervisors
        default:
            let order = rank == 5 && !keyFacts.isTeam ? [3, 4, 2] : [5, 4, 3, 2]
            for wanted in order where wanted < rank {
                let supervisors = roles(ofRank: wanted, in: rolesOfRank)
                if !supervisors.isEmpty { return supervisors }
            }
            return roles(ofRank: 1, in: rolesOfRank)
        }
    }

    /// `key.contains(part)` for an ASCII `part`, searched on the bytes of `key` when it is ASCII (where
    /// each byte is a character: a key holds no carriage return).
    static func keyContains(_ key: String, _ part: String) -> Bool {
        var key = key
        return key.withUTF8 { bytes in
            let part = Array(part.utf8)
            guard let first = part.first, bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            guard bytes.count >= part.count else { return false }
            for start in 0...(bytes.count - part.count)
            where bytes[start] == first && bytes[start..<(start + part.count)].elementsEqual(part) {
                return true
            }
            return false
        } ?? key.contains(part)
    }

    /// The decision of step `index`: its question, the step the accepted case goes to (the next, or
    /// the one named), and the step the rejected case returns to (the one named, or the last earlier
    /// step of the role the rejection is returned to). The rejected case is the negative clause, or else
    /// the clause that returns the work ("jika masih terdapat kekurangan dikembalikan …"). `steps` and
    /// `roles` are those of the SOP.
    private static func decision(
        at index: Int, of steps: [Step], roles: [String], clauses: ArraySlice<ActivityClauses.Clause>, mentions: StepMentions
    ) -> Decision {
        let activity = steps[index].activity
        let rejection = clauses.first { $0.negative }
            ?? clauses.first { ActivityClauses.textContainsLetters($0.text(in: activity), "dikembalikan") }
        let acceptance = clauses.first { !$0.negative && $0.range != rejection?.range }
        // The question of the acceptance is worked out only when the rejection gives none.
        var question = "Disetujui?"
        if let rejection, case let asked = ActivityClauses.question(of: rejection, in: activity), !asked.isEmpty {
            question = asked
        } else if let acceptance, case let asked = ActivityClauses.question(of: acceptance, in: activity), !asked.isEmpty {
            question = asked
        }
        var yes: Int? = acceptance?.explicitStep(in: activity)
        if yes == nil, index + 1 < steps.count { yes = steps[index + 1].number }
        var no: Int? = rejection?.explicitStep(in: activity)
        if no == nil, let returned = mentions[index].first(where: { $0.kind == .returnedTo || $0.inRejection && $0.kind != .other }) {
            let role = roles[returned.role]
            no = steps[max(0, index - lookBack)..<index].last { $0.performers.contains(role) }?.number
        }
        if no == nil, let rejection, index > 0,
            case let text = rejection.text(in: activity),
            ActivityClauses.textContainsLetters(text, "dikembalikan") || ActivityClauses.textContainsLetters(text, "diperbaiki")
        {
            no = steps[index - 1].number
        }
        return Decision(question: question, yes: yes, no: no)
    }
}
