/// The reviewer's rules of Permenpan RB 35/2012 beyond completeness: one performer per activity, an
/// activity starting with a verb, each output feeding the next step's Kelengkapan, decisions with two
/// branches, every role acting, and the total time stated.
enum ReviewerRules: ValidationRule {
    static func check(_ sop: SOP, file: String, into diagnostics: inout [Diagnostic]) {
        check(sop, file: file, actingRoles: ActingRoles(performersOf: sop), into: &diagnostics)
    }

    /// `check(_:file:into:)` with the roles that perform a step of `sop` already noted (by `RoleRules`).
    static func check(_ sop: SOP, file: String, actingRoles: ActingRoles, into diagnostics: inout [Diagnostic]) {
        var known = 0
        // The total time is summed as `TotalDuration.of` sums it, in this pass over the steps rather than
        // in one of its own that copies each step.
        var totalMinutes = 0
        var flexibleSteps = 0
        var anyDuration = false
        // Each step is read where it stands in the array: a copy would retain and release its fields.
        sop.steps.withUnsafeBufferPointer { steps in
            for index in steps.indices {
                if !steps[index].performers.isEmpty { known += 1 }
                if steps[index].performers.count > 1 {
                    let (number, performers) = (steps[index].number, steps[index].performers)
                    let message = MessageBytes.written { message in
                        message.write("step ")
                        message.write(number)
                        message.write(" is performed by ")
                        message.write(performers.count)
                        message.write(" roles (")
                        for (offset, performer) in performers.enumerated() {
                            if offset > 0 { message.write(", ") }
                            message.write(contentsOf: performer)
                        }
                        message.write("); one role should be responsible")
                    }
                    diagnostics.append(Diagnostic(.severalPerformers, message, file: file, at: steps[index].location(of: .activity)))
                }
                if !steps[index].activity.isEmpty, !startsWithVerb(steps[index].activity) {
                    let (number, activity) = (steps[index].number, steps[index].activity)
                    // The first piece of an ASCII activity is copied from its bytes, without a string of its own.
                    let asciiPiece = asciiFirstSpaceSeparatedPiece(of: activity)
                    let first = asciiPiece == nil ? firstSpaceSeparatedPiece(of: activity) : ""
                    let message = MessageBytes.written { message in
                        message.write("step ")
                        message.write(number)
                        message.write(": the activity starts with \"")
                        if let asciiPiece { message.write(contentsOf: activity, bytes: asciiPiece) } else { message.write(contentsOf: first) }
                        message.write("\", not a verb")
                    }
                    diagnostics.append(Diagnostic(.activityWithoutVerb, message, file: file, at: steps[index].location(of: .activity)))
                }
                if let decision = steps[index].decision, decision.no == nil || decision.yes == nil,
                    ActivityClauses.conditionalClauses(steps[index].activity).count < 2
                {
                    let number = steps[index].number
                    let message = MessageBytes.written { message in
                        message.write("step ")
                        message.write(number)
                        message.write(" decides \"")
                        message.write(contentsOf: decision.question)
                        message.write("\" but states only one branch")
                    }
                    diagnostics.append(Diagnostic(.decisionWithOneBranch, message, file: file, at: steps[index].location(of: .activity)))
                }
                // The measure alone is read: reading the duration would copy its text.
                switch steps[index].duration?.measure {
                case .amount(let value, let unit)?:
                    anyDuration = true
                    totalMinutes += unit.workingMinutes(of: value)
                case .flexible?:
                    anyDuration = true
                    flexibleSteps += 1
                case .unknownUnit?, .unreadable?:
                    anyDuration = true
                case nil:
                    break
                }
                // The diagnostics are ordered by location and code later, so this one may come before the
                // next step's: those of one code keep their order.
                guard index + 1 < steps.count, let output = steps[index].output,
                    let requirements = steps[index + 1].requirements, !sharesSignificantWord(output, requirements)
                else { continue }
                let (number, nextNumber) = (steps[index].number, steps[index + 1].number)
                let message = MessageBytes.written { message in
                    message.write("the output of step ")
                    message.write(number)
                    message.write(" (\"")
                    message.write(excerptOf: output)
                    message.write("\") shares nothing with the Kelengkapan of step ")
                    message.write(nextNumber)
                    message.write(" (\"")
                    message.write(excerptOf: requirements)
                    message.write("\")")
                }
                diagnostics.append(Diagnostic(
                    .outputUnrelatedToNextRequirements, message, file: file, at: steps[index + 1].location(of: .requirements)))
            }
        }
        if !sop.roles.isEmpty, !sop.steps.isEmpty, known * 10 >= sop.steps.count * 6 {
            for place in sop.roles.indices where !actingRoles.performsAnyStep(roleAt: place, of: sop.steps) {
                diagnostics.append(Diagnostic(
                    .roleNeverActs, roleNeverActsMessage(sop.roles[place]), file: file, at: sop.location(of: .tableHeader)))
            }
        }
        if anyDuration {
            let total = TotalDuration(minutes: totalMinutes, flexibleSteps: flexibleSteps)
            diagnostics.append(Diagnostic(
                .totalTime, totalTimeMessage(total, stepCount: sop.steps.count), file: file, at: sop.location(of: .tableHeader)))
        }
    }

    /// `"role \"\(role)\" performs no step"`, written at its final size (`MessageBytes`) rather than
    /// grown piece by piece.
    static func roleNeverActsMessage(_ role: String) -> String {
        MessageBytes.written { message in
            message.write("role \"")
            message.write(contentsOf: role)
            message.write("\" performs no step")
        }
    }

    /// The message of the total time of a procedure of `stepCount` steps: "the procedure takes 2400
    /// working minutes (P5D) over 12 steps, plus 1 step of flexible time".
    static func totalTimeMessage(_ total: TotalDuration, stepCount: Int) -> String {
        MessageBytes.written { message in
            message.write("the procedure takes ")
            message.write(total.minutes)
            message.write(" working minutes (")
            message.write(iso8601: total)
            message.write(") over ")
            message.write(stepCount)
            message.write(" steps")
            if total.flexibleSteps > 0 {
                message.write(", plus ")
                message.write(total.flexibleSteps)
                if total.flexibleSteps == 1 {
                    message.write(" step of flexible time")
                } else {
                    message.write(" steps of flexible time")
                }
            }
        }
    }

    /// `FoldedKey.spaceSeparated(activity[...]).first` as a string, or "" when there is none: the bytes
    /// `asciiFirstSpaceSeparatedPiece` finds in an ASCII text; other texts are split by `spaceSeparated`.
    static func firstSpaceSeparatedPiece(of activity: String) -> String {
        guard let piece = asciiFirstSpaceSeparatedPiece(of: activity) else {
            return FoldedKey.spaceSeparated(activity[...]).first.map(String.init) ?? ""
        }
        var activity = activity
        return activity.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[piece]), as: UTF8.self) }
    }

    /// The byte offsets in `activity`'s UTF-8 of `firstSpaceSeparatedPiece(of: activity)` when the text is
    /// ASCII (an empty range when it has no piece), or nil when it is not. In an ASCII text each byte is
    /// a character but for "\r\n", which is no space, so the first piece is its first run of bytes other
    /// than spaces.
    static func asciiFirstSpaceSeparatedPiece(of activity: String) -> Range<Int>? {
        var activity = activity
        return activity.withUTF8 { bytes in
            guard FoldedKey.isASCII(bytes) else { return nil }
            var start = 0
            while start < bytes.count, bytes[start] == 0x20 { start += 1 }
            var end = start
            while end < bytes.count, bytes[end] != 0x20 { end += 1 }
            return start..<end
        }
    }

    /// Whether `role` is among the performers of one of `steps`. A procedure has a few roles and steps,
    /// so they are compared in place rather than gathered in a set.
    static func performsAnyStep(_ role: String, of steps: [Step]) -> Bool {
        steps.withUnsafeBufferPointer { steps in
            for index in steps.indices where steps[index].performers.containsInPlace(role) { return true }
            return false
        }
    }

    /// Whether `first` and `second` have a word that carries meaning in common (see `isSignificant`).
    /// The texts hold a few words each, so keys of ASCII bytes only are compared pairwise on their
    /// bytes, folded on the stack; others, and texts that would be read again too often, by their
    /// words, hashed.
    static func sharesSignificantWord(_ first: String, _ second: String) -> Bool {
        sharesSignificantASCIIWord(first, second) ?? sharesSignificantWordComparingWords(first, second)
    }

    /// `sharesSignificantWord` decided on the bytes of the two texts, or nil when a text holds a byte
    /// outside ASCII (then a word's characters are not its bytes) or when more than
    /// `maximumASCIIRescans` later words of the first text had to be looked for in the second (then the
    /// words are compared hashed, in time linear in the texts, however long and alike they are). The
    /// words of an ASCII text's key are its runs of ASCII letters and digits, lower-cased; they are
    /// compared where they stand. The second text is read whole once, for the first significant word of
    /// the first, and the marks of its words (`wordMark`) are gathered on the way: a later word of the
    /// first text is looked for in it only when its mark is among them (two words equal in lower case
    /// have the same mark).
    static func sharesSignificantASCIIWord(_ first: String, _ second: String) -> Bool? {
        // The texts are read where they are stored (a text that is not stored as UTF-8 gets nil): a copy
        // to read them in would retain and release them.
        first.utf8.withContiguousStorageIfAvailable { firstBytes -> Bool? in
            guard FoldedKey.isASCII(firstBytes) else { return nil }
            return second.utf8.withContiguousStorageIfAvailable { secondBytes -> Bool? in
                // The marks of the second text's words, once it has been read whole.
                var secondMarks: UInt64?
                var rescans = 0
                var cursor = 0
                while let range = nextWord(of: firstBytes, from: &cursor) {
                    guard isSignificantASCII(firstBytes, from: range.lowerBound, length: range.count) else { continue }
                    let word = UnsafeBufferPointer(rebasing: firstBytes[range])
                    if let marks = secondMarks {
                        guard marks & wordMark(word) != 0 else { continue }
                        rescans += 1
                        guard rescans <= maximumASCIIRescans else { return nil }
                        if containsWord(of: secondBytes, where: { equalIgnoringCase($0, word) }) { return true }
                    } else {
                        guard FoldedKey.isASCII(secondBytes) else { return nil }
                        var marks: UInt64 = 0
                        let found = containsWord(of: secondBytes) { other in
                            marks |= wordMark(other)
                            return equalIgnoringCase(other, word)
                        }
                        if found { return true }
                        secondMarks = marks
                    }
                }
                return false
            } ?? nil
        } ?? nil
    }

    /// The most later words of the first text `sharesSignificantASCIIWord` looks for in the second by
    /// reading it again: past them, two long texts of many words are compared hashed instead.
    static let maximumASCIIRescans = 16

    /// One bit of 64 picked by the length and the lower-cased first and last bytes of `word`, a run of
    /// ASCII letters and digits (not empty): words equal in lower case (`equalIgnoringCase`) have the
    /// same mark.
    private static func wordMark(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let first = Int(word[0] | 0x20)
        let last = Int(word[word.count - 1] | 0x20)
        return 1 &<< UInt64((word.count &* 7 &+ first &+ last &* 3) & 63)
    }

    /// Whether a word of the ASCII text `text` (a run of ASCII letters and digits) satisfies `test`.
    private static func containsWord(
        of text: UnsafeBufferPointer<UInt8>, where test: (UnsafeBufferPointer<UInt8>) -> Bool
    ) -> Bool {
        var cursor = 0
        while let range = nextWord(of: text, from: &cursor) {
            if test(UnsafeBufferPointer(rebasing: text[range])) { return true }
        }
        return false
    }

    /// The offsets of the next word of the ASCII text `text` (a run of ASCII letters and digits) at or
    /// after `cursor`, which is moved to the end of the word; nil when no word is left. The bytes are
    /// read through the base address, and the offsets counted without overflow checks (they stay below
    /// the count of the text).
    @inline(__always)
    private static func nextWord(of text: UnsafeBufferPointer<UInt8>, from cursor: inout Int) -> Range<Int>? {
        guard let base = text.baseAddress else { return nil }
        let end = text.count
        var index = cursor
        while index < end, !FoldedKey.isASCIIAlphanumeric(base[index]) { index &+= 1 }
        guard index < end else {
            cursor = end
            return nil
        }
        let start = index
        index &+= 1
        while index < end, FoldedKey.isASCIIAlphanumeric(base[index]) { index &+= 1 }
        cursor = index
        return start..<index
    }

    /// Whether two words of ASCII letters and digits are the same in lower case.
    private static func equalIgnoringCase(_ lhs: UnsafeBufferPointer<UInt8>, _ rhs: UnsafeBufferPointer<UInt8>) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for index in lhs.indices where lhs[index] | 0x20 != rhs[index] | 0x20 { return false }
        return true
    }

    /// `isSignificant` of the word of ASCII letters and digits, in any case, of `length` bytes at `start`
    /// in `text`. Most words are told from the stop words by their length and first byte
    /// (`mayBeStopWord`), without being packed.
    private static func isSignificantASCII(_ text: UnsafeBufferPointer<UInt8>, from start: Int, length: Int) -> Bool {
        length >= 2 && (!mayBeStopWord(first: text[start], length: length) || !isStopWord(text, from: start, length: length))
    }

    /// Whether a word of `length` ASCII letters and digits whose first byte is `first` may be one of
    /// `stopWords`: one of them has that length and that first letter, in any case.
    @inline(__always)
    static func mayBeStopWord(first: UInt8, length: Int) -> Bool {
        let letter = (first | 0x20) &- UInt8(ascii: "a")
        guard letter < 26 else { return false }
        // The first letters of the stop words of each length, one bit each from "a" (bit 0) to "z".
        let initials: UInt32 =
            switch length {
            case 2: 0x408 // "di", "ke"
            case 3: 0x108 // "dan", "ini", "itu"
            case 4: 0x100_C009 // "atau", "dari", "oleh", "pada", "yang"
            case 5: 0x1C_0008 // "dalam", "serta", "sudah", "telah", "untuk"
            case 6: 0x408 // "dengan", "kepada"
            default: 0
            }
        return initials >> UInt32(letter) & 1 == 1
    }

    /// Whether the `length` ASCII letters and digits at `start` in `text`, in lower case, are one of
    /// `stopWords`: packed in one integer (`PackedASCIIWord`) and compared with theirs, without a set.
    static func isStopWord(_ text: UnsafeBufferPointer<UInt8>, from start: Int, length: Int) -> Bool {
        guard length >= 2, length <= 6 else { return false }
        switch PackedASCIIWord(text, from: start, length: length).alphanumericsLowercased.low {
        case 0x6964, // "di"
            0x656B, // "ke"
            0x6E_6164, // "dan"
            0x69_6E69, // "ini"
            0x75_7469, // "itu"
            0x676E_6179, // "yang"
            0x7561_7461, // "atau"
            0x6865_6C6F, // "oleh"
            0x6164_6170, // "pada"
            0x6972_6164, // "dari"
            0x6B_7574_6E75, // "untuk"
            0x6D_616C_6164, // "dalam"
            0x68_6164_7573, // "sudah"
            0x68_616C_6574, // "telah"
            0x61_7472_6573, // "serta"
            0x6E61_676E_6564, // "dengan"
            0x6164_6170_656B: // "kepada"
            return true
        default:
            return false
        }
    }

    /// `sharesSignificantWord` decided on the words of the two keys, compared as strings: the second
    /// key's words hashed, so that the time stays linear in the texts.
    static func sharesSignificantWordComparingWords(_ first: String, _ second: String) -> Bool {
        let firstWords = FoldedKey.words(first).filter(isSignificant)
        guard !firstWords.isEmpty else { return false }
        let secondWords = Set(FoldedKey.words(second).filter(isSignificant))
        return firstWords.contains { secondWords.contains($0) }
    }

    /// Whether a word of a key carries meaning: two characters or more, not one of the usual function
    /// words.
    private static func isSignificant(_ word: Substring) -> Bool {
        word.count >= 2 && !stopWords.contains(String(word))
    }

    /// The usual function words, which carry no meaning of their own (`isStopWord` compares ASCII words
    /// with them packed).
    static let stopWords: Set<String> = [
        "yang", "untuk", "dengan", "dalam", "kepada", "sudah", "telah", "atau", "serta", "oleh", "pada", "dari",
        "dan", "di", "ke", "ini", "itu",
    ]

    /// A verb: an Indonesian active or passive prefix (me-, di-, ber-, ter-) or a known root verb.
    static func startsWithVerb(_ activity: String) -> Bool {
        startsWithVerbOnASCIIWord(activity) ?? startsWithVerbOnFoldedPrefix(activity)
            ?? startsWithVerbComparingCharacters(activity)
    }

    /// `startsWithVerb` decided on the first word of the text where it stands, or nil when a byte
    /// outside ASCII comes before the start of the second word (or the end). The first word of the key
    /// of such a text is its first run of ASCII letters and digits, lower-cased.
    static func startsWithVerbOnASCIIWord(_ activity: String) -> Bool? {
        // The text is read where it is stored (a text that is not stored as UTF-8 gets nil): a copy to
        // read it in would retain and release it.
        activity.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            var start = 0
            while start < bytes.count, !FoldedKey.isASCIIAlphanumeric(bytes[start]) {
                guard bytes[start] < 0x80 else { return nil }
                start += 1
            }
            var end = start
            while end < bytes.count, FoldedKey.isASCIIAlphanumeric(bytes[end]) { end += 1 }
            var next = end
            while next < bytes.count, !FoldedKey.isASCIIAlphanumeric(bytes[next]) {
                guard bytes[next] < 0x80 else { return nil }
                next += 1
            }
            let first = UnsafeBufferPointer(rebasing: bytes[start..<end])
            guard first.count >= 3 else { return false }
            if first.count >= 5, startsWithVerbPrefix(first) {
                return !isPrefixedNonVerb(bytes, from: start, length: first.count)
            }
            return isRootVerb(bytes, from: start, length: first.count)
        } ?? nil
    }

    /// Whether the ASCII letters and digits `word`, of three bytes or more, start with one of
    /// `verbPrefixes` in any case: "me", "di", "ber" or "ter". The bytes are compared lower-cased by
    /// setting bit 0x20, which leaves digits as they are.
    static func startsWithVerbPrefix(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        switch (word[0] | 0x20, word[1] | 0x20) {
        case (UInt8(ascii: "m"), UInt8(ascii: "e")), (UInt8(ascii: "d"), UInt8(ascii: "i")):
            true
        case (UInt8(ascii: "b"), UInt8(ascii: "e")), (UInt8(ascii: "t"), UInt8(ascii: "e")):
            word[2] | 0x20 == UInt8(ascii: "r")
        default:
            false
        }
    }

    /// `startsWithVerb` decided on the first bytes of the key, folded on the stack, or nil when its
    /// first word is not plain ASCII.
    static func startsWithVerbOnFoldedPrefix(_ activity: String) -> Bool? {
        FoldedKey.withPrefix(of: activity, capacity: 64) { key, _ in
            let end = key.firstIndex(of: 0x20) ?? key.count
            let first = UnsafeBufferPointer(rebasing: key[..<end])
            // An ASCII word, whole or longer than the buffer, has one character per byte; a word with other
            // characters, or before a non-ASCII scalar that might join its space, is read by characters.
            guard first.allSatisfy({ $0 < 0x80 }), end == key.count || end + 1 < key.count && key[end + 1] < 0x80 else {
                return nil
            }
            guard first.count >= 3 else { return false }
            if verbPrefixes.contains(where: { first.starts(with: $0.utf8) }) && first.count >= 5 {
                return !isPrefixedNonVerb(key, from: 0, length: end)
            }
            return isRootVerb(key, from: 0, length: end)
        }
    }

    /// The prefixes of Indonesian verbs (me-, di-, ber-, ter-; "mem-", "men-", "meng-" and "meny-" start
    /// with "me"), as `startsWithVerbPrefix` reads them on bytes.
    private static let verbPrefixes = ["me", "di", "ber", "ter"]
    /// Words that start like a verb and are none (`isPrefixedNonVerb` compares ASCII words with them packed).
    static let prefixedNonVerbs = ["dinas", "direktur", "direktorat", "dokumen", "data", "disposisi", "diklat", "terlampir"]

    /// Whether the `length` ASCII letters and digits at `start` in `text`, in lower case, are one of
    /// `prefixedNonVerbs`: packed in two integers (`PackedASCIIWord`) and compared with theirs.
    static func isPrefixedNonVerb(_ text: UnsafeBufferPointer<UInt8>, from start: Int, length: Int) -> Bool {
        // Each of the words starts with "d" or "t"; most words with a verb prefix start with "me" or "be".
        guard length >= 4, length <= 10, text[start] | 0x20 == UInt8(ascii: "d") || text[start] | 0x20 == UInt8(ascii: "t") else {
            return false
        }
        let word = PackedASCIIWord(text, from: start, length: length).alphanumericsLowercased
        switch word.low {
        case 0x6174_6164, // "data"
            0x73_616E_6964, // "dinas"
            0x7461_6C6B_6964, // "diklat"
            0x6E_656D_756B_6F64, // "dokumen"
            0x7275_746B_6572_6964: // "direktur"
            return word.high == 0
        case 0x726F_746B_6572_6964: // "direktor", then "at"
            return word.high == 0x7461
        case 0x7369_736F_7073_6964: // "disposis", then "i"
            return word.high == 0x69
        case 0x6970_6D61_6C72_6574: // "terlampi", then "r"
            return word.high == 0x72
        default:
            return false
        }
    }

    /// Whether the `length` ASCII letters and digits at `start` in `text`, in lower case, are one of
    /// `rootVerbs`: packed in one integer (`PackedASCIIWord`) and compared with theirs.
    static func isRootVerb(_ text: UnsafeBufferPointer<UInt8>, from start: Int, length: Int) -> Bool {
        guard length >= 4, length <= 8 else { return false }
        switch PackedASCIIWord(text, from: start, length: length).alphanumericsLowercased.low {
        case 0x7461_7562, // "buat"
            0x6D_6972_696B, // "kirim"
            0x74_6174_6163, // "catat"
            0x70_616B_6572, // "rekap"
            0x616D_6972_6574, // "terima"
            0x6E61_6B75_6A61, // "ajukan"
            0x61_736B_6972_6570, // "periksa"
            0x6E61_6B68_6172_6573: // "serahkan"
            return true
        default:
            return false
        }
    }

    /// `startsWithVerb` decided on the characters of the activity's first word.
    static func startsWithVerbComparingCharacters(_ activity: String) -> Bool {
        guard let first = FoldedKey.words(activity).first.map(String.init), first.count >= 3 else { return false }
        if verbPrefixes.contains(where: { first.hasPrefix($0) }) && first.count >= 5 {
            return !prefixedNonVerbs.contains(first)
        }
        return rootVerbs.contains(first)
    }

    /// Verbs without a prefix (`isRootVerb` compares ASCII words with them packed).
    static let rootVerbs: Set<String> = ["buat", "kirim", "terima", "periksa", "catat", "ajukan", "serahkan", "rekap"]
}
