/// How a role is mentioned in an activity, read from the words around the mention.
enum MentionRole: Sendable, Hashable {
    /// The role does the step: "Kepala Dinas memberi …", "Diperiksa Kasubbag", "diparaf oleh Sekretaris".
    case subject
    /// The role is ordered to act: "memerintahkan Kasubbag …", "menugaskan staf …".
    case commanded
    /// The role receives the result, and does the next step: "meneruskan kepada Kasubbag".
    case handedTo
    /// The role, a superior, receives the result and does the next step: "menyampaikan kepada Kasubbag".
    case deliveredTo
    /// The role receives a report: "melaporkan kepada Kepala Dinas".
    case reportedTo
    /// The rejected case goes back to the role: "jika tidak lengkap dikembalikan kepada Staf".
    case returnedTo
    /// The role gave what this step receives: "Menerima … dari Kepala Seksi".
    case source
    /// The role works with the performer: "Bersama Staf Pelaksana melakukan …".
    case companion
    /// The result passes through the role on its way up: "menyampaikan kepada Kasat melalui Kabid".
    case via
    /// Mentioned in passing.
    case other
}

/// One mention of a header role in an activity, and how it is mentioned.
struct ClassifiedMention: Sendable, Hashable {
    var role: Int
    var kind: MentionRole
    /// Whether the mention sits in a rejected (negative) conditional clause.
    var inRejection: Bool
}

/// Reads activities: which header roles they mention and how, and whether and how they decide.
enum ActivityClauses {
    /// What a word before a mention says of how the mention is made (see `kind`).
    struct MentionWord: OptionSet {
        let rawValue: Int
        static let oleh = MentionWord(rawValue: 1 << 0)
        /// "bersama", "beserta".
        static let companionWord = MentionWord(rawValue: 1 << 1)
        /// "melalui", "lewat".
        static let viaWord = MentionWord(rawValue: 1 << 2)
        static let dari = MentionWord(rawValue: 1 << 3)
        static let kepada = MentionWord(rawValue: 1 << 4)
        /// A word before the one a result goes to: "kepada", "ke", "pada", "untuk".
        static let addressee = MentionWord(rawValue: 1 << 5)
        static let returnVerb = MentionWord(rawValue: 1 << 6)
        static let commandVerb = MentionWord(rawValue: 1 << 7)
        static let reportVerb = MentionWord(rawValue: 1 << 8)
        /// A noun of an order given to someone: "memberi arahan/disposisi kepada Sekretaris".
        static let commandNoun = MentionWord(rawValue: 1 << 9)
        /// A verb that delivers a result up to a superior: the performer is below the addressee.
        static let upwardVerb = MentionWord(rawValue: 1 << 10)
        static let handOffVerb = MentionWord(rawValue: 1 << 11)
    }

    /// The words of each kind that `kind` reads before a mention.
    static let mentionWordLists: [(MentionWord, [String])] = [
        (.oleh, ["oleh"]), (.companionWord, ["bersama", "beserta"]), (.viaWord, ["melalui", "lewat"]), (.dari, ["dari"]),
        (.kepada, ["kepada"]), (.addressee, ["kepada", "ke", "pada", "untuk"]), (.returnVerb, returnVerbList),
        (.commandVerb, ["memerintahkan", "menugaskan", "mendisposisikan", "menginstruksikan", "memerintah", "menunjuk"]),
        (.reportVerb, ["melaporkan", "dilaporkan", "melapor", "berkoordinasi"]),
        (.commandNoun, ["arahan", "pengarahan", "disposisi", "perintah", "instruksi", "tugas", "petunjuk"]),
        (.upwardVerb, ["menyampaikan", "menyerahkan", "mengajukan", "menyampaikannya"]),
        (.handOffVerb, [
            "menyerahkan", "menyampaikan", "meneruskan", "mengirimkan", "mengirim", "diserahkan", "disampaikan",
            "diteruskan", "dikirim", "dikirimkan", "mendistribusikan", "memberikan", "memberi", "mengajukan", "diajukan",
            "menyerahkannya", "mengembalikan", "melimpahkan", "dilimpahkan", "didisposisikan", "disposisi",
        ]),
    ]

    /// What the key of a piece before a mention says: what its entry in the role lexicon says
    /// (`kindsOfEntry`, which is `mentionWordsOfEntry`, fetched once by the caller), nothing for a key the
    /// lexicon does not know. Every word of `mentionWordLists` has an entry (`lexiconWords`), looked up by
    /// its bytes, so no table of the mention words is built besides the lexicon's.
    static func mentionWord(_ key: UnsafeBufferPointer<UInt8>, kindsOfEntry: [MentionWord]) -> MentionWord {
        RoleLexicon.shared.entryIndex(of: key).map { kindsOfEntry[$0] } ?? MentionWord()
    }

    private static let returnVerbList = ["dikembalikan", "kembalikan", "dikembalikannya"]
    private static let returnVerbs = ASCIIWordSet(returnVerbList)
    /// The words that start a conditional clause.
    static let conditionWordList = ["jika", "apabila", "bila", "bilamana", "kalau", "jikalau"]
    private static let conditionWords = Set(conditionWordList)
    private static let negativeWordList = [
        "tidak", "belum", "ditolak", "kurang", "salah", "kesalahan", "gagal", "tdk", "bukan", "keliru",
    ]
    private static let negativeWords = Set(negativeWordList)

    /// What a word says of the clauses of an activity.
    private struct ClauseWord: OptionSet {
        let rawValue: UInt8
        /// A word that starts a conditional clause (`conditionWords`).
        static let condition = ClauseWord(rawValue: 1)
        /// A word that makes a clause negative (`negativeWords`).
        static let negative = ClauseWord(rawValue: 2)
        /// A verb that returns the work (`returnVerbs`).
        static let returnVerb = ClauseWord(rawValue: 4)
    }

    /// The words the role lexicon gives an entry to for the clauses and the mentions (`RoleLexicon.shared`),
    /// so that the one lookup of each word of an activity also tells its clauses and what it says before
    /// a mention.
    static let lexiconWords: [Substring] =
        (conditionWordList + negativeWordList + returnVerbList + mentionWordLists.flatMap(\.1)).map { Substring($0) }

    /// What each entry of the role lexicon says before a mention (the kinds of `mentionWordLists` its word
    /// is in), for the words of an activity's reading and the keys of the pieces before a mention.
    static let mentionWordsOfEntry: [MentionWord] = {
        let lexicon = RoleLexicon.shared
        var kinds = Array(repeating: MentionWord(), count: lexicon.entries.count)
        for (kind, words) in mentionWordLists {
            for word in words { kinds[lexicon.entryOfWord[Substring(word)]!].formUnion(kind) }
        }
        return kinds
    }()

    /// What each entry of the role lexicon says of clauses.
    private static let clauseWordsOfEntry: [ClauseWord] = {
        let lexicon = RoleLexicon.shared
        var kinds = Array(repeating: ClauseWord(), count: lexicon.entries.count)
        for (kind, words) in [(ClauseWord.condition, conditionWordList), (.negative, negativeWordList), (.returnVerb, returnVerbList)] {
            for word in words { kinds[lexicon.entryOfWord[Substring(word)]!].formUnion(kind) }
        }
        return kinds
    }()

    /// What word `word` of a reading says of clauses; `table` is `clauseWordsOfEntry`, fetched once by
    /// the caller rather than at each word.
    private static func clauseWord(_ word: RoleText.Word, in table: [ClauseWord]) -> ClauseWord {
        word.entry >= 0 ? table[word.entry] : ClauseWord()
    }

    /// Appends to `result` every header role mentioned in `activity`, classified; `reading` holds its words,
    /// `tags` the tags of `matcher.mentionTagsOfEntry` of their entries ORed together, and `clauses` its
    /// conditional clauses. `read` is read into for the canonical tokens of the activity,
    /// its buffers kept from one activity to the next. Each mention is classified as the role scan finds
    /// it, on the UTF-8 offset where it starts: no array of mentions is made, and a string index only for
    /// a mention that a negative clause may hold or whose words before it are not ASCII.
    static func mentions(
        in activity: String, reading: RoleText.Reading, tags: UInt32, clauses: ArraySlice<Clause>, matcher: RoleMatcher,
        read: inout RoleText, into result: inout [ClassifiedMention]
    ) {
        guard matcher.mayMentionRole(in: reading, tags: tags) else { return }
        // The words the role scan passes over before a mention may start are not read into terms.
        read.reread(reading, fromWord: matcher.firstWordOfMentionScan(in: reading))
        // The table of mention words is fetched once for the activity, not at each key.
        let kindsOfEntry = mentionWordsOfEntry
        let mayBeInRejection = clauses.contains { $0.negative }
        var contiguous = activity
        contiguous.withUTF8 { bytes in
            matcher.forEachMention(in: activity, read: read) { role, offsets, _ in
                guard let role else { return }
                let offset = offsets.lowerBound
                // The string index of the mention's start, made only where a string must be read.
                func start() -> String.Index { activity.utf8.index(activity.utf8.startIndex, offsetBy: offset) }
                // The text before the mention is taken as a substring only when its bytes do not decide.
                let atStart = hasNoASCIILetter(UnsafeBufferPointer(rebasing: bytes[..<offset]))
                    ?? activity[..<start()].allSatisfy { !$0.isLetter }
                let kind: MentionRole
                // What the keys of the pieces before the mention say, together and the last one alone: read
                // on the words of an ASCII reading, else on the bytes while they are ASCII.
                if let window = reading.isASCII
                    ? MentionWindow(reading, before: offset, kindsOfEntry: kindsOfEntry)
                    : MentionWindow(bytes, before: offset, kindsOfEntry: kindsOfEntry)
                {
                    kind = Self.kind(
                        window: window.words, last: window.last, count: window.count, lastIsLongDiWord: window.lastIsLongDiWord,
                        atStart: atStart)
                } else {
                    let before = activity[..<start()]
                    var window = MentionWord()
                    var last = MentionWord()
                    let previousWords = (lastPieces(of: before) ?? before.split(whereSeparator: isPieceSeparator).suffix(4))
                        .map { TextFolding.key($0) }
                    for word in previousWords {
                        last = Array(word.utf8).withUnsafeBufferPointer { mentionWord($0, kindsOfEntry: kindsOfEntry) }
                        window.formUnion(last)
                    }
                    let lastWord = previousWords.last ?? ""
                    kind = Self.kind(
                        window: window, last: last, count: previousWords.count,
                        lastIsLongDiWord: lastWord.hasPrefix("di") && lastWord.count >= 6, atStart: atStart)
                }
                let inRejection = mayBeInRejection && clauses.contains { $0.negative && $0.range.contains(start()) }
                result.append(ClassifiedMention(role: role, kind: kind, inRejection: inRejection))
            }
        }
    }

    /// Whether the text of the UTF-8 `bytes` has no letter (`allSatisfy { !$0.isLetter }` of its
    /// characters), read on the bytes while they are ASCII, where each byte is a character or part of
    /// "\r\n": false at the first ASCII letter, nil at a non-ASCII byte before any, which the characters
    /// must decide.
    static func hasNoASCIILetter(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            if (byte | 0x20) &- 0x61 < 26 { return false }
        }
        return true
    }

    /// Whether a character separates the pieces of text before a mention.
    private static func isPieceSeparator(_ character: Character) -> Bool {
        character == " " || character == "," || character == "/"
    }

    /// The last four pieces of `text` between spaces, commas and slashes, as
    /// `text.split(whereSeparator: isPieceSeparator).suffix(4)` gives them, found by reading its bytes
    /// backwards; nil when a separator byte sits next to a non-ASCII scalar that could join it into
    /// a larger character.
    private static func lastPieces(of text: Substring) -> ArraySlice<Substring>? {
        let utf8 = text.utf8
        var pieces: [Substring] = []
        var end = utf8.endIndex
        var index = end
        while index != utf8.startIndex, pieces.count < 4 {
            let separator = utf8.index(before: index)
            let byte = utf8[separator]
            if byte == 0x20 || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "/") {
                guard FoldedKey.isCharacterOfItsOwn(separator, in: text) else { return nil }
                if index != end { pieces.append(text[index..<end]) }
                end = separator
            }
            index = separator
        }
        if pieces.count < 4, end != utf8.startIndex { pieces.append(text[utf8.startIndex..<end]) }
        return Array(pieces.reversed())[...]
    }

    /// How a mention is made, from what the keys of the (at most four) pieces before it say: `window` of
    /// all of them, `last` of the last one, and `count` of them. `lastIsLongDiWord` says whether the last
    /// key starts with "di" and has six characters or more.
    static func kind(
        window: MentionWord, last: MentionWord, count: Int, lastIsLongDiWord: Bool, atStart: Bool
    ) -> MentionRole {
        if atStart || count == 0 || last.contains(.oleh) { return .subject }
        if last.contains(.companionWord) { return .companion }
        if last.contains(.viaWord) { return .via }
        if lastIsLongDiWord, count == 1 { return .subject }
        if last.contains(.dari) { return .source }
        if window.contains(.returnVerb) { return .returnedTo }
        if last.contains(.commandVerb) || (last.contains(.kepada) && window.contains(.commandVerb)) { return .commanded }
        if last.contains(.addressee) {
            if window.contains(.reportVerb) { return .reportedTo }
            if !window.isDisjoint(with: [.commandVerb, .commandNoun]) { return .commanded }
            if window.contains(.upwardVerb) { return .deliveredTo }
            return .handedTo
        }
        if window.contains(.handOffVerb) { return .handedTo }
        return .other
    }

    /// A conditional clause of an activity ("jika tidak lengkap dikembalikan kepada Staf"): where it stands
    /// in the activity, and no text of its own, so that the clauses of the activities of an SOP are kept
    /// in one array of plain values.
    struct Clause {
        /// Where the clause stands in its activity.
        var range: Range<String.Index>
        var negative: Bool
        /// False when the clause's text surely holds no ASCII digit (its words, as a reading found them,
        /// are all letters), so that it names no step; true when it may hold one.
        var mayHaveDigit = true

        /// The text of the clause in `activity`, the activity it was read from.
        func text(in activity: String) -> Substring {
            activity[range]
        }

        /// The step the clause names (`explicitStep(in:)` of its text in `activity`, the activity it was
        /// read from), not looked for in a clause without a digit.
        func explicitStep(in activity: String) -> Int? {
            mayHaveDigit ? ActivityClauses.explicitStep(in: text(in: activity)) : nil
        }
    }

    /// Appends to `clauses` the clauses of `conditionalClauses(activity)`, read from the words of `reading`,
    /// the reading of `activity`: in place, with no array of the activity's own. A clause starts at a run
    /// of letters that is a condition word; in an ASCII activity such a run that is a whole word of the
    /// reading (a word without digits, between bytes that are no letters) is known by its entry, and the
    /// words of each clause are the words of the reading from its start to the next. Read on the text when
    /// the activity is not ASCII or a condition word stands inside a word with digits.
    static func appendConditionalClauses(of activity: String, reading: RoleText.Reading, to clauses: inout [Clause]) {
        guard reading.isASCII else { return clauses.append(contentsOf: conditionalClauses(activity)) }
        let table = clauseWordsOfEntry
        // A first pass finds whether the activity has a condition word, and a word that sends the text to
        // be read as a string; a second appends each clause once the start of the next is found.
        var hasCondition = false
        for word in reading.words {
            if word.isLettersOnly {
                if clauseWord(word, in: table).contains(.condition) { hasCondition = true }
            } else if hasConditionRun(reading.folded[word.start..<word.end]) {
                return clauses.append(contentsOf: conditionalClauses(activity))
            }
        }
        guard hasCondition else { return }
        let utf8 = activity.utf8
        let words = reading.words
        // The clause being read: the index of its first word, where it starts in the activity, whether it
        // is negative and whether it may hold a digit (a digit is a byte of a word, and every byte of the
        // clause's words is in its words).
        var first = -1
        var start = activity.startIndex
        var negative = false
        var mayHaveDigit = false
        for index in words.indices {
            let word = words[index]
            let says = clauseWord(word, in: table)
            if word.isLettersOnly, says.contains(.condition) {
                let wordStart = utf8.index(utf8.startIndex, offsetBy: word.start)
                if first >= 0 {
                    clauses.append(Clause(range: start..<wordStart, negative: negative, mayHaveDigit: mayHaveDigit))
                }
                first = index
                start = wordStart
                negative = false
                mayHaveDigit = false
            }
            guard first >= 0 else { continue }
            negative = negative || says.contains(.negative)
            mayHaveDigit = mayHaveDigit || !word.isLettersOnly
        }
        let end = activity.endIndex
        clauses.append(Clause(range: start..<end, negative: negative, mayHaveDigit: mayHaveDigit))
    }

    /// Whether a run of ASCII letters in `bytes` (lower-cased ASCII letters and digits) is a condition word.
    private static func hasConditionRun(_ bytes: ArraySlice<UInt8>) -> Bool {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            guard bytes[index] &- 0x61 < 26 else {
                index += 1
                continue
            }
            var end = index
            while end < bytes.endIndex, bytes[end] &- 0x61 < 26 { end += 1 }
            if conditionWords.contains(String(decoding: bytes[index..<end], as: UTF8.self)) { return true }
            index = end
        }
        return false
    }

    /// The conditional clauses of `activity`: from each "jika", "apabila", "bila" to the next one.
    static func conditionalClauses(_ activity: String) -> [Clause] {
        var contiguous = activity
        let startOffsets = contiguous.withUTF8 { bytes in
            var starts: [Int] = []
            func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte >= 0x80 }
            var index = 0
            while index < bytes.count {
                guard isLetter(bytes[index]) else {
                    index += 1
                    continue
                }
                var end = index
                var isASCII = true
                while end < bytes.count, isLetter(bytes[end]) {
                    if bytes[end] >= 0x80 { isASCII = false }
                    end += 1
                }
                let length = end - index
                let first = bytes[index] | 0x20
                if length >= 3, length <= 8, first == 0x6A || first == 0x61 || first == 0x62 || first == 0x6B,
                    isASCII
                        ? conditionWordSet.containsLowercased(UnsafeBufferPointer(rebasing: bytes[index..<end]))
                        : conditionWords.contains(String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self).lowercased())
                {
                    starts.append(index)
                }
                index = end
            }
            return starts
        }
        let utf8 = activity.utf8
        let starts = startOffsets.map { utf8.index(utf8.startIndex, offsetBy: $0) }
        return starts.enumerated().map { position, start in
            let end = position + 1 < starts.count ? starts[position + 1] : activity.endIndex
            let text = activity[start..<end]
            return Clause(range: start..<end, negative: hasWord(of: negativeWordSet, in: text))
        }
    }

    private static let conditionWordSet = ASCIIWordSet(conditionWords)
    private static let negativeWordSet = ASCIIWordSet(negativeWords)

    /// Whether the activity is a decision: a conditional clause with a negative or rejecting branch,
    /// or two conditional clauses. `clauses` are its conditional clauses.
    /// `reading` is the reading of the activity, whose words are read from it when it is ASCII.
    static func isDecision(_ activity: String, reading: RoleText.Reading, clauses: ArraySlice<Clause>) -> Bool {
        guard let first = clauses.first else { return false }
        if clauses.count >= 2 || first.negative { return true }
        guard reading.isASCII else { return hasWord(of: returnVerbs, in: activity) }
        let table = clauseWordsOfEntry
        return reading.words.contains { clauseWord($0, in: table).contains(.returnVerb) }
    }

    /// Whether a word of `FoldedKey.words(text)` is in `set`, read on the bytes of the key.
    private static func hasWord(of set: ASCIIWordSet, in text: some StringProtocol) -> Bool {
        var found = false
        let read: Void? = FoldedKey.forEachWord(of: text) { word in
            found = set.contains(word)
            return !found
        }
        guard read == nil else { return found }
        return FoldedKey.words(text).contains(where: set.contains)
    }

    /// `PerformerInference.keyContains(TextFolding.key(text), letters)` for `letters` of lower-case ASCII
    /// letters, read on the bytes of an ASCII `text` without building its key: each run of letters of the
    /// key is a run of letters of the text, lower-cased, so the letters stand in the key exactly when they
    /// stand, in either case, in the text. Read on the key when the text is not ASCII.
    static func textContainsLetters(_ text: Substring, _ letters: String) -> Bool {
        var contiguous = text
        var letters = letters
        let found: Bool? = contiguous.withUTF8 { bytes in
            guard FoldedKey.isASCII(bytes) else { return nil }
            return letters.withUTF8 { wanted in
                guard let first = wanted.first else { return true }
                guard bytes.count >= wanted.count else { return false }
                // `byte | 0x20` is a given lower-case letter exactly when the byte is that letter in either case.
                for start in 0...(bytes.count - wanted.count) where bytes[start] | 0x20 == first {
                    var matched = 1
                    while matched < wanted.count, bytes[start + matched] | 0x20 == wanted[matched] { matched += 1 }
                    if matched == wanted.count { return true }
                }
                return false
            }
        }
        return found ?? PerformerInference.keyContains(TextFolding.key(text), letters)
    }

    /// The step number an explicit reference names: "(ke langkah 3)", "kembali ke kegiatan 3". A number
    /// is a word of ASCII digits (as `Int` reads a word of a key, which holds no sign), so a text without
    /// an ASCII digit, as most clauses are, names none and its words are not read.
    static func explicitStep(in text: Substring) -> Int? {
        guard hasASCIIDigit(text) else { return nil }
        var number: Int?
        var afterReferenceWord = false
        let read: Void? = FoldedKey.forEachWord(of: text) { word in
            if afterReferenceWord, let value = decimalValue(word), value > 0, value < 1000 {
                number = value
                return false
            }
            afterReferenceWord = stepReferenceWords.contains(word)
            return true
        }
        guard read == nil else { return number }
        let words = FoldedKey.words(text)
        for (index, word) in words.enumerated() where index + 1 < words.count && stepReferenceWords.contains(word) {
            if let number = Int(words[index + 1]), number > 0, number < 1000 { return number }
        }
        return nil
    }

    /// Whether `text` has an ASCII digit, read on its contiguous bytes rather than through its UTF-8 view.
    static func hasASCIIDigit(_ text: Substring) -> Bool {
        var text = text
        return text.withUTF8 { bytes in bytes.contains { $0 &- 0x30 < 10 } }
    }

    /// `Int(word)` of a word of a key (which holds no sign): nil unless every byte is an ASCII digit
    /// and the value fits an `Int`.
    static func decimalValue(_ word: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !word.isEmpty else { return nil }
        var value = 0
        for byte in word {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            let (shifted, overflowed) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowedAdding) = shifted.addingReportingOverflow(Int(byte - 0x30))
            guard !overflowed, !overflowedAdding else { return nil }
            value = sum
        }
        return value
    }

    /// The words that name a step in an explicit reference ("ke langkah 3").
    private static let stepReferenceWords = ASCIIWordSet(["langkah", "kegiatan", "step", "tahap", "nomor", "no"])

    /// The words that end the condition of a question ("jika tidak lengkap dikembalikan …").
    private static let questionStopWords = ASCIIWordSet([
        "dikembalikan", "diserahkan", "diteruskan", "maka", "untuk", "kembali", "dan", "diparaf", "ditolak",
        "disampaikan", "dikirim",
    ])

    /// The negations a question in positive form leaves out.
    private static let questionNegations = ASCIIWordSet(["tidak", "belum", "tdk", "bukan", "masih"])

    /// What the key of a word of a conditional clause says: whether it ends the condition
    /// (`questionStopWords`), looks like a verb ("me…" or "di…", six characters or more), or is a
    /// negation. Read on the key folded into a buffer when it is ASCII (a character per byte).
    static func questionKey(_ word: Substring) -> (endsCondition: Bool, isVerbLike: Bool, isNegation: Bool) {
        let facts: (Bool, Bool, Bool)? = FoldedKey.withPrefix(of: word, capacity: max(1, word.utf8.count)) { key, _ in
            guard key.allSatisfy({ $0 < 0x80 }) else { return nil }
            let isVerbLike = key.count >= 6 && (FoldedKey.hasPrefix(key, "me") || FoldedKey.hasPrefix(key, "di"))
            return (questionStopWords.contains(key), isVerbLike, questionNegations.contains(key))
        }
        if let facts { return facts }
        let key = TextFolding.key(word)
        return (
            questionStopWords.contains(key[...]), (key.hasPrefix("me") || key.hasPrefix("di")) && key.count >= 6,
            questionNegations.contains(key[...])
        )
    }

    /// The question a decision asks, in positive form: "jika data tidak lengkap" → "Data lengkap?", for
    /// `clause` of `activity`. Read on the bytes of an ASCII clause (`questionOnBytes`), else on its words
    /// as substrings.
    static func question(of clause: Clause, in activity: String) -> String {
        let text = clause.text(in: activity)
        return questionOnBytes(text) ?? questionBySubstrings(text)
    }

    /// `questionBySubstrings(text)` for an ASCII `text`, read on its bytes without a substring per word:
    /// each piece between spaces after the first is judged by its key (`questionKey`), folded into a
    /// buffer as the piece's end is found, and copied trimmed (`trimmingOCRPunctuation`) into the question
    /// as it comes. Each byte of an ASCII text is a character but for "\r\n", which no piece starts or
    /// ends with once trimmed and which has no comma or semicolon in it. Nil when the text is not ASCII.
    static func questionOnBytes(_ text: Substring) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            guard FoldedKey.isASCII(bytes) else { return nil }
            // The question (at most the text, a "?" after it) and the key of one piece (at most the piece).
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * bytes.count + 1) { buffer in
                let question = UnsafeMutableBufferPointer(rebasing: buffer[..<(bytes.count + 1)])
                let key = UnsafeMutableBufferPointer(rebasing: buffer[(bytes.count + 1)...])
                var count = 0
                var wordsTaken = 0
                // The first piece is passed over.
                var index = 0
                while index < bytes.count, bytes[index] == 0x20 { index += 1 }
                while index < bytes.count, bytes[index] != 0x20 { index += 1 }
                while index < bytes.count {
                    guard bytes[index] != 0x20 else {
                        index += 1
                        continue
                    }
                    // The piece's key (`FoldedKey.foldASCII`) is written as its end is found, and the bounds of
                    // its letters and digits (the piece trimmed) are noted on the way.
                    var keyLength = 0
                    var pendingSpace = false
                    var lower = -1
                    var upper = 0
                    while index < bytes.count, case let byte = bytes[index], byte != 0x20 {
                        index += 1
                        guard FoldedKey.isASCIIAlphanumeric(byte) else {
                            pendingSpace = true
                            continue
                        }
                        if lower < 0 {
                            lower = index - 1
                        } else if pendingSpace {
                            key[keyLength] = 0x20
                            keyLength += 1
                        }
                        pendingSpace = false
                        key[keyLength] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                        keyLength += 1
                        upper = index
                    }
                    let keyBytes = UnsafeBufferPointer(rebasing: key[..<keyLength])
                    if questionStopWords.contains(keyBytes) { break }
                    let isVerbLike = keyLength >= 6 && (FoldedKey.hasPrefix(keyBytes, "me") || FoldedKey.hasPrefix(keyBytes, "di"))
                    if isVerbLike, wordsTaken > 0 { break }
                    if !questionNegations.contains(keyBytes) {
                        wordsTaken += 1
                        if lower >= 0 {
                            if count > 0 {
                                question[count] = 0x20
                                count += 1
                            }
                            for byte in bytes[lower..<upper] {
                                question[count] = byte
                                count += 1
                            }
                        }
                    }
                    if case let last = bytes[index - 1], last == UInt8(ascii: ",") || last == UInt8(ascii: ";") { break }
                }
                guard count > 0 else { return "" }
                if question[0] &- 0x61 < 26 { question[0] &= 0xDF }
                question[count] = UInt8(ascii: "?")
                return String(utf8Bytes: UnsafeBufferPointer(rebasing: question[...count]))
            }
        }
    }

    /// The question a decision asks, read on the words of `text` (a clause) as substrings.
    static func questionBySubstrings(_ text: Substring) -> String {
        var words: [Substring] = []
        for word in FoldedKey.spaceSeparated(text).dropFirst() {
            let key = questionKey(word)
            if key.endsCondition { break }
            if key.isVerbLike, !words.isEmpty { break }
            if !key.isNegation { words.append(word.trimmingOCRPunctuation()) }
            // The last character, compared as `hasSuffix` compares it, without reversing the word.
            if case let last = word.last, last == "," || last == ";" { break }
        }
        let text = words.filter { !$0.isEmpty }.joined(separator: " ")
        guard let first = text.first else { return "" }
        return first.uppercased() + text.dropFirst() + "?"
    }
}
