/// How closely a mention names a header role.
public enum RoleMatchStrength: Int, Sendable, Hashable, Comparable {
    /// The mention names no header role (someone outside the header), or several equally well.
    case none
    /// A bare title ("kepala", "Sekretaris", "staf", "tim") that fits exactly one role.
    case generic
    /// The role with words left out ("Kasubbag" for "Kasubbag Perencanaan", "Kepala Bidang" for
    /// "Kepala Bidang SDK"), or with a unit fused into its word ("Sekdis" for "Sekretaris").
    case partial
    /// Every canonical token of the role, in order; an unknown acronym counts as the words whose initial
    /// letters it spells ("Kabid KL" for "Kabid Kedaruratan dan Logistik").
    case exact

    /// Orders strengths from `none` to `exact`.
    public static func < (lhs: RoleMatchStrength, rhs: RoleMatchStrength) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

/// A role named in a text.
public struct RoleMention: Sendable, Hashable {
    /// The index in `RoleMatcher.roles` of the header role the mention denotes; nil when it denotes
    /// someone outside the header ("Bupati", "Bagian Organisasi Sekretariat Daerah") or fits several roles
    /// equally well.
    public var role: Int?
    /// Where the mention stands in the text.
    public var range: Range<String.Index>
    /// How closely the mention names the role; `.none` when `role` is nil.
    public var strength: RoleMatchStrength

    /// Creates a mention.
    public init(role: Int?, range: Range<String.Index>, strength: RoleMatchStrength) {
        self.role = role
        self.range = range
        self.strength = strength
    }
}

/// Finds the header roles of one SOP in its activities ("memerintahkan Kasubag PPMEP", "melaporkan kepada
/// kepala Dinas") and matches a name written differently to a header role ("Kadis" to "KEPALA DINAS").
///
/// Built once per SOP: the canonical tokens of the roles are read once and indexed by first token, so
/// scanning an activity reads its words once and tries only the roles that can start at each word.
/// The longest and most specific match wins ("Staf Kasubbag PPMEP" over "Kasubbag PPMEP", "Kepala Dinas"
/// over a "Kepala Bidang" that shares only "Kepala"); a shortened mention ("Sekretaris" for "Sekretaris
/// Dinas", "Kepala Bidang" for "Kepala Bidang SDK") counts only when exactly one role fits it and the words
/// after it do not name another unit.
public struct RoleMatcher: Sendable {
    /// The header roles, left to right, as given.
    public let roles: [String]
    /// The canonical tokens of all the roles in one array, role after role (see `RoleSummary.tokens`).
    private let roleTokens: [RoleToken]
    /// What a mention of each role is looked for by, in one array: its tokens, its initial and its first token.
    private let roleSummaries: [RoleSummary]
    /// The UTF-8 bytes of the canonical tokens, one after the other (`RoleToken.bytes`).
    private let roleTokenBytes: [UInt8]
    /// The distinct first tokens of the roles, in the order of the first role that starts with each
    /// (`RoleSummary.firstToken` gives the roles that start with one).
    private let firstTokens: [FirstToken]
    /// The roles whose first token is an acronym of three or more letters, in order.
    private let acronymRoles: [Int]
    /// For each entry of the role lexicon, what its word starts: the index in `firstTokens` of the first
    /// token of roles that it is; `Self.startsSpelling` when it is none but starts a spelling that stands
    /// for one (both may start a mention of a role, see `mayMentionRole`); else `Self.startsNoRole`.
    private let firstTokenOfEntry: [Int32]
    /// Whether a first token of the roles is a word the role lexicon does not know.
    private let hasUnknownFirstToken: Bool
    /// Whether a first token of the roles that the role lexicon does not know has a byte that is not
    /// ASCII: only such a token may equal a token of an ASCII text of another length (`firstToken(of:in:)`).
    private let hasUnknownNonASCIIFirstToken: Bool
    /// The lengths in bytes of the ASCII first tokens of the roles that the role lexicon does not know, one
    /// bit per length (bit n for n bytes, lengths of 64 bytes or more left out): a word of another length
    /// is none of them, which `mayMentionRole` reads before it compares bytes.
    private let unknownASCIIFirstTokenLengths: UInt64
    /// The first bytes of the ASCII first tokens of the roles that the role lexicon does not know and that
    /// are shorter than 64 bytes, one bit per first byte (bit `byte & 31`): a word of such a length whose
    /// first byte's bit is clear is none of them either (`mayBeUnknownASCIIFirstToken`).
    private let unknownASCIIFirstTokenInitials: UInt32
    /// The tags of the entries of the role lexicon (`RoleLexicon.tagsOfEntry`), with `startsMentionTag`
    /// added to each entry whose word may start a mention of a role (`firstTokenOfEntry`): the tags of the
    /// words of a text ORed together tell at once whether a word of it does (`mayMentionRole(in:tags:)`).
    let mentionTagsOfEntry: [UInt32]
    /// The tag of `mentionTagsOfEntry` of an entry whose word may start a mention of a role.
    static let startsMentionTag = RoleLexicon.readerTag
    /// `firstTokenOfEntry` of a word that is no first token of the roles but starts a spelling of one.
    private static let startsSpelling: Int32 = -1
    /// `firstTokenOfEntry` of a word that starts no mention of a role.
    private static let startsNoRole: Int32 = -2

    /// Reads the header roles of one SOP.
    public init(roles: [String]) {
        var reading = RoleText.Reading("")
        var text = RoleText(reading)
        self.init(roles: roles, reading: &reading, text: &text) { _, _ in }
    }

    /// Reads the header roles of one SOP, each into `reading` (its words, looked up in the shared lexicon)
    /// and then into `text` (its canonical tokens): buffers read into again for each role, whose room the
    /// caller may keep. `visit` is given the index of each role and its reading once it is read, so that
    /// what else is asked of the words of the roles is read on the same reading.
    init(
        roles: [String], reading: inout RoleText.Reading, text: inout RoleText, visit: (_ role: Int, _ reading: RoleText.Reading) -> Void
    ) {
        self.roles = roles
        let lexicon = RoleLexicon.shared
        var roleTokens: [RoleToken] = []
        var roleSummaries: [RoleSummary] = []
        var roleTokenBytes: [UInt8] = []
        roleSummaries.reserveCapacity(roles.count)
        // At most one first token per role: room for them all at once.
        var firstTokens: [FirstToken] = []
        firstTokens.reserveCapacity(roles.count)
        var acronymRoles: [Int] = []
        // A name has at most a word for each two bytes (a word and the byte after it); a word gives one
        // token, or two when it is a fused spelling ("Kasubbag"), and a spelling's canonical tokens are
        // about as long as its words: room for most headers at once.
        let byteCount = roles.reduce(0) { $0 + $1.utf8.count }
        roleTokens.reserveCapacity((byteCount + 1) / 2 + roles.count)
        roleTokenBytes.reserveCapacity(byteCount + 8 * roles.count)
        for index in roles.indices {
            reading.reread(roles[index], lexicon: lexicon)
            text.reread(reading)
            visit(index, reading)
            let firstOfRole = roleTokens.count
            text.withTokenBytes { bytes in
                for token in 0..<text.tokenCount {
                    let firstByte = roleTokenBytes.count
                    roleTokenBytes.append(contentsOf: bytes(token))
                    let textToken = text.token(token)
                    roleTokens.append(RoleToken(
                        bytes: firstByte..<roleTokenBytes.count, entry: textToken.entry, isAcronym: text.isAcronym(token),
                        breakBefore: text.breaksBefore(token), isRoleWord: !textToken.isNameWord && !text.term(ofToken: token).isStop))
                }
            }
            let tokens = firstOfRole..<roleTokens.count
            guard !tokens.isEmpty, case let first = roleTokens[firstOfRole], !first.bytes.isEmpty else {
                roleSummaries.append(RoleSummary(tokens: tokens, initial: 0, firstToken: -1))
                continue
            }
            let known = roleTokenBytes.withUnsafeBufferPointer { bytes in
                firstTokens.firstIndex {
                    RoleText.sameToken(
                        UnsafeBufferPointer(rebasing: bytes[$0.bytes]), entry: $0.entry, as: UnsafeBufferPointer(rebasing: bytes[first.bytes]),
                        entry: first.entry)
                }
            }
            if known == nil { firstTokens.append(FirstToken(first.bytes, of: roleTokenBytes, entry: first.entry)) }
            roleSummaries.append(RoleSummary(
                tokens: tokens, initial: roleTokenBytes[first.bytes.lowerBound], firstToken: known ?? firstTokens.count - 1))
            if text.isAcronym(0), first.bytes.count >= 3 { acronymRoles.append(index) }
        }
        // The roles that start with each first token, chained in order from the first token.
        let chains = Self.roleChains(byFirstToken: roleSummaries.map(\.firstToken), count: firstTokens.count)
        for first in firstTokens.indices { firstTokens[first].firstRole = chains.firstRole[first] }
        for role in roleSummaries.indices { roleSummaries[role].nextRoleOfFirstToken = chains.nextRole[role] }
        self.roleTokens = roleTokens
        self.roleSummaries = roleSummaries
        self.roleTokenBytes = roleTokenBytes
        self.firstTokens = firstTokens
        self.acronymRoles = acronymRoles
        var firstTokenOfEntry = Array(repeating: Self.startsNoRole, count: lexicon.entries.count)
        var mentionTagsOfEntry = lexicon.tagsOfEntry
        for first in firstTokens.indices where firstTokens[first].entry >= 0 {
            let entry = firstTokens[first].entry
            firstTokenOfEntry[entry] = Int32(first)
            mentionTagsOfEntry[entry] |= Self.startsMentionTag
            for starter in lexicon.spellingStarters[entry] where firstTokenOfEntry[starter] == Self.startsNoRole {
                firstTokenOfEntry[starter] = Self.startsSpelling
                mentionTagsOfEntry[starter] |= Self.startsMentionTag
            }
        }
        self.firstTokenOfEntry = firstTokenOfEntry
        self.mentionTagsOfEntry = mentionTagsOfEntry
        hasUnknownFirstToken = firstTokens.contains { $0.entry < 0 }
        hasUnknownNonASCIIFirstToken = firstTokens.contains { $0.entry < 0 && !$0.isASCII }
        unknownASCIIFirstTokenLengths = firstTokens.reduce(0) { lengths, first in
            first.entry < 0 && first.isASCII && first.bytes.count < 64 ? lengths | 1 << UInt64(first.bytes.count) : lengths
        }
        unknownASCIIFirstTokenInitials = firstTokens.reduce(0) { initials, first in
            first.entry < 0 && first.isASCII && first.bytes.count < 64
                ? initials | 1 << UInt32(roleTokenBytes[first.bytes.lowerBound] & 31) : initials
        }
    }

    /// The roles that start with each first token as chains, for `firstTokenOfRole`, the index in the first
    /// tokens of each role's first token (-1 for a role without one), and `count` first tokens: the first
    /// role that starts with each first token, and for each role the next role after it that starts with
    /// its first token (-1 where there is none), so that the roles of a first token are walked in order
    /// without a walk over all the roles.
    static func roleChains(byFirstToken firstTokenOfRole: [Int], count: Int) -> (firstRole: [Int], nextRole: [Int]) {
        var firstRole = Array(repeating: -1, count: count)
        var nextRole = Array(repeating: -1, count: firstTokenOfRole.count)
        for role in firstTokenOfRole.indices.reversed() where firstTokenOfRole[role] >= 0 {
            let first = firstTokenOfRole[role]
            nextRole[role] = firstRole[first]
            firstRole[first] = role
        }
        return (firstRole, nextRole)
    }

    /// Whether a word of lower-cased ASCII bytes, `length` of them (fewer than 64) from `initial` on, may
    /// be an ASCII first token of the roles that the role lexicon does not know: false when none of those
    /// has its length (`unknownASCIIFirstTokenLengths`) or its first byte (`unknownASCIIFirstTokenInitials`).
    /// The first byte is read only for a word of such a length.
    @inline(__always)
    private func mayBeUnknownASCIIFirstToken(length: Int, initial: @autoclosure () -> UInt8) -> Bool {
        unknownASCIIFirstTokenLengths >> UInt64(truncatingIfNeeded: length) & 1 != 0
            && unknownASCIIFirstTokenInitials >> UInt32(initial() & 31) & 1 != 0
    }

    /// False when the text of `reading` surely mentions no header role: `roles(mentionedIn:)` would find
    /// only mentions with a nil role, or none. Read on the words of an ASCII text, as looked up once in the
    /// role lexicon: a mention of a role starts at a term whose first token is a role's first token,
    /// which the word itself gives or a spelling that starts with the word, or at an acronym that spells
    /// the leading tokens of a role (`maySpellRole`). True for any text that is not ASCII, any word of three
    /// letters or more of which two are capitals and none lower case or a digit (which may be an acronym)
    /// and that spells a role, any word longer than 32 bytes, and whenever a role starts with an acronym.
    func mayMentionRole(in reading: RoleText.Reading) -> Bool {
        guard acronymRoles.isEmpty, reading.isASCII else { return true }
        // An "&" passes every test below: a filler word of the lexicon, it is no role's first token and
        // starts no spelling, and it is neither long nor in capitals. The words are read through a pointer.
        return reading.words.withUnsafeBufferPointer { words in
            for word in words {
                let length = word.end - word.start
                if length > 32
                    || (word.isAllCapitals && word.isLettersOnly && length >= 3 && maySpellRole(reading.folded[word.start..<word.end]))
                {
                    return true
                }
                if word.entry >= 0 {
                    if firstTokenOfEntry[word.entry] != Self.startsNoRole { return true }
                } else if mayBeUnknownASCIIFirstToken(length: length, initial: reading.folded[word.start]),
                    startsWithUnknownASCIIWord(reading.folded[word.start..<word.end])
                {
                    return true
                }
            }
            return false
        }
    }

    /// `mayMentionRole(in: reading)` given `tags`, the tags of `mentionTagsOfEntry` of the entries of the
    /// words of `reading` ORed together: a word of the lexicon that may start a mention, or that is longer
    /// than 32 bytes, answers true at once, and only else are the words walked.
    func mayMentionRole(in reading: RoleText.Reading, tags: UInt32) -> Bool {
        guard acronymRoles.isEmpty, reading.isASCII else { return true }
        if tags & (Self.startsMentionTag | RoleLexicon.longWordTag) != 0 { return true }
        return mayMentionRole(in: reading)
    }

    /// The first word of `reading` from which `forEachMention` needs the terms of the text: the words
    /// before it are words the scan passes over, each a term of its own (or a repeat of the word before
    /// it) that starts no mention, and filler words. Such a word is one whose term the variant table
    /// leaves as it is (no spelling starts with it, it is no filler) and that is neither a first token of
    /// a role, a title, a unit starter, nor a word in capitals (a possible acronym), nor longer than 32
    /// bytes. The word given is the first of the filler words right before the first other word, or that
    /// word itself; the terms of `reading` from it on are those that `RoleText(reading)` has there
    /// (`RoleText.reread(_:fromWord:)`), so the scan finds the same mentions on them. 0 when the text is
    /// not ASCII, a role starts with an acronym or with an unknown word that is not ASCII, or the first
    /// other word may repeat the one before it (and so be part of its term).
    func firstWordOfMentionScan(in reading: RoleText.Reading) -> Int {
        guard acronymRoles.isEmpty, reading.isASCII, !hasUnknownNonASCIIFirstToken else { return 0 }
        let entries = RoleLexicon.shared.entries
        // The first word after the last word passed over that is not a filler word.
        var start = 0
        let words = reading.words
        for index in words.indices {
            let word = words[index]
            let length = word.end - word.start
            let passedOver: Bool
            if word.entry >= 0 {
                let entry = entries[word.entry]
                if entry.isFiller { continue }
                passedOver = entry.phrases.isEmpty && !entry.isTitle && !entry.isUnitStarter
                    && firstTokenOfEntry[word.entry] == Self.startsNoRole
            } else {
                passedOver = length >= 64 || !mayBeUnknownASCIIFirstToken(length: length, initial: reading.folded[word.start])
            }
            if passedOver, !word.isAllCapitals, length <= 32 {
                start = index + 1
                continue
            }
            // A word right after a word passed over may repeat it and join its term: the whole text is read then.
            if start == index, index > 0, !word.breakBefore, words[index - 1].entry == word.entry,
                words[index - 1].end - words[index - 1].start == length
            {
                return 0
            }
            return start
        }
        return start
    }

    /// Whether the acronym whose lower-cased bytes are `acronym` spells the leading tokens of a role whose
    /// first token starts with its first letter (`wordsSpelled`). Besides being a role's first token, which
    /// `mayMentionRole` reads on the word's entry, this is the only way an acronym starts a mention of a
    /// role (`choice`) when no role starts with an acronym: the walk of `correspondence` from the acronym
    /// matches it to a role's first token or to the role tokens it spells, or to nothing.
    func maySpellRole(_ acronym: ArraySlice<UInt8>) -> Bool {
        guard let initial = acronym.first else { return false }
        // The closures below read the role tokens alone, not the whole matcher.
        let roleTokens = roleTokens
        return acronym.withUnsafeBufferPointer { letters in
            roleTokenBytes.withUnsafeBufferPointer { roleBytes in
                roleSummaries.contains { summary in
                    summary.initial == initial
                        && Self.wordsSpelled(by: letters, wordCount: summary.tokens.count) {
                            UnsafeBufferPointer(rebasing: roleBytes[roleTokens[summary.tokens.lowerBound + $0].bytes])
                        } != nil
                }
            }
        }
    }

    /// Whether `word` (lower-cased bytes) is a first token of the roles that the role lexicon does not
    /// know and that is ASCII.
    private func startsWithUnknownASCIIWord(_ word: ArraySlice<UInt8>) -> Bool {
        firstTokens.contains { first in
            first.entry < 0 && first.isASCII && roleTokenBytes[first.bytes].elementsEqual(word)
        }
    }

    /// The roles mentioned in `text`, in order of appearance. A mention that fits no header role, or
    /// several equally well, is reported with a nil role: a title ("Bupati", "Sekretaris Daerah",
    /// "pemohon"), or a capitalised "Bagian"/"Biro" unit, with the capitalised words that follow it.
    public func roles(mentionedIn text: String) -> [RoleMention] {
        roles(mentionedIn: text, read: RoleText(text))
    }

    /// `roles(mentionedIn: text)` from `read`, the canonical tokens of `text`.
    func roles(mentionedIn text: String, read: RoleText) -> [RoleMention] {
        var mentions: [RoleMention] = []
        forEachMention(in: text, read: read) { role, offsets, strength in
            mentions.append(RoleMention(role: role, range: Self.range(in: text, utf8Offsets: offsets), strength: strength))
        }
        return mentions
    }

    /// Calls `body` with each mention of `roles(mentionedIn: text)`, in order, found on `read`, the
    /// canonical tokens of `text`: its role (nil for someone outside the header), where it stands in
    /// `text` as UTF-8 offsets, and its strength. No array of mentions and no string index is made.
    func forEachMention(
        in text: String, read: RoleText, _ body: (_ role: Int?, _ utf8Offsets: Range<Int>, _ strength: RoleMatchStrength) -> Void
    ) {
        var token = 0
        while token < read.tokenCount {
            let term = read.term(ofToken: token)
            guard read.startsTerm(token), !term.isStop else {
                token += 1
                continue
            }
            let lastOfRoleLikeWords: Int
            // Most words of an activity start no role: they are passed over here, before a choice is made.
            let first = firstToken(of: token, in: read)
            let outcome = first != nil || term.isAcronym || !acronymRoles.isEmpty ? choice(in: read, from: token, first: first) : .unmatched
            switch outcome {
            case .role(let found):
                body(found.role, Self.utf8Offsets(in: read, from: token, through: found.lastToken), found.strength)
                token = found.lastToken + 1
                continue
            case .ambiguous(let lastToken):
                lastOfRoleLikeWords = lastToken
            case .unmatched where term.startsOutsideMention:
                lastOfRoleLikeWords = token
            case .unmatched:
                token = read.lastTokenOfTerm(token) + 1
                continue
            }
            let last = outsideExtent(in: text, read, after: lastOfRoleLikeWords)
            body(nil, Self.utf8Offsets(in: read, from: token, through: last), .none)
            token = last + 1
        }
    }

    /// The header role that `name` denotes, for a role written differently in a repeated header
    /// ("Inspektor" for "Inspektur", "Kadis" for "KEPALA DINAS", "Kabid KL" for "Kabid Kedaruratan dan
    /// Logistik"): the first role with the same canonical tokens, else the only role that `name` shortens
    /// or qualifies ("Operator" for "Operator SIAK", "Sekretaris Inspektorat" for "Sekretaris"), else, for
    /// "Kepala" and an acronym ("Kepala BKPSDM"), the only head of a Dinas, Badan or Kantor. Nil when none
    /// or several fit.
    public func role(named name: String) -> Int? {
        let read = RoleText(name)
        guard read.tokenCount > 0 else { return nil }
        var best: (role: Int, matched: Int)?
        var tied = false
        for role in roles.indices {
            let found = correspondence(of: role, in: read, from: 0)
            let nameDone = found.lastTextToken == read.tokenCount - 1
            let roleDone = found.matchedRoleTokens == roleSummaries[role].tokens.count
            guard found.matchedRoleTokens > 0, nameDone || roleDone else { continue }
            if nameDone, roleDone { return role }
            if nameDone {
                guard mayStopBefore(token: found.matchedRoleTokens, of: role) else { continue }
            } else {
                guard !Self.isDistinctOfficeWord(found.lastTextToken + 1, in: read) else { continue }
            }
            if let current = best, current.matched >= found.matchedRoleTokens {
                tied = tied || current.matched == found.matchedRoleTokens
            } else {
                best = (role, found.matchedRoleTokens)
                tied = false
            }
        }
        if let best, !tied { return best.role }
        return best == nil ? headOfAgency(named: read) : nil
    }

    /// For "Kepala" followed by an acronym that is no known word ("Kepala BKPSDM"), the only role that
    /// heads a Dinas, Badan or Kantor.
    private func headOfAgency(named read: RoleText) -> Int? {
        guard read.tokenCount == 2, read.text(ofToken: 0) == "kepala", read.isAcronym(1) else { return nil }
        // Role tokens compared by their entries: a token equals a word of the lexicon exactly when it has its entry.
        let entryOfWord = RoleLexicon.shared.entryOfWord
        let agencies = ["dinas", "badan", "kantor"].map { entryOfWord[$0[...]] }
        let heads = roles.indices.filter { role in
            let tokens = roleSummaries[role].tokens
            return tokens.count == 2 && roleTokens[tokens.lowerBound].entry == entryOfWord["kepala"]
                && agencies.contains(roleTokens[tokens.lowerBound + 1].entry)
        }
        return heads.count == 1 ? heads[0] : nil
    }

    /// A canonical token of a header role, with what a mention of the role is compared on.
    private struct RoleToken {
        /// Where the UTF-8 bytes of the token stand in `roleTokenBytes`.
        let bytes: Range<Int>
        /// The entry of the token in the role lexicon, or -1 (see `RoleText.sameToken`).
        let entry: Int
        /// Whether the token is an acronym ("SDMK", "KL", "TRC").
        let isAcronym: Bool
        /// Whether punctuation that ends a name stands before the token in the role's own name ("CAN (PJ
        /// BGC)"): such a break does not end a mention of that role.
        let breakBefore: Bool
        /// Whether the token is a word that the variant table does not know as a word of role names and
        /// that is no stop word: it belongs to role names too (`belongsToRoleNames`).
        let isRoleWord: Bool
    }

    /// What a mention of one header role is looked for by.
    private struct RoleSummary {
        /// The range of `roleTokens` that holds the canonical tokens of the role.
        let tokens: Range<Int>
        /// The first byte of the role's first token, or 0 for a role without tokens: the roles that a
        /// mention that is an acronym ("TRC") may spell.
        let initial: UInt8
        /// The index in `firstTokens` of the role's first token, or -1 for a role without tokens.
        let firstToken: Int
        /// The next role after this one that starts with its first token, or -1 when none does
        /// (`roleChains(byFirstToken:count:)`).
        var nextRoleOfFirstToken = -1
    }

    /// A first token of roles.
    private struct FirstToken {
        /// Where the UTF-8 bytes of the token stand in `roleTokenBytes`.
        let bytes: Range<Int>
        /// The entry of the token in the role lexicon, or -1.
        let entry: Int
        /// The length of the token in bytes when only a text of the same bytes equals it: lower-case ASCII
        /// letters and digits (see `ASCIIWordTable`); nil otherwise.
        let plainLength: Int?
        /// Whether every byte of the token is ASCII.
        let isASCII: Bool
        /// The first role that starts with the token, or -1 before the roles are chained
        /// (`roleChains(byFirstToken:count:)`).
        var firstRole = -1

        /// The first token whose bytes are `bytes` of `roleTokenBytes`.
        init(_ bytes: Range<Int>, of roleTokenBytes: [UInt8], entry: Int) {
            self.bytes = bytes
            self.entry = entry
            let isPlain = roleTokenBytes[bytes].allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }
            plainLength = isPlain ? bytes.count : nil
            isASCII = roleTokenBytes[bytes].allSatisfy { $0 < 0x80 }
        }
    }

    /// Whether token `index` of the text equals the canonical role token whose bytes are `bytes` of
    /// `roleTokenBytes` and whose entry is `entry` (`RoleText.token(_:equals:entry:)`).
    @inline(__always)
    private func token(_ index: Int, of read: RoleText, equalsRoleBytes bytes: Range<Int>, entry: Int) -> Bool {
        let textEntry = read.token(index).entry
        guard entry < 0, textEntry < 0 else { return textEntry == entry }
        return roleTokenBytes.withUnsafeBufferPointer { read.token(index, equals: UnsafeBufferPointer(rebasing: $0[bytes]), entry: entry) }
    }

    /// The roles whose first token is token `index` of `read`.
    func roles(withFirstTokenOf index: Int, in read: RoleText) -> [Int] {
        guard let first = firstToken(of: index, in: read) else { return [] }
        var roles: [Int] = []
        var role = firstTokens[first].firstRole
        while role >= 0 {
            roles.append(role)
            role = roleSummaries[role].nextRoleOfFirstToken
        }
        return roles
    }

    /// The index in `firstTokens` of the first token of roles that token `index` of `read` is, or nil. A
    /// token with an entry in the role lexicon equals a role token exactly when it has the same entry, so
    /// it is looked up in `firstTokenOfEntry`; a token without one can equal only a first token without
    /// one, looked for along the few of them, a token that only equals its own bytes passed over when the
    /// lengths differ (`unknownFirstToken(of:length:in:)`).
    @inline(__always)
    func firstToken(of index: Int, in read: RoleText) -> Int? {
        let token = read.token(index)
        if token.entry >= 0 {
            let first = firstTokenOfEntry[token.entry]
            return first >= 0 ? Int(first) : nil
        }
        guard hasUnknownFirstToken else { return nil }
        // In an ASCII text a token equals an ASCII first token only when it has its bytes, so when every
        // such first token has another length or another first byte (`mayBeUnknownASCIIFirstToken`) and
        // none is other than ASCII, the token is none of them: most tokens are turned down here, in line.
        let length = token.end - token.start
        if read.isASCII, !hasUnknownNonASCIIFirstToken, length < 64,
            !mayBeUnknownASCIIFirstToken(length: length, initial: read.firstByte(ofUnknownToken: index))
        {
            return nil
        }
        return unknownFirstToken(of: index, length: length, in: read)
    }

    /// `firstToken(of:in:)` of token `index` of `read`, which has no entry in the role lexicon and is
    /// `length` bytes long, among the first tokens of the roles that have none: those the token's bytes
    /// may equal are compared with them.
    private func unknownFirstToken(of index: Int, length: Int, in read: RoleText) -> Int? {
        for first in firstTokens.indices where firstTokens[first].entry < 0 {
            let plainLength = firstTokens[first].plainLength
            if plainLength == nil || plainLength == length, token(index, of: read, equalsRoleBytes: firstTokens[first].bytes, entry: -1) {
                return first
            }
        }
        return nil
    }

    /// A role found at a place in a text.
    private struct Candidate {
        /// The index of the role.
        var role: Int
        /// The last text token of the mention.
        var lastToken: Int
        /// How closely the mention names the role.
        var strength: RoleMatchStrength
        /// Whether every token of the role was matched.
        var isComplete: Bool
    }

    /// What starts at a token of a text.
    private enum Choice {
        /// One role fits best.
        case role(Candidate)
        /// Several roles fit equally well; the mention ends at the token given.
        case ambiguous(lastToken: Int)
        /// No role fits.
        case unmatched
    }

    /// The role that fits best at `start`, whose token is the first token of roles `first`
    /// (`firstToken(of:in:)`): the one whose match runs furthest, a complete match before a shortened one;
    /// shortened matches that run equally far make the place ambiguous.
    private func choice(in read: RoleText, from start: Int, first: Int?) -> Choice {
        let isAcronym = read.isAcronym(start)
        let spellsRoles = isAcronym || !acronymRoles.isEmpty
        guard first != nil || spellsRoles else { return .unmatched }
        // The first byte picks the roles an acronym may spell, and is read only when one may be spelled; a
        // token that is a role's first token is not empty, as no first token of the roles is.
        var initial: UInt8?
        if spellsRoles {
            initial = read.firstByte(ofToken: start)
            guard initial != nil else { return .unmatched }
        }
        var best: Candidate?
        var tied = false
        func consider(_ role: Int) {
            guard let found = candidate(role: role, in: read, from: start) else { return }
            guard let current = best else {
                best = found
                return
            }
            let runsFurther = found.lastToken > current.lastToken
                || (found.lastToken == current.lastToken && found.isComplete && !current.isComplete)
            if runsFurther {
                best = found
                tied = false
            } else if found.lastToken == current.lastToken, !found.isComplete, !current.isComplete, found.role != current.role {
                tied = true
            }
        }
        if let first {
            var role = firstTokens[first].firstRole
            while role >= 0 {
                consider(role)
                role = roleSummaries[role].nextRoleOfFirstToken
            }
        }
        if let initial {
            if isAcronym, read.byteCount(ofToken: start) >= 3 {
                for role in roleSummaries.indices where roleSummaries[role].initial == initial { consider(role) }
            }
            for role in acronymRoles where roleSummaries[role].initial == initial { consider(role) }
        }
        guard let best else { return .unmatched }
        return tied ? .ambiguous(lastToken: best.lastToken) : .role(best)
    }

    /// How `role` matches the text from token `start`, or nil when it does not.
    ///
    /// A complete match is rejected when a word that makes it another office follows ("Inspektur" before
    /// "Pembantu"). A shortened match is rejected when it may not stop where it does (`mayStopBefore`), or
    /// when the text goes on with a word of a role name or an acronym ("Kepala Bidang SMP" is not "Kepala
    /// Bidang SDK").
    private func candidate(role: Int, in read: RoleText, from start: Int) -> Candidate? {
        let found = correspondence(of: role, in: read, from: start)
        guard found.matchedRoleTokens > 0 else { return nil }
        let next = found.lastTextToken + 1
        let textGoesOn = !read.endsNameBefore(next)
        if found.matchedRoleTokens == roleSummaries[role].tokens.count {
            if textGoesOn, Self.isDistinctOfficeWord(next, in: read) { return nil }
            let insideTerm = next < read.tokenCount && !read.startsTerm(next)
            return Candidate(
                role: role, lastToken: insideTerm ? read.lastTokenOfTerm(next) : found.lastTextToken,
                strength: insideTerm ? .partial : .exact, isComplete: true)
        }
        guard mayStopBefore(token: found.matchedRoleTokens, of: role) else { return nil }
        if textGoesOn, belongsToRoleNames(next, in: read) || read.isAcronym(next) { return nil }
        return Candidate(
            role: role, lastToken: found.lastTextToken, strength: found.matchedRoleTokens == 1 ? .generic : .partial,
            isComplete: false)
    }

    /// Whether a shortened mention may stop before canonical token `token` of `role`, the first role word it
    /// leaves out: not before a word that makes the role another office ("Inspektur" is not the "Inspektur
    /// Pembantu") nor before a unit inside the agency ("Kepala" is not the "Kepala Sub Bagian Perencanaan").
    /// Read on the token's entry in the role lexicon, which has one for every word of these lists.
    private func mayStopBefore(token: Int, of role: Int) -> Bool {
        let entry = roleTokens[roleSummaries[role].tokens.lowerBound + token].entry
        guard entry >= 0 else { return true }
        let flags = RoleLexicon.shared.entries[entry]
        return !flags.isDistinctOfficeWord && !flags.isSubUnitWord
    }

    /// Whether token `index` of the text is a word that, right after a title, makes it another office
    /// (`RoleName.distinctOfficeWords`), read on its entry in the role lexicon.
    private static func isDistinctOfficeWord(_ index: Int, in read: RoleText) -> Bool {
        let entry = read.token(index).entry
        return entry >= 0 && RoleLexicon.shared.entries[entry].isDistinctOfficeWord
    }

    /// Whether token `index` of the text is a word of role names: of the variant table or of these roles.
    private func belongsToRoleNames(_ index: Int, in read: RoleText) -> Bool {
        read.token(index).isNameWord
            || roleTokens.contains { $0.isRoleWord && token(index, of: read, equalsRoleBytes: $0.bytes, entry: $0.entry) }
    }

    /// How far the tokens of a role and of a text correspond.
    private struct Correspondence {
        /// How many tokens of the role were matched.
        var matchedRoleTokens: Int
        /// The last text token matched (`start - 1` when none).
        var lastTextToken: Int
    }

    /// Walks the tokens of `role` and of the text from `start` together: equal tokens match, and so does an
    /// acronym on either side with the words whose initial letters it spells (three letters at least at
    /// the start of a mention, so that "SK" is not read as "Sekretaris Kecamatan"). Filler words are
    /// skipped; punctuation that ends a name stops the walk.
    private func correspondence(of role: Int, in read: RoleText, from start: Int) -> Correspondence {
        let tokens = roleSummaries[role].tokens
        var matched = 0
        var next = start
        var last = start - 1
        while matched < tokens.count, next < read.tokenCount {
            let expected = tokens.lowerBound + matched
            if next != start, read.breaksBefore(next), !roleTokens[expected].breakBefore { break }
            if token(next, of: read, equalsRoleBytes: roleTokens[expected].bytes, entry: roleTokens[expected].entry) {
                matched += 1
                last = next
                next += 1
                continue
            }
            let minimumLetters = next == start ? 3 : 2
            if read.isAcronym(next), read.byteCount(ofToken: next) >= minimumLetters,
                let spelled = wordsSpelled(byTextToken: next, inRoleTokens: expected..<tokens.upperBound, of: read)
            {
                matched += spelled
                last = next
                next += 1
                continue
            }
            if roleTokens[expected].isAcronym, roleTokens[expected].bytes.count >= minimumLetters,
                let spelled = wordsSpelled(byRoleToken: expected, inTextTokens: nameTokens(of: read, from: next), of: read)
            {
                matched += 1
                last = next + spelled - 1
                next += spelled
                continue
            }
            break
        }
        return Correspondence(matchedRoleTokens: matched, lastTextToken: last)
    }

    /// Up to six tokens of the text from `start` that can belong to one name, as a range of its tokens: no
    /// punctuation that ends a name and no stop word among them.
    private func nameTokens(of read: RoleText, from start: Int) -> Range<Int> {
        var end = start
        while end < read.tokenCount, end - start < 6, end == start || !read.breaksBefore(end),
            !read.term(ofToken: end).isStop
        {
            end += 1
        }
        return start..<end
    }

    /// How many of the canonical role tokens `roleTokens` (two or more, from the first) the acronym that is
    /// token `token` of the text spells (`wordsSpelled(by:wordCount:word:)`), or nil.
    private func wordsSpelled(byTextToken token: Int, inRoleTokens range: Range<Int>, of read: RoleText) -> Int? {
        let roleTokens = roleTokens
        return read.withTokenBytes { textBytes in
            roleTokenBytes.withUnsafeBufferPointer { roleBytes in
                Self.wordsSpelled(by: textBytes(token), wordCount: range.count) {
                    UnsafeBufferPointer(rebasing: roleBytes[roleTokens[range.lowerBound + $0].bytes])
                }
            }
        }
    }

    /// How many of the tokens `range` of the text (two or more, from the first) the acronym that is the
    /// canonical role token `token` of `roleTokens` spells (`wordsSpelled(by:wordCount:word:)`), or nil.
    private func wordsSpelled(byRoleToken token: Int, inTextTokens range: Range<Int>, of read: RoleText) -> Int? {
        read.withTokenBytes { textBytes in
            roleTokenBytes.withUnsafeBufferPointer { roleBytes in
                Self.wordsSpelled(by: UnsafeBufferPointer(rebasing: roleBytes[roleTokens[token].bytes]), wordCount: range.count) {
                    textBytes(range.lowerBound + $0)
                }
            }
        }
    }

    /// How many leading words (two or more) of `wordCount` the acronym whose bytes are `letters` spells, each
    /// with one or more of its first letters in order ("kl": kedaruratan, logistik; "sdmk": sdm, kesehatan),
    /// or nil. `word` gives the UTF-8 bytes of each word; no more words than letters are read.
    static func wordsSpelled(
        by letters: UnsafeBufferPointer<UInt8>, wordCount: Int, word: (Int) -> UnsafeBufferPointer<UInt8>
    ) -> Int? {
        let candidateCount = min(wordCount, letters.count)
        func spell(from position: Int, word index: Int) -> Int? {
            if position == letters.count { return index >= 2 ? index : nil }
            guard index < candidateCount else { return nil }
            let candidate = word(index)
            var length = 0
            while length < candidate.count, position + length < letters.count, candidate[length] == letters[position + length] {
                length += 1
                if let spelled = spell(from: position + length, word: index + 1) { return spelled }
            }
            return nil
        }
        return spell(from: 0, word: 0)
    }

    /// The last token of a mention of someone outside the header whose role-like words end at `lastToken`:
    /// the terms after it go on with the mention while they are words of role names, acronyms or
    /// capitalised words that are not verbs, up to six terms, until punctuation, a filler or a stop word.
    private func outsideExtent(in text: String, _ read: RoleText, after lastToken: Int) -> Int {
        var last = read.lastTokenOfTerm(lastToken)
        var termsAdded = 1
        while last + 1 < read.tokenCount, termsAdded < 6, !read.endsNameBefore(last + 1) {
            let next = last + 1
            let term = read.term(ofToken: next)
            let namesSomeone = belongsToRoleNames(next, in: read) || term.isAcronym
                || (term.isCapitalised
                    && !ListSplitter.isCapitalisedVerb(text[Self.range(in: text, utf8Offsets: term.start..<term.firstWordEnd)]))
            guard namesSomeone else { break }
            last = read.lastTokenOfTerm(next)
            termsAdded += 1
        }
        return last
    }

    /// The UTF-8 offsets of the text of `read` from the term of token `first` to the end of the term of token `last`.
    private static func utf8Offsets(in read: RoleText, from first: Int, through last: Int) -> Range<Int> {
        read.term(ofToken: first).start..<read.term(ofToken: last).end
    }

    /// The range of `text` between two UTF-8 offsets.
    private static func range(in text: String, utf8Offsets offsets: Range<Int>) -> Range<String.Index> {
        let utf8 = text.utf8
        return utf8.index(utf8.startIndex, offsetBy: offsets.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: offsets.upperBound)
    }
}
