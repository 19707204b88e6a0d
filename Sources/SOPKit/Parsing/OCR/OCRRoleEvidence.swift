/// A word of an OCR'd role header: where it was read (line of the header, order within that line)
/// and the column the header alignment put it in.
struct OCRHeaderWord: Sendable, Equatable {
    /// The word as read.
    var text: String
    /// The index of its line among the header lines.
    var line: Int
    /// Its order within the line, left to right.
    var position: Int
    /// The role column the alignment gave it.
    var column: Int
}

/// Checks the role columns of an OCR'd header against role names written elsewhere in the SOP (its
/// activities name who does what: "menyerahkan kepada Kasi Kesejahteraan Sosial") and against
/// `RoleVocabulary`. A name whose every word is found in the header, in reading order (one word after
/// the other on a line, or on the next lines in the same or a neighbouring column; a word cut by OCR may stand as
/// its start, "Kesejahter", with its rest below, "aan"), becomes a column, spelled as written in the
/// text: this joins the words that the alignment spread over neighbouring columns. Columns that no name
/// confirms stay as read; a name is never added that the header does not hold.
enum OCRRoleEvidence {
    /// Words that start a role name in running text ("kepada Kasi …", "oleh Petugas …").
    static let roleHeads = ASCIIWordSet(roleHeadWords)

    /// The words of `roleHeads`.
    static let roleHeadWords = [
        "kepala", "ka", "kasi", "kasie", "kabid", "kasubbag", "kasubag", "kasubbid", "kasat", "kaban", "kadis",
        "kalaksa", "kanreg", "staf", "staff", "petugas", "tim", "sekretaris", "sekcam", "sekdis", "sekban",
        "operator", "perawat", "dokter", "bidan", "pemohon", "pasien", "wajib", "pengadu", "komandan", "anggota",
        "pendamping", "fungsional", "analis", "pengelola", "pejabat", "bendahara", "inspektur", "irban", "irbhan",
        "camat", "lurah", "kuasa", "pengadministrasi", "perencana", "instansi", "jabatan", "koordinator",
        "verifikator", "direktur", "pimpinan",
    ]

    /// The first letters of the role heads, one bit per letter ("a" the lowest).
    private static let roleHeadInitials: UInt32 = roleHeadWords.reduce(0) { $0 | 1 << UInt32($1.utf8.first! - 0x61) }

    /// Whether a capitalised word can be a role head by its first byte: false when it is an ASCII letter
    /// that starts no role head (a key starting with another byte is in no set of lower-case words).
    private static func startsLikeARoleHead(_ word: Substring) -> Bool {
        guard let first = word.utf8.first, first < 0x80 else { return true }
        let lower = first | 0x20
        guard lower >= 0x61, lower <= 0x7A else { return true }
        return roleHeadInitials & 1 << UInt32(lower - 0x61) != 0
    }

    /// Role heads that name a role alone ("Lurah", "Sekretaris", "Pemohon"); the others need a complement
    /// ("Kepala" Dinas, "Petugas" Loket) and are never a name on their own.
    static let standaloneHeads = ASCIIWordSet(standaloneHeadWords)

    /// The words of `standaloneHeads`.
    static let standaloneHeadWords = [
        "staf", "staff", "sekretaris", "sekcam", "sekdis", "sekban", "pemohon", "pasien", "pengadu", "anggota",
        "inspektur", "irban", "irbhan", "camat", "lurah", "perencana", "bendahara", "kadis", "kaban", "direktur",
    ]

    /// The most names tried against one header, longest first.
    static let maximumCandidates = 200

    /// Whether a folded word is one of the words that join two parts of one name ("Kasi Operasi dan
    /// Pengendalian"), `["dan", "&", "/"].contains(word)`: on bytes, as no text but the joiner itself
    /// equals one, and only for a word as long as one of them (one or three bytes).
    static func isJoiner(_ word: some StringProtocol) -> Bool {
        let utf8 = word.utf8
        switch utf8.count {
        case 1: return utf8.first == 0x26 || utf8.first == 0x2F
        case 3: return utf8.elementsEqual("dan".utf8)
        default: return false
        }
    }

    /// `isJoiner(TextFolding.key(word))`, without building the key: its first bytes are folded
    /// once (`FoldedKey.withPrefix`), enough to tell a key of one or three bytes from a longer one.
    static func keyIsJoiner(_ word: some StringProtocol) -> Bool {
        FoldedKey.withPrefix(of: word, capacity: 3) { key, isWhole in
            isWhole && isJoiner(bytes: key)
        }
    }

    /// `isJoiner(words.word(number))`: for a known role name's word, read from `knownWordIsJoiner`
    /// without fetching the word.
    static func isJoiner(number: Int, in words: CandidateWords) -> Bool {
        let knownAnswers = knownWordIsJoiner
        return number < knownAnswers.count ? knownAnswers[number] : isJoiner(words.word(number))
    }

    /// `isJoiner` of each known role name's word (`CandidateWords.knownWords`), by number.
    private static let knownWordIsJoiner: [Bool] = CandidateWords.knownWords.map { isJoiner($0) }

    /// `isJoiner` of the UTF-8 bytes of a folded word.
    private static func isJoiner(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch bytes.count {
        case 1: bytes[0] == 0x26 || bytes[0] == 0x2F
        case 3: bytes[0] == 0x64 && bytes[1] == 0x61 && bytes[2] == 0x6E
        default: false
        }
    }

    /// The names that `mentions` makes room for at the start.
    private static let expectedMentions = 16

    /// The role names written in `lines` (the table's rows): a capitalised role head and the capitalised
    /// words after it, up to six words, ending at a cell border, punctuation or a lower-case word; each
    /// name with its shorter beginnings ("Lurah Sukajadi", "Lurah"). Longest first, each once.
    ///
    /// A line of ASCII text (most lines), or of ASCII text and the punctuation OCR prints around words
    /// (`readsAsASCII`), is read on its bytes (`collectASCIINames`), without a Substring per word; any
    /// other line word by word (`collectNames`), unless no word of it can start a name by its first
    /// byte (`anyWordMayStartName`).
    static func mentions(in lines: some Sequence<OCRLine>) -> [String] {
        mentionList(in: lines).names
    }

    /// `mentions(in:)` with the numbers of each name's folded words (`MentionList`), numbered as the
    /// names are collected: the words of a name read on bytes are numbered once, from the key written
    /// for it, for the name and all its beginnings. The names' bytes are kept one after another, not
    /// as Strings: `reconcile` makes a String only of a name that it takes. The names are gathered in
    /// the buffers of a list that a table read before gave back (`MentionList.keep`). The lines of an
    /// array or a slice (the table's body) are read in place in its storage, each through its record
    /// (`OCRLine.recordInPlace`): no count of references is taken for a line's store or its text.
    static func mentionList(in lines: some Sequence<OCRLine>) -> MentionList {
        var list = MentionList.take()
        // The tables of role heads, read once here rather than through their lazy globals line by line.
        let initials = roleHeadInitials
        let shapes = roleHeadShapes
        let readInPlace: Void? = lines.withContiguousStorageIfAvailable { held in
            for index in held.indices {
                collectNames(ofLine: held[index].recordInPlace, initials: initials, shapes: shapes, into: &list)
            }
        }
        if readInPlace == nil {
            for line in lines {
                line.withRecord { collectNames(ofLine: $0, initials: initials, shapes: shapes, into: &list) }
            }
        }
        list.orderFoundLongestFirst()
        return list
    }

    /// Adds to `list` the role names of the line whose record is `record` (valid during the call), as
    /// `mentionList(in:)` reads a line: on its text's bytes when it reads as ASCII (`readsAsASCII`),
    /// else word by word unless no word of it can start a name; `initials` and `shapes` are
    /// `roleHeadInitials` and `roleHeadShapes`.
    @inline(__always)
    private static func collectNames(
        ofLine record: UnsafeMutablePointer<OCRLine.Record>, initials: UInt32, shapes: [UInt64],
        into list: inout MentionList
    ) {
        let isRead = record.pointee.text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard readsAsASCII(bytes) else { return !anyWordMayStartName(bytes) }
            collectASCIINames(in: bytes, initials: initials, shapes: shapes, into: &list)
            return true
        }
        guard isRead != true else { return }
        let words = FoldedKey.spaceSeparated(record.pointee.text[...])
        for index in words.indices where mayStartName(words[index]) && startsRoleName(words[index]) {
            collectNames(at: index, in: words, into: &list)
        }
    }

    /// The role names of a table's body (`mentions(in:)`), longest first, with the numbers of each
    /// name's folded words (`CandidateWords.numbers(ofName:)`) in `words`: the candidates that
    /// `reconcile` tries first; and what `mentionList` keeps of each name while it collects them. Its
    /// buffers are kept from table to table (one list per thread reading tables at the same time, from
    /// a pool), emptied, so that a table allocates only when its body names more than the tables
    /// before it.
    struct MentionList {
        /// The names (where their bytes are in `nameBytes`) with the numbers of their folded words,
        /// longest first.
        fileprivate(set) var candidates: [Candidate] = []
        /// The UTF-8 bytes of the names, one after another.
        fileprivate(set) var nameBytes: [UInt8] = []
        /// The numbering of the names' words.
        fileprivate(set) var words = CandidateWords()
        /// The names in the order `mentionList` met them, before they are ordered into `candidates`.
        fileprivate var found: [Candidate] = []
        /// The number of words of each name's key in `found` (`wordCount(ofKey:)`).
        fileprivate var wordCounts: [Int] = []
        /// The keys of the names.
        fileprivate var seen = NameKeys()

        /// A list of no name, with room for more names than most tables' bodies hold, so that the
        /// arrays are allocated once rather than grown name by name.
        private init() {
            candidates.reserveCapacity(expectedMentions)
            found.reserveCapacity(expectedMentions)
            wordCounts.reserveCapacity(expectedMentions)
            nameBytes.reserveCapacity(expectedMentions * expectedNameBytes)
        }

        /// The names `names` in their order, their words numbered one name after the other (a name
        /// that is a known role name has that name's numbers).
        init(names: [String]) {
            for name in names {
                var nameText = name
                let bytes = nameText.withUTF8 { appendName($0) }
                let known = indexOfKnownRole(name)
                candidates.append(Candidate(
                    name: bytes, numbers: known.map { CandidateWords.knownNameNumbers[$0] } ?? words.numbers(ofName: name)))
            }
        }

        /// The name of `candidate`, one of `candidates`, as a String.
        func name(of candidate: Candidate) -> String {
            nameBytes.withUnsafeBufferPointer { bytes in
                String(utf8Bytes: UnsafeBufferPointer(rebasing: bytes[candidate.name]))
            }
        }

        /// The names of `candidates`, in their order.
        var names: [String] { candidates.map(name(of:)) }

        /// Appends the UTF-8 bytes `name` of a name to `nameBytes`; where they are there.
        fileprivate mutating func appendName(_ name: UnsafeBufferPointer<UInt8>) -> Range<Int> {
            let start = nameBytes.count
            nameBytes.append(contentsOf: name)
            return start..<nameBytes.count
        }

        /// The most names found that `orderFoundLongestFirst` orders in place, one insertion after
        /// another (a table's body names a dozen or so); more are ordered by `namesLongestFirst`.
        private static let inPlaceOrderLimit = 64

        /// Orders the names found into `candidates` (empty before), most words first, names of as many
        /// words in the order they were found: `namesLongestFirst(found, wordCounts:into:)`. A list of
        /// at most `inPlaceOrderLimit` names (most tables') is ordered in place in `found` by a stable
        /// insertion (a name moves past the names of fewer words before it, its word count with it),
        /// which moves names rather than copying them (no count of references taken for a name's
        /// numbers), and its buffer is swapped with that of `candidates`: `found` is left empty, so
        /// that `keep` empties no names twice.
        fileprivate mutating func orderFoundLongestFirst() {
            guard found.count <= Self.inPlaceOrderLimit, candidates.isEmpty else {
                namesLongestFirst(found, wordCounts: wordCounts, into: &candidates)
                return
            }
            found.withUnsafeMutableBufferPointer { names in
                wordCounts.withUnsafeMutableBufferPointer { counts in
                    // Every name found comes with its word count, so both are read at the same positions.
                    precondition(counts.count == names.count, "a name found without its word count")
                    for index in names.indices.dropFirst() {
                        var position = index
                        while position > 0, counts[position - 1] < counts[position] {
                            names.swapAt(position - 1, position)
                            counts.swapAt(position - 1, position)
                            position -= 1
                        }
                    }
                }
            }
            swap(&found, &candidates)
        }

        /// The lists tables read so far gave back for the tables after them: at most one per thread
        /// reading files at the same time, on any machine this runs on.
        private static let kept = ReusePool<MentionList>(capacity: 16)

        /// The most names, or bytes of names, of a list kept for a later table: the buffers of a
        /// hostile body of thousands of names are let go.
        private static let largestKept = 1 << 12

        /// A list of no name that a table read before gave back, else a new one.
        fileprivate static func take() -> MentionList {
            kept.take { MentionList() }
        }

        /// Keeps `list`, which the caller gives up once it is read, emptied, for the `mentionList` of a
        /// table read after it, unless it grew past `largestKept`.
        static func keep(_ list: consuming MentionList) {
            guard list.found.capacity <= largestKept, list.candidates.capacity <= largestKept,
                list.nameBytes.capacity <= largestKept
            else { return }
            list.candidates.removeAll(keepingCapacity: true)
            // Empty once `orderFoundLongestFirst` swapped its names into `candidates` (most tables).
            if !list.found.isEmpty { list.found.removeAll(keepingCapacity: true) }
            list.nameBytes.removeAll(keepingCapacity: true)
            list.wordCounts.removeAll(keepingCapacity: true)
            list.words.removeAll()
            list.seen.removeAll()
            kept.giveBack(consume list)
        }
    }

    /// The bytes of a name that `MentionList` makes room for at the start, for each of its names.
    private static let expectedNameBytes = 24

    /// Whether `collectASCIINames` reads the UTF-8 bytes of a line's text as `collectNames` reads its
    /// words: when every byte is ASCII, or when the only other characters are the general punctuation
    /// from U+2010 to U+2027 (dashes, quotes, bullets, "…"; the bytes E2 80 90 to E2 80 A7) that OCR
    /// prints around words ("—", "“Surat"). Such a character is no letter or number, and it takes no
    /// neighbour into a cluster nor is taken into one (it is no mark, joiner or prepended character):
    /// the line's words are its runs of bytes between spaces, and each of those characters is trimmed
    /// from a word's ends, keeps a word that holds it from being a role head, a name word or a joiner,
    /// ends no name, and stays out of every name, as the byte reading treats any byte that is no ASCII
    /// letter or digit. Asked of every line of a table's body: inlined.
    @inline(__always)
    static func readsAsASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if OCRTableBytes.isASCII(bytes: bytes) { return true }
        var index = 0
        while index < bytes.count {
            guard bytes[index] >= 0x80 else {
                index += 1
                continue
            }
            guard bytes[index] == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
                bytes[index + 2] >= 0x90, bytes[index + 2] <= 0xA7
            else { return false }
            index += 3
        }
        return true
    }

    /// The widest spread of word counts that `namesLongestFirst` reads count by count.
    private static let countByCountSpread = 8

    /// `names` (or anything kept per name) ordered by their word counts (`wordCounts`, one per name),
    /// most words first, names of as many words in their order: `names.indices.sorted` by count
    /// descending, then index ascending. The few counts a table's names have (one to six words) are
    /// read one after the other from the most, each a pass over the names, without sorting or an array
    /// of indices; a wider spread of counts is sorted. The names are appended to `ordered`.
    static func namesLongestFirst<Name>(_ names: [Name], wordCounts: [Int], into ordered: inout [Name]) {
        guard let most = wordCounts.max(), let fewest = wordCounts.min() else { return }
        ordered.reserveCapacity(ordered.count + names.count)
        guard most - fewest < countByCountSpread else {
            for index in names.indices.sorted(by: { lhs, rhs in
                wordCounts[lhs] != wordCounts[rhs] ? wordCounts[lhs] > wordCounts[rhs] : lhs < rhs
            }) {
                ordered.append(names[index])
            }
            return
        }
        for count in stride(from: most, through: fewest, by: -1) {
            for index in names.indices where wordCounts[index] == count { ordered.append(names[index]) }
        }
    }

    /// Whether a raw word can start a role name, by its first byte: false for a word that starts with
    /// an ASCII letter or digit other than a capital that begins a role head (trimming it leaves it as
    /// it is, and it is not a capitalised role head).
    private static func mayStartName(_ word: Substring) -> Bool {
        guard let byte = word.utf8.first, byte < 0x80, TextFolding.isASCIIAlphanumeric(byte) else { return true }
        return byte >= 0x41 && byte <= 0x5A && startsLikeARoleHead(word)
    }

    /// Whether a raw word starts a role name: without its punctuation, a capitalised role head. A word
    /// of ASCII bytes is read on its bytes (`startsRoleName(plainASCII:)`); any other word through its
    /// trimmed characters and folded key.
    static func startsRoleName(_ word: Substring) -> Bool {
        let onBytes = word.utf8.withContiguousStorageIfAvailable(startsRoleName(plainASCII:))
        if let answer = onBytes ?? nil { return answer }
        let head = word.trimmingOCRPunctuation()
        return OCRTableBytes.startsWithUppercase(head) && startsLikeARoleHead(head)
            && OCRTableBytes.keyIsOne(of: roleHeads, head)
    }

    /// `startsRoleName` of a word given by its bytes when they are all ASCII, nil for other words. Every
    /// byte is then a character (a CR LF pair is one, but neither byte is a letter or digit, so it is
    /// trimmed or kept whole like its bytes): the word without its punctuation is its bytes without the
    /// bytes at either end that are no ASCII letters or digits. When those are all letters, the word is
    /// read by `startsRoleName(asciiLetters:)`; otherwise its key holds a digit or a space (each run of
    /// other bytes between letters or digits folds to one) and is no role head, or it is empty.
    private static func startsRoleName(plainASCII bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        for byte in bytes where byte >= 0x80 { return nil }
        return startsRoleName(asciiWord: bytes)
    }

    /// `startsRoleName(plainASCII:)` of a word known to be all ASCII bytes (a word of an ASCII line).
    /// Most capitalised words of a table are no role head: a core whose shape no role head has
    /// (`mayBeRoleHead(shapeOf:shapes:)`) is turned down before its letters are read and looked up.
    private static func startsRoleName(asciiWord bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        startsRoleName(asciiWord: bytes, shapes: roleHeadShapes)
    }

    /// `startsRoleName(asciiWord:)` with `roleHeadShapes` given as `shapes` (read once by a caller that
    /// asks for many words).
    @inline(__always)
    private static func startsRoleName(asciiWord bytes: UnsafeBufferPointer<UInt8>, shapes: [UInt64]) -> Bool {
        var lower = 0
        var upper = bytes.count
        while lower < upper, !TextFolding.isASCIIAlphanumeric(bytes[lower]) { lower += 1 }
        while upper > lower, !TextFolding.isASCIIAlphanumeric(bytes[upper - 1]) { upper -= 1 }
        let core = UnsafeBufferPointer(rebasing: bytes[lower..<upper])
        guard mayBeRoleHead(shapeOf: core, shapes: shapes) else { return false }
        return startsRoleName(asciiLetters: core) ?? false
    }

    /// Whether the ASCII bytes `core` (a word without its punctuation) can be a capitalised role head by
    /// its shape: a capital and a letter first whose pair, in lower case, starts a role head of as many
    /// bytes (`shapes`, which is `roleHeadShapes`). False means `startsRoleName(asciiLetters: core) ?? false`
    /// is false: a core that is not all letters is none, and a role head in lower case has its pair and
    /// length.
    @inline(__always)
    static func mayBeRoleHead(shapeOf core: UnsafeBufferPointer<UInt8>, shapes: [UInt64]) -> Bool {
        guard core.count >= 2 else { return false }
        let first = core[0]
        let second = core[1] | 0x20
        guard first >= 0x41, first <= 0x5A, second >= 0x61, second <= 0x7A else { return false }
        return shapes[Int(first - 0x41) &* 26 &+ Int(second - 0x61)] & lengthBit(core.count) != 0
    }

    /// For each pair of first and second letters in lower case ("ke", "st"; "a" the lowest, 26 pairs
    /// per first letter), one bit per length in bytes of the role heads that start with them
    /// (`lengthBit`). Every role head is two lower-case ASCII letters or more.
    static let roleHeadShapes: [UInt64] = {
        var shapes = [UInt64](repeating: 0, count: 26 * 26)
        for head in roleHeadWords {
            let bytes = Array(head.utf8)
            guard bytes.count >= 2, bytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else {
                preconditionFailure("a role head is not two lower-case ASCII letters or more")
            }
            shapes[Int(bytes[0] - 0x61) * 26 + Int(bytes[1] - 0x61)] |= lengthBit(bytes.count)
        }
        return shapes
    }()

    /// `startsRoleName` of a word given by its bytes when they are all ASCII letters (and at least one):
    /// a capital that begins a role head, and the letters in lower case a role head (looked up with the
    /// role header's other words, `OCRRoleHeader.WordKinds`); nil for other words.
    private static func startsRoleName(asciiLetters bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let first = bytes.first, bytes.allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) else {
            return nil
        }
        return first <= 0x5A && roleHeadInitials & 1 << UInt32((first | 0x20) - 0x61) != 0
            && OCRRoleHeader.WordKinds.of(bytes).contains(.roleHead)
    }

    /// The role names (`mentions`) that start at word `index` of one line's words, which starts a role
    /// name (`startsRoleName`), added to `collection` unless their key is in its keys, with the number
    /// of words of that key (`FoldedKey.words(name).count`) and the numbers of their folded words
    /// (`CandidateWords.numbers(ofName:)`). The name is joined once, word by word, keeping where each
    /// word ends in it (and whether it is a joiner) on the stack; its shorter beginnings are cut from it.
    private static func collectNames<Words: RandomAccessCollection<Substring>>(
        at index: Int, in words: Words, into collection: inout MentionList
    ) where Words.Index == Int {
        let maximumWords = 6
        let head = words[index].trimmingOCRPunctuation()
        var whole = String(head)
        withUnsafeTemporaryAllocation(of: NameWordEnd.self, capacity: maximumWords) { ends in
            ends[0] = NameWordEnd(end: whole.utf8.count, isJoiner: keyIsJoiner(head))
            var count = 1
            var next = index + 1
            var ended = endsName(words[index])
            while !ended, next < words.count, count < maximumWords {
                let word = words[next].trimmingOCRPunctuation()
                let isJoiner = keyIsJoiner(word)
                // A joiner continues the name before a capitalised word; any other word when it is a
                // capitalised name word itself.
                let continuesName = isJoiner && next + 1 < words.count
                    && OCRTableBytes.startsWithUppercase(words[next + 1].trimmingOCRPunctuation())
                    || OCRTableBytes.startsWithUppercase(word) && isNameWord(word)
                guard continuesName else { break }
                whole.append(" ")
                whole.append(contentsOf: word)
                ends[count] = NameWordEnd(end: whole.utf8.count, isJoiner: isJoiner)
                count += 1
                ended = endsName(words[next])
                next += 1
            }
            for length in stride(from: count, through: 1, by: -1) where !ends[length - 1].isJoiner {
                let end = ends[length - 1].end
                let text = length == count ? whole : String(whole[..<whole.utf8.index(whole.startIndex, offsetBy: end)])
                let key = TextFolding.key(text)
                if collection.seen.insert(key) {
                    var textBytes = text
                    let name = textBytes.withUTF8 { collection.appendName($0) }
                    collection.found.append(Candidate(name: name, numbers: collection.words.numbers(ofName: text)))
                    collection.wordCounts.append(wordCount(ofKey: key))
                }
            }
        }
    }

    /// The role names (`mentions`) of one line whose text is ASCII, or reads as ASCII (`readsAsASCII`),
    /// given by its bytes: its words are the runs of bytes between spaces (the line's tokens), and each
    /// name that starts at one of them is collected as `collectNames` collects it, on the bytes. Every
    /// byte is then a character, or part of a punctuation character that the bytes around it leave
    /// alone (a CR is no letter or digit, like the bytes around it), so a word without its punctuation
    /// (`trimmingOCRPunctuation`) is its bytes without the bytes at either end that are no ASCII letters
    /// or digits, and its key (`TextFolding.key`) is its runs of letters and digits in lower case
    /// joined by single spaces.
    /// `roleHeadInitials` and `roleHeadShapes` are given as `initials` and `shapes`, read once by the
    /// caller for all its lines.
    ///
    /// A word starts a name only when its core starts with a capital that begins a role head
    /// (`startsRoleName(asciiWord:)` asks it of the core's shape), so the words are not walked one by
    /// one: the line's capitals are found eight bytes at a time, and only a word whose core one of them
    /// starts (`nameHeadWordStart`) is asked, in the order of the line. Every whole block of eight bytes
    /// is loaded at once in a loop that asks nothing else of it (`capitals(ofEightBytes:)`); the last
    /// bytes, fewer than eight, are read once after it (`capitals(in:at:)`).
    static func collectASCIINames(
        in bytes: UnsafeBufferPointer<UInt8>, initials: UInt32, shapes: [UInt64], into collection: inout MentionList
    ) {
        guard let base = bytes.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        var block = 0
        // Each load lies inside the buffer: its eight bytes end at `block + 8`, at most `bytes.count`.
        while block &+ 8 <= bytes.count {
            let capitals = capitals(ofEightBytes: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: block, as: UInt64.self)))
            if capitals != 0 {
                collectASCIINames(startingAt: capitals, of: block, in: bytes, initials: initials, shapes: shapes, into: &collection)
            }
            block &+= 8
        }
        guard block < bytes.count else { return }
        collectASCIINames(
            startingAt: capitals(in: bytes, at: block), of: block, in: bytes, initials: initials, shapes: shapes,
            into: &collection)
    }

    /// Collects the names (`collectASCIINames(at:in:into:)`) whose heads are among the capitals of the
    /// block of `bytes` at `block`, given as `capitals` (`capitals(ofEightBytes:)`), in their order.
    @inline(__always)
    private static func collectASCIINames(
        startingAt capitals: UInt64, of block: Int, in bytes: UnsafeBufferPointer<UInt8>, initials: UInt32,
        shapes: [UInt64], into collection: inout MentionList
    ) {
        var capitals = capitals
        while capitals != 0 {
            let head = block &+ capitals.trailingZeroBitCount &>> 3
            capitals &= capitals &- 1
            guard let start = nameHeadWordStart(at: head, in: bytes, initials: initials) else { continue }
            let word = start..<OCRTableBytes.firstSpace(from: head &+ 1, in: bytes)
            if startsRoleName(asciiWord: UnsafeBufferPointer(rebasing: bytes[word]), shapes: shapes) {
                collectASCIINames(at: word, in: bytes, into: &collection)
            }
        }
    }

    /// The top bit of each byte of `bytes` from `block` to `block + 8` (or the end) that is an ASCII
    /// capital, and no other bit, the byte at `block` lowest: the eight bytes are loaded at once when
    /// they lie in `bytes`, the last ones of a buffer of eight bytes or more as the eight that end it
    /// (`SourceText.lastBytes`), and those of a shorter buffer one by one; then read by
    /// `capitals(ofEightBytes:)`, which leaves out a byte above 0x7F (the bytes of a punctuation character
    /// `readsAsASCII` lets through).
    @inline(__always)
    static func capitals(in bytes: UnsafeBufferPointer<UInt8>, at block: Int) -> UInt64 {
        precondition(block >= 0 && block < bytes.count, "a block outside the line")
        var word: UInt64 = 0
        if let base = bytes.baseAddress, bytes.count >= 8 {
            let raw = UnsafeRawPointer(base)
            word = block &+ 8 <= bytes.count
                ? UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: block, as: UInt64.self))
                : SourceText.lastBytes(raw, count: bytes.count, from: block)
        } else {
            for index in block..<bytes.count { word |= UInt64(bytes[index]) &<< UInt64(8 &* (index &- block)) }
        }
        return capitals(ofEightBytes: word)
    }

    /// The top bit of each of the eight bytes of `word` (the first lowest) that is an ASCII capital, and
    /// no other bit: a byte above 0x7F has its top bit cleared before the letters are looked for, so that
    /// no sum carries out of it, and is then left out.
    @inline(__always)
    static func capitals(ofEightBytes word: UInt64) -> UInt64 {
        TextFolding.letterBytes(word & 0x7F7F_7F7F_7F7F_7F7F, from: 0x41) & ~word
    }

    /// Where the word of `bytes` (a run of bytes between spaces) whose byte `head`, a capital, starts its
    /// core (its first ASCII letter or digit) starts, when that capital begins a role head
    /// (`initials`, `roleHeadInitials`); nil when it begins none, or when an ASCII letter or digit
    /// stands before it in its word (it is then no core's start).
    @inline(__always)
    private static func nameHeadWordStart(at head: Int, in bytes: UnsafeBufferPointer<UInt8>, initials: UInt32) -> Int? {
        guard initials & 1 << UInt32(bytes[head] &- 0x41) != 0 else { return nil }
        var start = head
        while start > 0 {
            let previous = bytes[start &- 1]
            if previous == 0x20 { break }
            if TextFolding.isASCIIAlphanumeric(previous) { return nil }
            start &-= 1
        }
        return start
    }

    /// Whether a word of the UTF-8 bytes of a line's text (split at spaces, `FoldedKey.spaceSeparated`)
    /// can start a name by its first byte (`mayStartName`): false when every byte that starts the text
    /// or follows a space is a space or an ASCII letter or digit that starts no name. A word starts at
    /// the start of the text or after a space (a space that a combining mark makes part of another
    /// character starts none), so no word then starts a name.
    static func anyWordMayStartName(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let initials = roleHeadInitials
        var previousIsSpace = true
        for byte in bytes {
            if previousIsSpace, byte != 0x20, byte >= 0x80 || mayStartName(asciiByte: byte, initials: initials) {
                return true
            }
            previousIsSpace = byte == 0x20
        }
        return false
    }

    /// `mayStartName` of a word whose first byte is the ASCII byte `byte`, given `roleHeadInitials`
    /// as `initials` (read once by the caller's loop). Asked of every word of a table's body: inlined.
    @inline(__always)
    private static func mayStartName(asciiByte byte: UInt8, initials: UInt32) -> Bool {
        guard TextFolding.isASCIIAlphanumeric(byte) else { return true }
        return byte >= 0x41 && byte <= 0x5A && initials & 1 << UInt32((byte | 0x20) - 0x61) != 0
    }

    /// The role names that start at the word `head` of the ASCII bytes `bytes` of a line, which starts a
    /// role name: `collectNames` read on the bytes. The name is joined word by word into a buffer on the
    /// stack; each of its beginnings that ends with no joiner becomes a key, and a String when its key
    /// is new. The name's words are numbered from its key at its first new beginning
    /// (`CandidateWords.numbers(ofNameKey:wordEnds:)`), once for all its beginnings.
    private static func collectASCIINames(
        at head: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, into collection: inout MentionList
    ) {
        let maximumWords = 6
        // The name and its key are no longer than the bytes from its head to the end of the sixth
        // word: a long line is measured so, so that a line of many heads does not set aside the whole
        // line for each; a short one is set aside whole, on the stack.
        let capacity = bytes.count <= 512 ? bytes.count : nameSpan(from: head, words: maximumWords, in: bytes)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { whole in
            withUnsafeTemporaryAllocation(of: NameWordEnd.self, capacity: maximumWords) { ends in
                var length = 0
                func append(_ word: Range<Int>) {
                    for offset in word {
                        whole[length] = bytes[offset]
                        length += 1
                    }
                }
                let headCore = asciiCore(head, in: bytes)
                append(headCore)
                ends[0] = NameWordEnd(end: length, isJoiner: isASCIIJoiner(headCore, in: bytes))
                var count = 1
                var ended = asciiEndsName(head, in: bytes)
                var next = OCRTableBytes.spaceSeparatedWord(from: head.upperBound, in: bytes)
                while !ended, let word = next, count < maximumWords {
                    let core = asciiCore(word, in: bytes)
                    let isJoiner = isASCIIJoiner(core, in: bytes)
                    let following = OCRTableBytes.spaceSeparatedWord(from: word.upperBound, in: bytes)
                    // A joiner continues the name before a capitalised word; any other word when it is a
                    // capitalised name word itself.
                    let continuesName = isJoiner
                        && following.map { startsWithASCIICapital(asciiCore($0, in: bytes), in: bytes) } == true
                        || startsWithASCIICapital(core, in: bytes) && isASCIINameWord(core, in: bytes)
                    guard continuesName else { break }
                    whole[length] = 0x20
                    length += 1
                    append(core)
                    ends[count] = NameWordEnd(end: length, isJoiner: isJoiner)
                    count += 1
                    ended = asciiEndsName(word, in: bytes)
                    next = following
                }
                // The key of the whole name is written once: the key of each beginning is a beginning of it.
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { keyBytes in
                    withUnsafeTemporaryAllocation(of: PrefixKey.self, capacity: maximumWords) { prefixKeys in
                        writeASCIIKey(
                            UnsafeBufferPointer(rebasing: whole[..<length]), ends: UnsafeBufferPointer(rebasing: ends[..<count]),
                            to: keyBytes, prefixKeys: prefixKeys)
                        var numbers: WordNumbers?
                        for words in stride(from: count, through: 1, by: -1) where !ends[words - 1].isJoiner {
                            let prefix = prefixKeys[words - 1]
                            guard collection.seen.insert(asciiKey: UnsafeBufferPointer(rebasing: keyBytes[..<prefix.length]))
                            else { continue }
                            let wholeNumbers = numbers ?? collection.words.numbers(
                                ofNameKey: UnsafeBufferPointer(rebasing: keyBytes[..<prefixKeys[count - 1].length]),
                                wordEnds: UnsafeBufferPointer(rebasing: prefixKeys[..<count]))
                            numbers = wholeNumbers
                            collection.found.append(Candidate(
                                name: collection.appendName(UnsafeBufferPointer(rebasing: whole[..<ends[words - 1].end])),
                                numbers: wholeNumbers.first(words)))
                            collection.wordCounts.append(prefix.wordCount)
                        }
                    }
                }
            }
        }
    }

    /// The number of bytes from the start of the word `head` of `bytes` to the end of the last of the
    /// `words` words that start with it (fewer when the line ends first): room for any name of at most
    /// that many words starting at `head`, its words' cores joined by single spaces.
    private static func nameSpan(from head: Range<Int>, words: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var end = head.upperBound
        for _ in 1..<words {
            guard let word = OCRTableBytes.spaceSeparatedWord(from: end, in: bytes) else { break }
            end = word.upperBound
        }
        return end - head.lowerBound
    }

    /// `trimmingOCRPunctuation` of the ASCII word at `word`: without the bytes at either end that are no
    /// ASCII letters or digits.
    private static func asciiCore(_ word: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var lower = word.lowerBound
        var upper = word.upperBound
        while lower < upper, !TextFolding.isASCIIAlphanumeric(bytes[lower]) { lower += 1 }
        while upper > lower, !TextFolding.isASCIIAlphanumeric(bytes[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    /// `keyIsJoiner` of the core of an ASCII word (`asciiCore`): its key is "dan" exactly when it is
    /// those three letters in any case, as a core that holds any other byte has another key; no key
    /// of ASCII bytes is "&" or "/".
    private static func isASCIIJoiner(_ core: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        core.count == 3 && bytes[core.lowerBound] | 0x20 == 0x64 && bytes[core.lowerBound + 1] | 0x20 == 0x61
            && bytes[core.lowerBound + 2] | 0x20 == 0x6E
    }

    /// `OCRTableBytes.startsWithUppercase` of the core of an ASCII word: its first byte is a capital.
    private static func startsWithASCIICapital(_ core: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        !core.isEmpty && bytes[core.lowerBound] >= 0x41 && bytes[core.lowerBound] <= 0x5A
    }

    /// `isNameWord` of the core of an ASCII word: letters and hyphens, at least one letter.
    private static func isASCIINameWord(_ core: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var hasLetter = false
        for offset in core {
            let byte = bytes[offset]
            if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A {
                hasLetter = true
            } else if byte != 0x2D {
                return false
            }
        }
        return hasLetter
    }

    /// `endsName` of an ASCII word: it ends with a cell border or punctuation.
    private static func asciiEndsName(_ word: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let last = bytes[word.upperBound - 1]
        return last == 0x2C || last == 0x2E || last == 0x3B || last == 0x3A || last == 0x7C || last == 0x29
    }

    /// Where a word of a name being collected (`collectNames`) ends in the joined name, in UTF-8 bytes,
    /// and whether it is a joiner (`keyIsJoiner`).
    struct NameWordEnd {
        let end: Int
        let isJoiner: Bool
    }

    /// The key of a beginning of a name (`writeASCIIKey`): its length in bytes and its number of words
    /// (none for an empty key, else one more than its spaces).
    struct PrefixKey {
        let length: Int
        let wordCount: Int
    }

    /// Writes `TextFolding.writeKeyBytes(text, to: output)` of the ASCII text `text` to `output`, and
    /// notes in `prefixKeys`, for each of `ends` (ascending offsets in `text`, the last at most its
    /// length), the key of `text[..<end]`, in one pass over the bytes. The key of an ASCII text is its
    /// runs of letters and digits in lower case joined by single spaces, written from left to right,
    /// so the key of a beginning of the text is the key written when the pass reaches its end.
    static func writeASCIIKey(
        _ text: UnsafeBufferPointer<UInt8>, ends: UnsafeBufferPointer<NameWordEnd>,
        to output: UnsafeMutableBufferPointer<UInt8>, prefixKeys: UnsafeMutableBufferPointer<PrefixKey>
    ) {
        var length = 0
        var spaces = 0
        var pendingSpace = false
        var index = 0
        for (position, end) in ends.enumerated() {
            while index < end.end {
                let byte = text[index]
                index += 1
                guard TextFolding.isASCIIAlphanumeric(byte) else {
                    pendingSpace = true
                    continue
                }
                if pendingSpace, length > 0 {
                    output[length] = 0x20
                    length += 1
                    spaces += 1
                }
                pendingSpace = false
                output[length] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                length += 1
            }
            prefixKeys[position] = PrefixKey(length: length, wordCount: length == 0 ? 0 : spaces + 1)
        }
    }

    /// The number of words of a key made by `TextFolding.key`
    /// (`FoldedKey.spaceSeparated(key[...]).count`): in a plain ASCII key, which has no space at either
    /// end and never two in a row, one more than its spaces.
    static func wordCount(ofKey key: String) -> Int {
        guard !key.isEmpty else { return 0 }
        guard OCRTableBytes.isPlainASCII(key) else { return FoldedKey.spaceSeparated(key[...]).count }
        var spaces = 0
        for byte in key.utf8 where byte == 0x20 { spaces += 1 }
        return spaces + 1
    }

    /// Whether a word can continue a name: letters and hyphens, at least one letter
    /// (`word.contains(where: \.isLetter) && word.allSatisfy { $0.isLetter || $0 == "-" }`).
    static func isNameWord(_ word: Substring) -> Bool {
        guard OCRTableBytes.isPlainASCII(word) else {
            return word.contains(where: \.isLetter) && word.allSatisfy { $0.isLetter || $0 == "-" }
        }
        var hasLetter = false
        for byte in word.utf8 {
            if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A {
                hasLetter = true
            } else if byte != 0x2D {
                return false
            }
        }
        return hasLetter
    }

    /// Whether a raw word ends the name it stands in: a cell border or punctuation after it
    /// (`raw == "|" || raw.last.map { ",.;:|)".contains($0) } == true`).
    /// A last ASCII byte is a character of its own unless the byte before it is not ASCII (it may then
    /// be part of a cluster); that byte is read one step back from the last, without cutting the view.
    static func endsName(_ raw: Substring) -> Bool {
        let utf8 = raw.utf8
        guard !utf8.isEmpty else { return false }
        let lastIndex = utf8.index(before: utf8.endIndex)
        let last = utf8[lastIndex]
        guard last < 0x80 else { return false }
        if lastIndex > utf8.startIndex, utf8[utf8.index(before: lastIndex)] >= 0x80 {
            return raw == "|" || raw.last.map { ",.;:|)".contains($0) } == true
        }
        return last == 0x2C || last == 0x2E || last == 0x3B || last == 0x3A || last == 0x7C || last == 0x29
    }

    /// The roles of a header whose aligned columns are `columns` (as joined names) and whose words are
    /// `words`, with the columns confirmed by `candidates` (names found in the SOP, then known role
    /// names) rebuilt from them and debris of the scan ("Ld", "y") dropped from the others, unless that
    /// would leave a bare title that names no role ("Kepala Pa" stays as read). Candidates are tried longest first; one is taken when it joins words of
    /// several columns or reads all the words left in its one column, so a column that a shorter name
    /// only begins ("Kasubbag Perencanaan" in "Kasubbag Perencanaan Program …") is kept as read.
    ///
    /// The arrays of the work are those of `scratch`, each emptied before use: a `ReconcileScratch`
    /// that a header read before left, so that a header allocates only its results and what grows past
    /// the room of the headers before it.
    static func reconcile(
        columns: [String], words: [OCRHeaderWord], mentions: [String], scratch: inout ReconcileScratch
    ) -> [String] {
        reconcile(
            columnCount: columns.count, columnName: { columns[$0] }, words: words,
            mentions: MentionList(names: mentions), scratch: &scratch)
    }

    /// `reconcile(columns:words:mentions:scratch:)` of `columnCount` columns whose joined names
    /// `columnName` gives by column, and of mentions whose words are numbered already
    /// (`mentionList(in:)`): a name is asked for only when the role read is the column as aligned (no
    /// word of it taken by a name, none dropped as debris), so a header's other columns are never
    /// joined.
    static func reconcile(
        columnCount: Int, columnName: (Int) -> String, words: [OCRHeaderWord], mentions: MentionList,
        scratch: inout ReconcileScratch
    ) -> [String] {
        scratch.owner.removeAll(keepingCapacity: true)
        scratch.owner.append(contentsOf: repeatElement(nil, count: words.count))
        scratch.accepted.removeAll(keepingCapacity: true)
        scratch.acceptedWords.removeAll(keepingCapacity: true)
        let candidateWords = mentions.words
        let mentionCandidates = mentions.candidates
        // Loading the matcher reads each header word once, for its key and its letters: whether a word
        // is debris and how a taken name is spelled are read from the letters it counted.
        scratch.matcher.load(words: words, numbers: candidateWords, cache: &scratch.knownWordMatches)
        var budget = searchBudget
        sameWordsClasses(of: mentionCandidates, into: &scratch.sameWords)
        let sameWords = scratch.sameWords
        scratch.tried.removeAll(keepingCapacity: true)
        // The known role names' tables, read once here rather than through their lazy globals in the loop.
        let knownNumbers = CandidateWords.knownNameNumbers
        scratch.tried.append(contentsOf: repeatElement(false, count: mentionCandidates.count + knownNumbers.count))
        scratch.wordCounts.removeAll(keepingCapacity: true)
        for candidate in mentionCandidates { scratch.wordCounts.append(candidate.numbers.count) }
        // A known role name with a word that no header word can be is never placed (`bestPlacement`), and
        // leaving it out of the order changes nothing: the only candidates of its class tried after it
        // would be known role names of the same words, which miss the same word.
        longestFirst(
            scratch.wordCounts, maximum: maximumCandidates, knownWordsPresent: scratch.matcher.knownWordsPresent,
            into: &scratch.ordered)
        let ordered = scratch.ordered
        let knownIsEligible = knownRoleIsEligible
        // Every name takes free header words only; once none is left, no later name can be placed.
        var freeWords = words.count
        for index in ordered {
            guard freeWords > 0 else { break }
            let known = index - mentionCandidates.count
            let isEligible = known >= 0
                ? knownIsEligible[known] : Self.isEligible(mentionCandidates[index].numbers, words: candidateWords)
            guard isEligible, !scratch.tried[sameWords[index]] else { continue }
            scratch.tried[sameWords[index]] = true
            let isPlaced = bestPlacement(
                of: known >= 0 ? knownNumbers[known] : mentionCandidates[index].numbers, spelledBy: candidateWords,
                in: words, matcher: &scratch.matcher, owner: scratch.owner, budget: &budget,
                scratch: &scratch.placement)
            guard isPlaced else { continue }
            // The header words the name takes: `bestPlacement`'s best, read in place.
            let claimed = scratch.placement.best
            if let column = soleColumn(of: claimed, in: words) {
                let hasRest = words.indices.contains { index in
                    words[index].column == column && scratch.owner[index] == nil && !claimed.contains(index)
                        && !isDebris(scratch.matcher.letterCounts[index])
                }
                guard !hasRest else { continue }
            }
            for word in claimed { scratch.owner[word] = scratch.accepted.count }
            freeWords -= claimed.count
            let start = scratch.acceptedWords.count
            scratch.acceptedWords.append(contentsOf: claimed)
            scratch.accepted.append(AcceptedName(
                name: known >= 0 ? RoleVocabulary.knownRoles[known] : mentions.name(of: mentionCandidates[index]),
                words: start..<scratch.acceptedWords.count))
        }
        typealias Item = (key: ReadingPlace, name: String)
        // A role per name taken, then at most one per column.
        var items: [Item] = []
        items.reserveCapacity(scratch.accepted.count + columnCount)
        for accepted in scratch.accepted {
            let claimed = scratch.acceptedWords[accepted.words]
            let first = claimed.min { readsBefore(words[$0], words[$1]) } ?? claimed[claimed.startIndex]
            let column = medianColumn(of: claimed, in: words)
            var letters = 0
            var upper = 0
            for index in claimed {
                letters += scratch.matcher.letterCounts[index].letters
                upper += scratch.matcher.letterCounts[index].uppercase
            }
            let spelled = upper * 2 > letters ? accepted.name.uppercased() : accepted.name
            items.append((ReadingPlace(column: column, word: words[first]), spelled))
        }
        // The header words in reading order, sorted once: each column's members are its words in this
        // order. The words a column has left are gathered in one buffer, emptied for each column.
        scratch.readingOrder.removeAll(keepingCapacity: true)
        scratch.readingOrder.append(contentsOf: words.indices)
        scratch.readingOrder.sort { readsBefore(words[$0], words[$1]) }
        for column in 0..<columnCount {
            scratch.left.removeAll(keepingCapacity: true)
            var memberCount = 0
            for index in scratch.readingOrder where words[index].column == column {
                memberCount += 1
                if scratch.owner[index] == nil, !isDebris(scratch.matcher.letterCounts[index]) { scratch.left.append(index) }
            }
            if scratch.left.count == 1, OCRRoleHeader.needsComplement(words[scratch.left[0]].text) {
                scratch.left.removeAll(keepingCapacity: true)
                for index in scratch.readingOrder where words[index].column == column && scratch.owner[index] == nil {
                    scratch.left.append(index)
                }
            }
            guard let first = scratch.left.first else { continue }
            let left = scratch.left
            let read = left.count == memberCount ? columnName(column) : OCRRoleHeader.joined(count: left.count) { words[left[$0]].text }
            items.append((ReadingPlace(column: column, word: words[first]), read))
        }
        items.sort { $0.key < $1.key }
        return items.map { $0.name }
    }

    /// The column of a name taken by the header words `claimed` (at least one): the median of their
    /// columns, the lower of the two middle ones for an even count
    /// (`claimed.map { words[$0].column }.sorted()[(claimed.count - 1) / 2]`), sorted on the stack.
    static func medianColumn(of claimed: ArraySlice<Int>, in words: [OCRHeaderWord]) -> Int {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: claimed.count) { buffer in
            var columns = buffer
            for (offset, index) in claimed.enumerated() { columns[offset] = words[index].column }
            columns.sort()
            return columns[(claimed.count - 1) / 2]
        }
    }

    /// A name `reconcile` took: the name and where the header words it took are in
    /// `ReconcileScratch.acceptedWords`.
    struct AcceptedName {
        /// The role name taken.
        let name: String
        /// Where the header words it took are in `ReconcileScratch.acceptedWords`.
        let words: Range<Int>
    }

    /// The arrays `reconcile` works in, kept from header to header (one per thread reading headers at
    /// the same time, from a pool): each is emptied before a header uses it, keeping its room, so a
    /// header allocates none of them once the headers before it made room enough. It holds the known
    /// role names' word matches noted so far (`KnownWordMatchCache`) too, and the arrays that the
    /// alignment of the header's lines works in before (`OCRRoleHeader.HeaderScratch`).
    struct ReconcileScratch {
        /// The arrays of the alignment of the header's lines (`OCRRoleHeader.roles(rowLines:mentions:)`).
        var header = OCRRoleHeader.HeaderScratch()
        /// The known role names' words each header word seen so far can be.
        var knownWordMatches = KnownWordMatchCache()
        /// The header words of the header being read, matched against the candidates' words.
        var matcher = HeaderWordMatcher()
        /// The arrays of `bestPlacement`'s search.
        var placement = PlacementScratch()
        /// For each header word, the index in `accepted` of the name that took it, nil while free.
        var owner: [Int?] = []
        /// For each class of candidates with the same words (`sameWordsClasses`), whether it was tried.
        var tried: [Bool] = []
        /// The class of each candidate (`sameWordsClasses`).
        var sameWords: [Int] = []
        /// The number of words of each mention.
        var wordCounts: [Int] = []
        /// The candidates in the order they are tried (`longestFirst`).
        var ordered: [Int] = []
        /// The names taken, in the order they were taken.
        var accepted: [AcceptedName] = []
        /// The header words of the names taken, name after name.
        var acceptedWords: [Int] = []
        /// The indices of the header words in reading order.
        var readingOrder: [Int] = []
        /// The words a column has left, for one column at a time.
        var left: [Int] = []

        /// The scratches headers read so far left for the headers after them: at most one per thread
        /// reading files at the same time, on any machine this runs on.
        private static let kept = ReusePool<ReconcileScratch>(capacity: 16)

        /// A scratch that a header read before left, else a new one.
        static func take() -> ReconcileScratch {
            kept.take { ReconcileScratch() }
        }

        /// Keeps `scratch`, which the caller gives up, for a header read after it.
        static func keep(_ scratch: consuming ReconcileScratch) {
            kept.giveBack(consume scratch)
        }
    }

    /// Where a role of `reconcile` is read: its column, then the line and the position of its first
    /// word. Roles are put in this order, as `[column, line, position]` compared element by element.
    struct ReadingPlace: Comparable {
        let column: Int
        let line: Int
        let position: Int

        /// The place of a role in column `column` whose first word is `word`.
        init(column: Int, word: OCRHeaderWord) {
            self.column = column
            line = word.line
            position = word.position
        }

        static func < (lhs: ReadingPlace, rhs: ReadingPlace) -> Bool {
            (lhs.column, lhs.line, lhs.position) < (rhs.column, rhs.line, rhs.position)
        }
    }

    /// The one column that the header words `claimed` stand in, or nil when they span several (or are
    /// none): `Set(claimed.map { words[$0].column })` when it has one element.
    static func soleColumn(of claimed: [Int], in words: [OCRHeaderWord]) -> Int? {
        guard let first = claimed.first else { return nil }
        let column = words[first].column
        return claimed.allSatisfy { words[$0].column == column } ? column : nil
    }

    /// The first `maximum` indices of the candidates of `reconcile` (the mentions, whose names have
    /// `mentionWordCounts` words, then the known role names) ordered by their number of words, most
    /// first, then by index: the mentions sorted, merged with the known role names' order worked out
    /// once (at equal counts a mention, having the lower index, comes first).
    ///
    /// Mentions come longest first (`mentions`), so their counts are nearly always in order already:
    /// then the mention at each place of their order is the one of that index, and no order is sorted
    /// or kept.
    ///
    /// The order is written into `ordered`, emptied first, so that a header reuses the room of the
    /// headers before it. A known role name that needs a word outside `knownWordsPresent`
    /// (`knownRoleRequiredWords`) keeps its place among the first `maximum` but is left out.
    static func longestFirst(
        _ mentionWordCounts: [Int], maximum: Int, knownWordsPresent: UInt64, into ordered: inout [Int]
    ) {
        if zip(mentionWordCounts, mentionWordCounts.dropFirst()).allSatisfy({ $0 >= $1 }) {
            merged(mentionWordCounts, maximum: maximum, knownWordsPresent: knownWordsPresent, into: &ordered) { $0 }
            return
        }
        let mentionOrder = mentionWordCounts.indices.sorted { lhs, rhs in
            mentionWordCounts[lhs] != mentionWordCounts[rhs] ? mentionWordCounts[lhs] > mentionWordCounts[rhs] : lhs < rhs
        }
        merged(mentionWordCounts, maximum: maximum, knownWordsPresent: knownWordsPresent, into: &ordered) {
            mentionOrder[$0]
        }
    }

    /// The first `maximum` candidates of `longestFirst`: the mentions in their order (`mentionAt(place)`
    /// is the index of the mention at that place), merged with the known role names' order, each
    /// appended to `ordered`, emptied first, but the known role names that need a word outside
    /// `knownWordsPresent`.
    @inline(__always)
    private static func merged(
        _ mentionWordCounts: [Int], maximum: Int, knownWordsPresent: UInt64, into ordered: inout [Int],
        mentionAt: (Int) -> Int
    ) {
        let knownOrder = knownRoleOrder
        let knownWordCounts = knownRoleOrderWordCounts
        let requiredWords = knownRoleRequiredWords
        let mentionCount = mentionWordCounts.count
        let count = min(maximum, mentionCount + knownOrder.count)
        ordered.removeAll(keepingCapacity: true)
        ordered.reserveCapacity(count)
        var mention = 0
        var known = 0
        for _ in 0..<count {
            let takesMention = known == knownOrder.count || mention < mentionCount
                && mentionWordCounts[mentionAt(mention)] >= knownWordCounts[known]
            if takesMention {
                ordered.append(mentionAt(mention))
                mention += 1
            } else {
                if requiredWords[knownOrder[known]] & ~knownWordsPresent == 0 { ordered.append(mentionCount + knownOrder[known]) }
                known += 1
            }
        }
    }

    /// The indices of the known role names (`CandidateWords.knownNameNumbers`) by their number of words,
    /// most first, then by index.
    private static let knownRoleOrder: [Int] = CandidateWords.knownNameNumbers.indices.sorted { lhs, rhs in
        let lhsCount = CandidateWords.knownNameNumbers[lhs].count
        let rhsCount = CandidateWords.knownNameNumbers[rhs].count
        return lhsCount != rhsCount ? lhsCount > rhsCount : lhs < rhs
    }

    /// The number of words of each known role name in `knownRoleOrder`, in that order.
    private static let knownRoleOrderWordCounts: [Int] = knownRoleOrder.map { CandidateWords.knownNameNumbers[$0].count }

    /// A name of a table's body tried against a header: where its UTF-8 bytes are in its
    /// `MentionList`'s `nameBytes`, and the numbers of its folded words (`nameWords`, numbered by
    /// `CandidateWords`, which gives each number's word back).
    struct Candidate {
        let name: Range<Int>
        let numbers: WordNumbers
    }

    /// The numbers of a name's words (`CandidateWords`), in order. A name of at most
    /// `maximumPackedWords` words numbered below 511 (every known role name, nearly every mention) is
    /// held packed in one integer (`packed`), so that numbering it allocates nothing; any other name
    /// keeps its numbers in an array.
    struct WordNumbers: RandomAccessCollection {
        /// The numbers packed, nine bits a word, the first word highest (`packed`); 0 once the numbers
        /// are in `spilled`.
        private var packedBits: UInt64 = 0
        /// The numbers of a name that does not pack, else empty.
        private var spilled: [Int] = []
        /// How many numbers there are.
        private(set) var count = 0

        /// No number.
        init() {}

        /// The numbers `numbers`, in order.
        init(_ numbers: some Sequence<Int>) {
            for number in numbers { append(number) }
        }

        /// The position of the first number: 0.
        var startIndex: Int { 0 }
        /// The position past the last number: `count`.
        var endIndex: Int { count }

        /// The number at `position` (below `count`). Inlined: the search reads a part's number at every
        /// step, and a call would retain and release `spilled` around a shift and a mask.
        @inline(__always)
        subscript(position: Int) -> Int {
            guard spilled.isEmpty else { return spilled[position] }
            precondition(position >= 0 && position < count, "word number position out of range")
            return Int(truncatingIfNeeded: packedBits >> UInt64(9 * (count - 1 - position)) & 511) - 1
        }

        /// The numbers packed into one integer, nine bits a word (the number plus one, so that no word
        /// packs to zero and names of different lengths differ), or nil when the name has more than
        /// `maximumPackedWords` words or a word numbered past 510. Two names that pack have the same
        /// packed number exactly when their words' numbers are equal.
        var packed: UInt64? {
            spilled.isEmpty ? packedBits : nil
        }

        /// The first `length` numbers (at most `count`): the packed numbers without the last ones.
        func first(_ length: Int) -> WordNumbers {
            guard spilled.isEmpty else { return WordNumbers(spilled.prefix(length)) }
            var numbers = WordNumbers()
            numbers.packedBits = packedBits >> UInt64(9 * (count - length))
            numbers.count = length
            return numbers
        }

        /// Appends `number`: packed while the numbers pack, else into `spilled`, the numbers packed so
        /// far moved there first.
        mutating func append(_ number: Int) {
            if spilled.isEmpty, count < OCRRoleEvidence.maximumPackedWords, number >= 0, number < 511 {
                packedBits = packedBits << 9 | UInt64(number + 1)
            } else {
                if spilled.isEmpty {
                    // Read while still packed: once `spilled` holds a number, the subscript reads it there.
                    var numbers = Array(self)
                    numbers.reserveCapacity(count + 1)
                    spilled = numbers
                    packedBits = 0
                }
                spilled.append(number)
            }
            count += 1
        }
    }

    /// Whether a candidate of `reconcile` whose folded words are numbered `numbers` in `words` is tried
    /// at all: a name of several words, or a role head that names a role alone (`standaloneHeads`, all
    /// of them `roleHeads`).
    ///
    /// A one-word name of a known role name's word is answered from `knownWordStandsAlone`.
    static func isEligible(_ numbers: WordNumbers, words: CandidateWords) -> Bool {
        guard let first = numbers.first else { return false }
        guard numbers.count == 1 else { return true }
        let knownAnswers = knownWordStandsAlone
        if first < knownAnswers.count { return knownAnswers[first] }
        return standsAlone(words.word(first))
    }

    /// For each known role name's word (`CandidateWords.knownWords`, by number), whether it is a role
    /// head that names a role alone (`standsAlone`).
    private static let knownWordStandsAlone: [Bool] = CandidateWords.knownWords.map(standsAlone)

    /// Whether the folded word `word` is a role head that names a role alone: in `roleHeads` and in
    /// `standaloneHeads`.
    private static func standsAlone(_ word: String) -> Bool {
        let onBytes = word.utf8.withContiguousStorageIfAvailable { roleHeads.contains($0) && standaloneHeads.contains($0) }
        return onBytes ?? (roleHeads.contains(word.utf8) && standaloneHeads.contains(word.utf8))
    }

    /// `isEligible` of each known role name, worked out once.
    private static let knownRoleIsEligible: [Bool] =
        CandidateWords.knownNameNumbers.map { isEligible($0, words: CandidateWords()) }

    /// For each known role name, the words (one bit per word number, `KnownWordMatches`) that some
    /// header word must be for `bestPlacement` to place it: its first word and every word that is no
    /// joiner. A name that needs a word which `HeaderWordMatcher.knownWordsPresent` lacks has no
    /// free match for it, whichever header words are taken, and is never placed.
    private static let knownRoleRequiredWords: [UInt64] = CandidateWords.knownNameNumbers.map { numbers in
        var required: UInt64 = 0
        for (position, number) in numbers.enumerated()
        where position == 0 || !isJoiner(CandidateWords.knownWords[number]) {
            required |= 1 << UInt64(number)
        }
        return required
    }

    /// The index in `RoleVocabulary.knownRoles` (and `CandidateWords.knownNameNumbers`) of each known
    /// role name (the first, for a name listed twice).
    static let knownRoleIndex: [String: Int] = Dictionary(
        RoleVocabulary.knownRoles.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })

    /// `knownRoleIndex[name]`, without hashing a name whose first byte and length in bytes no known
    /// role name has (`knownRoleShapes`).
    static func indexOfKnownRole(_ name: String) -> Int? {
        let utf8 = name.utf8
        if let first = utf8.first, knownRoleShapes[Int(first)] & lengthBit(utf8.count) == 0 { return nil }
        return knownRoleIndex[name]
    }

    /// For each first byte of a known role name, one bit per length in bytes of the known role names
    /// that start with it (`lengthBit`).
    private static let knownRoleShapes: [UInt64] = {
        var shapes = [UInt64](repeating: 0, count: 256)
        for role in RoleVocabulary.knownRoles {
            guard let first = role.utf8.first else { continue }
            shapes[Int(first)] |= lengthBit(role.utf8.count)
        }
        return shapes
    }()

    /// The bit of a length in bytes in `knownRoleShapes`: bit `length`, the top bit for 63 bytes or more.
    /// Asked of every capitalised word of a table's body (`mayBeRoleHead`): inlined.
    @inline(__always)
    private static func lengthBit(_ length: Int) -> UInt64 {
        1 << UInt64(min(length, 63))
    }

    /// For each known role name, the index of the first known role name with the same words.
    private static let knownRoleClasses: [Int] = CandidateWords.knownNameNumbers.indices.map { index in
        knownRoleByPackedWords[CandidateWords.knownNameNumbers[index].packed!]!
    }

    /// The known role names by the numbers of their words packed (`WordNumbers.packed`): the first with
    /// those words. Every known role name packs: it has at most seven words, numbered below 511.
    private static let knownRoleByPackedWords: [UInt64: Int] = {
        var first: [UInt64: Int] = [:]
        for (index, numbers) in CandidateWords.knownNameNumbers.enumerated() {
            guard let packed = numbers.packed else {
                preconditionFailure("a known role name has more than seven words or words numbered past 510")
            }
            if first[packed] == nil { first[packed] = index }
        }
        return first
    }()

    /// The most words whose numbers `WordNumbers.packed` packs.
    static let maximumPackedWords = 7

    /// For the candidates of `reconcile` (`mentions`, then the known role names), a number per
    /// candidate that two candidates share exactly when their words are equal: compared by the words'
    /// numbers, which are equal exactly when the words are, packed into one integer
    /// (`WordNumbers.packed`). A mention whose numbers do not pack has more words than any known role
    /// name or a word that none has; it is compared with the other such mentions by its numbers.
    ///
    /// The packed words of the mentions that are no known role name are kept with the first mention
    /// that has them, searched one by one on the stack: a header's mentions are a few dozen at most,
    /// and past `linearSearchLimit` of them a dictionary answers, so that many mentions cost a lookup
    /// each, not a search.
    ///
    /// The classes are written into `classes`, emptied first, so that a header reuses the room of the
    /// headers before it.
    static func sameWordsClasses(of mentions: [Candidate], into classes: inout [Int]) {
        classes.removeAll(keepingCapacity: true)
        classes.reserveCapacity(mentions.count + CandidateWords.knownNameNumbers.count)
        var firstMentionIndex: [UInt64: Int] = [:]
        var firstUnpackedMention: [[Int]: Int] = [:]
        // A mention with a word that no known role name has (numbered from here on) is none of them.
        let knownWordCount = CandidateWords.knownWords.count
        withUnsafeTemporaryAllocation(of: PackedMention.self, capacity: max(1, mentions.count)) { firstMentions in
            var firstCount = 0
            for (index, mention) in mentions.enumerated() {
                guard let packed = mention.numbers.packed else {
                    let numbers = Array(mention.numbers)
                    if let earlier = firstUnpackedMention[numbers] {
                        classes.append(earlier)
                    } else {
                        firstUnpackedMention[numbers] = index
                        classes.append(index)
                    }
                    continue
                }
                if mention.numbers.allSatisfy({ $0 < knownWordCount }), let known = knownRoleByPackedWords[packed] {
                    classes.append(mentions.count + known)
                    continue
                }
                var earlier: Int?
                if firstCount <= linearSearchLimit {
                    for offset in 0..<firstCount where firstMentions[offset].packed == packed {
                        earlier = firstMentions[offset].index
                        break
                    }
                } else {
                    earlier = firstMentionIndex[packed]
                }
                if let earlier {
                    classes.append(earlier)
                    continue
                }
                firstMentions[firstCount] = PackedMention(packed: packed, index: index)
                firstCount += 1
                if firstCount > linearSearchLimit {
                    if firstMentionIndex.isEmpty {
                        for offset in 0..<firstCount { firstMentionIndex[firstMentions[offset].packed] = firstMentions[offset].index }
                    } else {
                        firstMentionIndex[packed] = index
                    }
                }
                classes.append(index)
            }
        }
        for known in knownRoleClasses { classes.append(mentions.count + known) }
    }

    /// The packed words (`WordNumbers.packed`) of a mention that `sameWordsClasses` met first with them,
    /// and its index.
    private struct PackedMention {
        let packed: UInt64
        let index: Int
    }

    /// The most packed mentions `sameWordsClasses` searches one by one before it indexes them.
    private static let linearSearchLimit = 64

    /// The folded words of a name.
    static func nameWords(_ name: String) -> [String] {
        guard OCRTableBytes.isPlainASCII(name) else { return nameWordsByCharacters(name) }
        return name.utf8.withContiguousStorageIfAvailable(plainASCIINameWords) ?? nameWordsByCharacters(name)
    }

    /// `nameWords` of the bytes of a plain ASCII name, in one pass (`forEachPlainASCIINameWord`).
    private static func plainASCIINameWords(_ bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        var words: [String] = []
        forEachPlainASCIINameWord(bytes) { words.append(String(decoding: $0, as: UTF8.self)) }
        return words
    }

    /// Calls `body` with the bytes of each folded word of a plain ASCII name, in order: the name split
    /// at " " and "/", each part's key without its spaces, which for ASCII is the part's letters and
    /// digits in lower case (every other byte separates); empty parts are skipped. The bytes handed to
    /// `body` are valid only during the call.
    @inline(__always)
    static func forEachPlainASCIINameWord(
        _ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, bytes.count)) { buffer in
            var length = 0
            for index in 0...bytes.count {
                let byte: UInt8 = index < bytes.count ? bytes[index] : 0x20
                if byte == 0x20 || byte == 0x2F {
                    if length > 0 { body(UnsafeBufferPointer(rebasing: buffer[..<length])) }
                    length = 0
                } else if TextFolding.isASCIIAlphanumeric(byte) {
                    buffer[length] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                    length += 1
                }
            }
        }
    }

    /// `nameWords`, split character by character: the definition the byte-level split follows for plain
    /// ASCII names (where every byte is a character).
    static func nameWordsByCharacters(_ name: String) -> [String] {
        name.split(whereSeparator: { $0 == " " || $0 == "/" })
            .map { OCRTableBytes.keyWithoutSpaces($0) }
            .filter { !$0.isEmpty }
    }

    /// Whether `word` is read before `other`: an earlier line, or earlier on the same line
    /// (`[word.line, word.position].lexicographicallyPrecedes([other.line, other.position])`).
    private static func readsBefore(_ word: OCRHeaderWord, _ other: OCRHeaderWord) -> Bool {
        (word.line, word.position) < (other.line, other.position)
    }

    /// Whether a word left over in a column, whose letters are counted in `counts`
    /// (`OCRTableBytes.letterCounts`), is debris of the scan: one letter, or two that are not an acronym
    /// ("PP" stays, "Ld" goes).
    static func isDebris(_ counts: (letters: Int, uppercase: Int)) -> Bool {
        counts.letters <= 1 || counts.letters == 2 && counts.uppercase < 2
    }

    /// How a name was found, but for the header words it took: how far apart their columns are, and
    /// how many rests of cut words ("aan") it took.
    fileprivate struct PlacementScore {
        var spread: Int
        var rests: Int

        /// Whether this placement is better: less spread, then more rests taken.
        func isBetter(than other: PlacementScore) -> Bool {
            spread != other.spread ? spread < other.spread : rests > other.rests
        }
    }

    /// How many header words the search for the names of one header may consider in all, so that a
    /// hostile header cannot make it explode; real headers need a few hundred.
    static let searchBudget = 50_000

    /// Whether header words spell the words numbered `numbers` (a candidate's: a mention or a known role
    /// name) in reading order, with those of the least column spread (then the most rests of cut words
    /// taken) left in `scratch.best`: false when some word of the name (a joiner aside) is not in the
    /// header or the search ran out of `budget`. `matcher` holds the header words folded, without
    /// spaces; `candidateWords` the words of the candidate's numbers. The free matches of
    /// every part are kept in one array, part after part. The search works in `scratch`, its arrays
    /// emptied and filled for each candidate.
    private static func bestPlacement(
        of numbers: WordNumbers, spelledBy candidateWords: CandidateWords, in words: [OCRHeaderWord],
        matcher: inout HeaderWordMatcher, owner: [Int?], budget: inout Int, scratch: inout PlacementScratch
    ) -> Bool {
        // Most names tried miss a word of the header: that is found before any array is built.
        for (position, number) in numbers.enumerated() {
            let isFree = matcher.hasFreeMatch(ofNumber: number, spelledBy: candidateWords, owner: owner)
            if !isFree, position == 0 || !isJoiner(number: number, in: candidateWords) { return false }
        }
        // Room for every match of every part, free or not: the runs are kept by the matcher.
        var matchCount = 0
        for number in numbers { matchCount += matcher.matches(ofNumber: number, spelledBy: candidateWords).count }
        scratch.free.removeAll(keepingCapacity: true)
        scratch.free.reserveCapacity(matchCount)
        scratch.partStarts.removeAll(keepingCapacity: true)
        scratch.partStarts.reserveCapacity(numbers.count + 1)
        for number in numbers {
            scratch.partStarts.append(scratch.free.count)
            for position in matcher.matches(ofNumber: number, spelledBy: candidateWords) {
                let match = matcher[position]
                if owner[match.index] == nil { scratch.free.append(match) }
            }
        }
        scratch.partStarts.append(scratch.free.count)
        scratch.best.removeAll(keepingCapacity: true)
        scratch.bestScore = nil
        // `taken` is empty: every search removes the words it takes as it comes back.
        scratch.taken.reserveCapacity(2 * numbers.count)
        scratch.budget = budget
        scratch.search(
            part: 0, previous: nil, spread: 0, rests: 0,
            of: PlacementInput(numbers: numbers, words: words, owner: owner, candidateWords: candidateWords),
            matcher: matcher)
        budget = scratch.budget
        return budget > 0 && scratch.bestScore != nil
    }

    /// What the search of `bestPlacement` reads but never changes: the numbers of the name's words
    /// (`CandidateWords`), the header words, the name that owns each header word (nil while free), and
    /// the words of the numbers. It is made once per candidate and handed down the calls of the search
    /// (as `matcher` is), so that a call neither retains nor releases any of them.
    fileprivate struct PlacementInput {
        let numbers: WordNumbers
        let words: [OCRHeaderWord]
        let owner: [Int?]
        let candidateWords: CandidateWords
    }

    /// The state of `bestPlacement`'s depth-first search over the free matches of a name's parts, kept
    /// across the candidates of a header and from header to header (`ReconcileScratch`) so that each
    /// candidate reuses the room the ones before it made. The search is the methods of this value,
    /// which call each other, not nested functions capturing variables, so that its state is read and
    /// written without run-time exclusivity checks; and as it stays in the scratch, a candidate
    /// neither makes nor destroys one.
    struct PlacementScratch {
        /// The free matches of every part of the name, part after part.
        fileprivate(set) var free: [HeaderWordMatch] = []
        /// Where each part's matches start in `free`, with the end of the last after them.
        fileprivate(set) var partStarts: [Int] = []
        /// The header words taken so far on the path being searched, in order: a word is appended when
        /// the search takes it and removed when it comes back, so it is empty between searches.
        fileprivate(set) var taken: [Int] = []
        /// The header words of the best placement found for the last candidate searched.
        fileprivate(set) var best: [Int] = []
        /// The score of the best placement found so far, nil while none is.
        fileprivate var bestScore: PlacementScore?
        /// How many header words the search may still consider.
        fileprivate var budget = 0

        /// Places the parts from `part` on, after the header word `previous` (nil before the first),
        /// with the spread and rests of the words taken so far, for the name and header of `input`;
        /// `matcher` holds the header words' keys.
        fileprivate mutating func search(
            part: Int, previous: Int?, spread: Int, rests: Int, of input: PlacementInput, matcher: HeaderWordMatcher
        ) {
            guard budget > 0 else { return }
            guard part < input.numbers.count else {
                let placement = PlacementScore(spread: spread, rests: rests)
                guard bestScore.map(placement.isBetter) ?? true else { return }
                bestScore = placement
                best.removeAll(keepingCapacity: true)
                best.append(contentsOf: taken)
                return
            }
            for position in partStarts[part]..<partStarts[part + 1] {
                let match = free[position]
                let index = match.index
                guard !taken.contains(index) else { continue }
                budget -= 1
                guard budget > 0 else { return }
                guard let previous else {
                    continuePlacement(match, part: part, spread: spread, rests: rests, of: input, matcher: matcher)
                    continue
                }
                guard follows(index, previous, words: input.words, owner: input.owner, taken: taken) else { continue }
                let step = abs(input.words[index].column - input.words[previous].column)
                continuePlacement(match, part: part, spread: spread + step, rests: rests, of: input, matcher: matcher)
            }
            if part > 0, isJoiner(number: input.numbers[part], in: input.candidateWords) {
                search(part: part + 1, previous: previous, spread: spread, rests: rests, of: input, matcher: matcher)
            }
        }

        /// Takes the header word of `match` for part `part` and searches on; then, when the word is only
        /// the start of the part's word, takes each free word below that is its rest and searches on
        /// (`input` and `matcher` as `search` takes them).
        fileprivate mutating func continuePlacement(
            _ match: HeaderWordMatch, part: Int, spread: Int, rests: Int, of input: PlacementInput,
            matcher: HeaderWordMatcher
        ) {
            let index = match.index
            taken.append(index)
            defer { taken.removeLast() }
            search(part: part + 1, previous: index, spread: spread, rests: rests, of: input, matcher: matcher)
            let wanted = input.candidateWords.word(input.numbers[part])
            guard match.restStart < wanted.utf8.count else { return }
            let words = input.words
            for tail in words.indices where input.owner[tail] == nil
                && words[tail].line > words[index].line && words[tail].line <= words[index].line + 2
                && abs(words[tail].column - words[index].column) <= 2 && !taken.contains(tail)
                && matcher.key(tail, equalsRestOf: wanted, from: match.restStart)
            {
                taken.append(tail)
                search(part: part + 1, previous: index, spread: spread, rests: rests + 1, of: input, matcher: matcher)
                taken.removeLast()
            }
        }
    }

    /// Whether header word `index` can follow `previous` within one name: the next free word on the same
    /// line, or a word up to three lines below in the same or a neighbouring column.
    private static func follows(_ index: Int, _ previous: Int, words: [OCRHeaderWord], owner: [Int?], taken: [Int])
        -> Bool
    {
        let word = words[index]
        let before = words[previous]
        if word.line == before.line {
            guard word.position > before.position else { return false }
            return !words.indices.contains { other in
                words[other].line == word.line && words[other].position > before.position
                    && words[other].position < word.position && owner[other] == nil && !taken.contains(other)
            }
        }
        return word.line > before.line && word.line <= before.line + 3 && abs(word.column - before.column) <= 2
    }

    /// The words of the candidate names of one header, numbered so that two words have the same number
    /// exactly when they are equal strings: the words of the known role names have fixed numbers, the
    /// other words of the mentions the next ones, in the order they are first met.
    struct CandidateWords {
        /// The known role names' words, each at its number: numbered in the order they are first met in
        /// the names (`nameWords` of each name in turn).
        static let knownWords: [String] = knownNaming.table.words

        /// The numbers of each known role name's words, in the order of `RoleVocabulary.knownRoles`.
        static let knownNameNumbers: [WordNumbers] = knownNaming.names

        /// `knownWords` numbered, looked up by their bytes packed, without hashing a String.
        private static let knownTable: PackedWordNumbering = knownNaming.table

        /// `knownWords` numbered (`knownTable`) and `knownNameNumbers`, worked out together in one pass
        /// over the names' bytes: every known role name is plain ASCII, so its words are those
        /// `forEachPlainASCIINameWord` hands over.
        private static let knownNaming: (table: PackedWordNumbering, names: [WordNumbers]) = {
            var table = PackedWordNumbering()
            let names = RoleVocabulary.knownRoles.map { role in
                var role = role
                return role.withUTF8 { bytes in
                    guard OCRTableBytes.isPlainASCII(bytes: bytes) else {
                        preconditionFailure("a known role name is not plain ASCII")
                    }
                    var numbers = WordNumbers()
                    forEachPlainASCIINameWord(bytes) { numbers.append(table.number(adding: $0)) }
                    return numbers
                }
            }
            return (table, names)
        }()

        /// The numbers of the words met that are not known role names' words and are not ASCII or
        /// longer than `PackedASCIIWord.capacity` bytes: Strings, compared as Strings compare.
        private var newNumbers: [String: Int] = [:]
        /// The words met that are not known role names' words, of ASCII bytes that fit a
        /// `PackedASCIIWord` (nearly all), packed, with their numbers: a header brings a few dozen,
        /// compared one after the other as integers, without making a String of a word met before or
        /// hashing one. Two ASCII words are equal Strings exactly when their bytes are equal.
        private var newPacked: [(word: PackedASCIIWord, number: Int)] = []
        /// `newPacked` as a dictionary, made once it holds more than `linearSearchLimit` words (only a
        /// header whose mentions bring unusually many new words gets one), and kept with it from then on.
        private var newPackedIndex: [PackedASCIIWord: Int] = [:]
        /// The most new packed words searched one by one: past them, `newPackedIndex` answers, so that
        /// a table body of thousands of distinct words costs a lookup per word, not a search.
        private static let linearSearchLimit = 64
        /// The words met that are not known role names' words, in the order of their numbers.
        private var newWords: [String] = []

        /// The new words that room is made for at the first one: more than most headers' mentions
        /// bring, so that the arrays are seldom grown.
        private static let expectedNewWords = 48

        /// How many numbers are given: every number is below it.
        var count: Int { Self.knownWords.count + newWords.count }

        /// The word numbered `number` (a number given: below `count`).
        func word(_ number: Int) -> String {
            let knownCount = Self.knownWords.count
            return number < knownCount ? Self.knownWords[number] : newWords[number - knownCount]
        }

        /// The number of `word`, numbering it when it is new.
        mutating func number(of word: String) -> Int {
            var word = word
            return word.withUTF8 { number(ofBytes: $0, in: Self.knownTable) }
        }

        /// The number of the word whose bytes are `bytes`, numbering it when it is new; `knownTable` is
        /// `Self.knownTable`, read once by a caller that numbers many words. A word of at most
        /// `PackedASCIIWord.capacity` bytes is packed once, looked up among the known words (all of
        /// them that short) and, when it is ASCII, among the new ones; it becomes a String only when new.
        private mutating func number(
            ofBytes bytes: UnsafeBufferPointer<UInt8>, in knownTable: PackedWordNumbering
        ) -> Int {
            guard bytes.count <= PackedASCIIWord.capacity else {
                return number(ofUnpackedNew: String(decoding: bytes, as: UTF8.self))
            }
            let packed = PackedASCIIWord(bytes, from: 0, length: bytes.count)
            if let known = knownTable.number(of: packed) { return known }
            guard OCRTableBytes.isASCII(bytes: bytes) else {
                return number(ofUnpackedNew: String(decoding: bytes, as: UTF8.self))
            }
            if newPacked.count <= Self.linearSearchLimit {
                for entry in newPacked where entry.word == packed { return entry.number }
            } else if let number = newPackedIndex[packed] {
                return number
            }
            let number = count
            reserveForNewWords()
            newPacked.append((packed, number))
            newWords.append(String(decoding: bytes, as: UTF8.self))
            if newPacked.count > Self.linearSearchLimit {
                if newPackedIndex.isEmpty {
                    for entry in newPacked { newPackedIndex[entry.word] = entry.number }
                } else {
                    newPackedIndex[packed] = number
                }
            }
            return number
        }

        /// The number of `word`, no known role name's word and not ASCII or longer than
        /// `PackedASCIIWord.capacity` bytes, numbering it when it is new.
        private mutating func number(ofUnpackedNew word: String) -> Int {
            if let number = newNumbers[word] { return number }
            let number = count
            reserveForNewWords()
            newNumbers[word] = number
            newWords.append(word)
            return number
        }

        /// Forgets every new word, keeping the room of the buffers for the names of another table.
        mutating func removeAll() {
            newNumbers.removeAll(keepingCapacity: true)
            newPacked.removeAll(keepingCapacity: true)
            newPackedIndex.removeAll(keepingCapacity: true)
            newWords.removeAll(keepingCapacity: true)
        }

        /// Makes room for `expectedNewWords` new words at the first one.
        private mutating func reserveForNewWords() {
            guard newWords.isEmpty else { return }
            newWords.reserveCapacity(Self.expectedNewWords)
            newPacked.reserveCapacity(Self.expectedNewWords)
        }

        /// The numbers of the folded words of `name`, numbering the new ones:
        /// `nameWords(name).map { number(of: $0) }`. A plain ASCII name is read on its bytes in one pass
        /// (as `nameWords` reads it), each word looked up on the stack by its bytes, and only a word that
        /// no known role name has becomes a String.
        mutating func numbers(ofName name: String) -> WordNumbers {
            guard OCRTableBytes.isPlainASCII(name) else { return WordNumbers(nameWords(name).map { number(of: $0) }) }
            let onBytes = name.utf8.withContiguousStorageIfAvailable { bytes in plainASCIINumbers(bytes) }
            return onBytes ?? WordNumbers(nameWords(name).map { number(of: $0) })
        }

        /// `numbers(ofName:)` of a name read on bytes by `collectASCIINames`, given by its key
        /// (`writeASCIIKey`, `key`) and the key of each of its beginnings of one word more
        /// (`wordEnds`, the last the whole key): each word of such a name is letters and hyphens, so
        /// its folded word is its runs in the key, between the ends of the beginnings before and with
        /// it, without the spaces that stand for its hyphens.
        mutating func numbers(ofNameKey key: UnsafeBufferPointer<UInt8>, wordEnds: UnsafeBufferPointer<PrefixKey>)
            -> WordNumbers
        {
            var numbers = WordNumbers()
            let knownTable = Self.knownTable
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, key.count)) { buffer in
                var start = 0
                for wordEnd in wordEnds {
                    var length = 0
                    for offset in start..<wordEnd.length where key[offset] != 0x20 {
                        buffer[length] = key[offset]
                        length += 1
                    }
                    numbers.append(number(ofBytes: UnsafeBufferPointer(rebasing: buffer[..<length]), in: knownTable))
                    start = wordEnd.length
                }
            }
            return numbers
        }

        /// `numbers(ofName:)` of the bytes of a plain ASCII name (`forEachPlainASCIINameWord`).
        private mutating func plainASCIINumbers(_ bytes: UnsafeBufferPointer<UInt8>) -> WordNumbers {
            var numbers = WordNumbers()
            let knownTable = Self.knownTable
            forEachPlainASCIINameWord(bytes) { word in numbers.append(number(ofBytes: word, in: knownTable)) }
            return numbers
        }
    }

    /// A header word that can be a word of a name (`wordMatch`): the header word's index, and where
    /// in the name's word, in UTF-8 bytes, the rest left to find below starts (the word's length when
    /// nothing is left).
    struct HeaderWordMatch: Equatable {
        let index: Int
        let restStart: Int
    }

    /// The header words of one header (folded, without spaces) and, for each word of a name asked for,
    /// the header words that can be it (`wordMatch`), worked out once per header and word number. The
    /// matches of all the words asked for are kept in one array, a run of it per word number.
    struct HeaderWordMatcher {
        /// The bytes of every header word's key without spaces (`OCRTableBytes.keyWithoutSpaces`), one
        /// after another.
        private(set) var keyBytes: [UInt8] = []
        /// Where each header word starts in `keyBytes`, with the end of the last after them.
        private(set) var keyStarts: [Int] = []
        /// `byteKinds` of each header word.
        private(set) var keyKinds: [UInt64] = []
        /// `OCRTableBytes.letterCounts` of each header word's text.
        private(set) var letterCounts: [(letters: Int, uppercase: Int)] = []
        /// The matches found for the word numbers asked for (`CandidateWords`), run after run.
        private var found: [HeaderWordMatch] = []
        /// For each word number, where its run starts in `found`, -1 until asked.
        private var runStarts: [Int] = []
        /// For each word number asked for, where its run ends in `found`.
        private var runEnds: [Int] = []
        /// The known role names' words that each header word can be.
        private(set) var knownMatches: [KnownWordMatches] = []
        /// The known role names' words that some header word can be, one bit per word number.
        private(set) var knownWordsPresent: UInt64 = 0
        /// How many words the known role names have: the word numbers below it are theirs.
        private let knownWordCount = KnownWordMatches.knownWordCount

        /// A matcher of no header word, whose arrays `load` fills.
        init() {}

        /// Makes this the matcher of the header words `words`, for the word numbers of `numbers`, with
        /// the known role names' words each header word can be taken from `cache` (and noted there), in
        /// the arrays of the header matched before: a matcher kept from header to header allocates only
        /// when a header needs more room. Headers of ASCII words (nearly all) are read in one pass
        /// (`loadASCIIKeys`); a header with any other word is read word by word (`appendKeyWithoutSpaces`).
        mutating func load(words: [OCRHeaderWord], numbers: CandidateWords, cache: inout KnownWordMatchCache) {
            var textBytes = 0
            for word in words { textBytes += word.text.utf8.count }
            if !loadASCIIKeys(of: words, textBytes: textBytes, cache: &cache) {
                removeKeys(reservingFor: words.count)
                keyBytes.removeAll(keepingCapacity: true)
                keyBytes.reserveCapacity(textBytes)
                for word in words {
                    let start = keyBytes.count
                    let facts = Self.appendKeyWithoutSpaces(of: word.text, to: &keyBytes)
                    let known = keyBytes.withUnsafeBufferPointer { bytes in
                        cache.matches(ofKeyIn: bytes, from: start, length: bytes.count - start, kinds: facts.keyKinds)
                    }
                    appendKey(end: keyBytes.count, facts: facts, known: known)
                }
            }
            runStarts.removeAll(keepingCapacity: true)
            runStarts.append(contentsOf: repeatElement(-1, count: numbers.count))
            runEnds.removeAll(keepingCapacity: true)
            runEnds.append(contentsOf: repeatElement(0, count: numbers.count))
            found.removeAll(keepingCapacity: true)
            // Room for two matches per header word, as many as the candidates of most headers find.
            found.reserveCapacity(2 * words.count)
        }

        /// Empties the arrays of the header words' keys but `keyBytes`, keeping their room, with room
        /// for `count` words, and forgets the known words present.
        private mutating func removeKeys(reservingFor count: Int) {
            keyStarts.removeAll(keepingCapacity: true)
            keyStarts.reserveCapacity(count + 1)
            keyStarts.append(0)
            keyKinds.removeAll(keepingCapacity: true)
            keyKinds.reserveCapacity(count)
            letterCounts.removeAll(keepingCapacity: true)
            letterCounts.reserveCapacity(count)
            knownMatches.removeAll(keepingCapacity: true)
            knownMatches.reserveCapacity(count)
            knownWordsPresent = 0
        }

        /// Notes the next header word, whose key ends at `end` in `keyBytes`, what its reading told
        /// (`facts`) and the known role names' words it can be (`known`).
        @inline(__always)
        private mutating func appendKey(end: Int, facts: HeaderWordFacts, known: KnownWordMatches) {
            keyStarts.append(end)
            keyKinds.append(facts.keyKinds)
            letterCounts.append(facts.letterCounts)
            knownMatches.append(known)
            knownWordsPresent |= known.whole | known.cut
        }

        /// Reads the keys without spaces of `words`, whose texts hold `textBytes` UTF-8 bytes in all, when
        /// every word is ASCII: as `appendKeyWithoutSpaces` reads each (its letters and digits in lower
        /// case, its letters counted), but written in place into `keyBytes`, made `textBytes` long once
        /// (an ASCII word's key is at most its bytes), and each key looked up in `cache` where it was
        /// written, in the same pass: no key is written on the stack first, and `keyBytes` is not
        /// appended to word by word. False at the first byte above 0x7F; the arrays then hold the words
        /// read before it.
        private mutating func loadASCIIKeys(of words: [OCRHeaderWord], textBytes: Int, cache: inout KnownWordMatchCache)
            -> Bool
        {
            removeKeys(reservingFor: words.count)
            // Written through a local array: the words' facts go to the other arrays of `self` meanwhile.
            var keys: [UInt8] = []
            swap(&keys, &keyBytes)
            defer { swap(&keys, &keyBytes) }
            keys.removeAll(keepingCapacity: true)
            keys.append(contentsOf: repeatElement(0, count: textBytes))
            var written = 0
            let isASCII = keys.withUnsafeMutableBufferPointer { output -> Bool in
                for word in words {
                    let start = written
                    let facts = word.text.utf8.withContiguousStorageIfAvailable { source -> HeaderWordFacts? in
                        // The texts' bytes add up to `output.count` and a key is at most its text's bytes,
                        // so the key fits from `start`: every index written below is under `output.count`.
                        precondition(start + source.count <= output.count, "header word keys overrun their buffer")
                        var letters = 0
                        var uppercase = 0
                        var kinds: UInt64 = 0
                        for byte in source {
                            guard byte < 0x80 else { return nil }
                            guard TextFolding.isASCIIAlphanumeric(byte) else { continue }
                            var folded = byte
                            if byte >= 0x41 && byte <= 0x5A {
                                folded = byte | 0x20
                                letters += 1
                                uppercase += 1
                            } else if byte >= 0x61 {
                                letters += 1
                            }
                            output[written] = folded
                            written += 1
                            kinds |= 1 << UInt64(folded & 63)
                        }
                        return HeaderWordFacts(letterCounts: (letters, uppercase), keyKinds: kinds)
                    }
                    guard let facts = facts ?? nil else { return false }
                    let known = cache.matches(
                        ofKeyIn: UnsafeBufferPointer(output), from: start, length: written - start, kinds: facts.keyKinds)
                    appendKey(end: written, facts: facts, known: known)
                }
                return true
            }
            keys.removeLast(textBytes - written)
            return isASCII
        }

        /// Appends the bytes of `OCRTableBytes.keyWithoutSpaces(text)` to `bytes`, and returns what the
        /// same reading tells of the word (`HeaderWordFacts`). The key of an ASCII text is its letters and
        /// digits in lower case, every other byte a separator, so its key without spaces is those bytes,
        /// written without building the key; and its letters are its bytes A-Z and a-z (every character of
        /// an ASCII text is one byte, or CR LF, which is no letter), so they are counted in the same pass.
        static func appendKeyWithoutSpaces(of text: String, to bytes: inout [UInt8]) -> HeaderWordFacts {
            let start = bytes.count
            let onBytes = text.utf8.withContiguousStorageIfAvailable { source -> HeaderWordFacts? in
                guard OCRTableBytes.isASCII(bytes: source) else { return nil }
                // The key is written on the stack and appended at once, not byte by byte.
                return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, source.count)) { key in
                    var letters = 0
                    var uppercase = 0
                    var kinds: UInt64 = 0
                    var length = 0
                    for byte in source where TextFolding.isASCIIAlphanumeric(byte) {
                        var folded = byte
                        if byte >= 0x41 && byte <= 0x5A {
                            folded = byte | 0x20
                            letters += 1
                            uppercase += 1
                        } else if byte >= 0x61 {
                            letters += 1
                        }
                        key[length] = folded
                        length += 1
                        kinds |= 1 << UInt64(folded & 63)
                    }
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: key[..<length]))
                    return HeaderWordFacts(letterCounts: (letters, uppercase), keyKinds: kinds)
                }
            }
            if let facts = onBytes ?? nil { return facts }
            bytes.append(contentsOf: OCRTableBytes.keyWithoutSpaces(text).utf8)
            return HeaderWordFacts(
                letterCounts: OCRTableBytes.letterCounts(text), keyKinds: OCRRoleEvidence.byteKinds(bytes[start...]))
        }

        /// What one reading of a header word gives besides its key without spaces.
        struct HeaderWordFacts {
            /// `OCRTableBytes.letterCounts` of the word.
            let letterCounts: (letters: Int, uppercase: Int)
            /// `byteKinds` of its key without spaces.
            let keyKinds: UInt64
        }

        /// The match at `position` of a run that `matches(of:number:)` gave.
        subscript(position: Int) -> HeaderWordMatch { found[position] }

        /// Where the header words that can be `wanted` (whose number is `number`) are kept, in order,
        /// each with where the rest of `wanted` left to find below starts.
        mutating func matches(of wanted: String, number: Int) -> Range<Int> {
            if runStarts[number] >= 0 { return runStarts[number]..<runEnds[number] }
            let start = found.count
            if number < knownWordCount {
                appendKnownMatches(of: number, wantedCount: wanted.utf8.count)
            } else if wanted.utf8.withContiguousStorageIfAvailable({ appendMatches(of: $0) }) == nil {
                Array(wanted.utf8).withUnsafeBufferPointer { appendMatches(of: $0) }
            }
            runStarts[number] = start
            runEnds[number] = found.count
            return start..<found.count
        }

        /// `matches(of: candidateWords.word(number), number: number)`, without fetching the word once its
        /// matches are kept.
        mutating func matches(ofNumber number: Int, spelledBy candidateWords: CandidateWords) -> Range<Int> {
            if runStarts[number] >= 0 { return runStarts[number]..<runEnds[number] }
            return matches(of: candidateWords.word(number), number: number)
        }

        /// Whether a header word that no name owns yet (`owner`) can be the word numbered `number` in
        /// `candidateWords`.
        mutating func hasFreeMatch(ofNumber number: Int, spelledBy candidateWords: CandidateWords, owner: [Int?]) -> Bool {
            for position in matches(ofNumber: number, spelledBy: candidateWords) where owner[found[position].index] == nil {
                return true
            }
            return false
        }

        /// Appends the header words that can be the known role names' word numbered `number`, of
        /// `wantedCount` bytes, to `found`, in order, as `knownMatches` tell: the rest of the word
        /// starts at its end when the header word is the whole word, else at the header word's length.
        private mutating func appendKnownMatches(of number: Int, wantedCount: Int) {
            let bit: UInt64 = 1 << UInt64(number)
            guard knownWordsPresent & bit != 0 else { return }
            for index in knownMatches.indices where (knownMatches[index].whole | knownMatches[index].cut) & bit != 0 {
                let restStart = knownMatches[index].whole & bit != 0 ? wantedCount : keyStarts[index + 1] - keyStarts[index]
                found.append(HeaderWordMatch(index: index, restStart: restStart))
            }
        }

        /// Appends the header words that can be the word whose bytes are `wanted` to `found`, in order.
        private mutating func appendMatches(of wanted: UnsafeBufferPointer<UInt8>) {
            let wantedKinds = OCRRoleEvidence.byteKinds(wanted)
            keyBytes.withUnsafeBufferPointer { keyBytes in
                for index in keyKinds.indices
                where OCRRoleEvidence.lengthsMayMatch(read: keyStarts[index + 1] - keyStarts[index], wanted: wanted.count) {
                    let read = UnsafeBufferPointer(rebasing: keyBytes[keyStarts[index]..<keyStarts[index + 1]])
                    guard let restStart = OCRRoleEvidence.restStart(
                        read: read, kinds: keyKinds[index], wanted: wanted, kinds: wantedKinds)
                    else { continue }
                    found.append(HeaderWordMatch(index: index, restStart: restStart))
                }
            }
        }

        /// Whether the key of header word `index` is the rest of `wanted` from byte `start` on
        /// (`key == String(decoding: wanted.utf8.dropFirst(start), as: UTF8.self)`): compared on bytes
        /// when both are ASCII, where byte equality is string equality.
        func key(_ index: Int, equalsRestOf wanted: String, from start: Int) -> Bool {
            let answer = wanted.utf8.withContiguousStorageIfAvailable { wantedBytes -> Bool? in
                let rest = UnsafeBufferPointer(rebasing: wantedBytes[start...])
                let keyStart = keyStarts[index]
                let keyCount = keyStarts[index + 1] - keyStart
                var isASCII = true
                for byte in rest where byte >= 0x80 { isASCII = false }
                for offset in 0..<keyCount where keyBytes[keyStart + offset] >= 0x80 { isASCII = false }
                guard isASCII else { return nil }
                guard keyCount == rest.count else { return false }
                for offset in 0..<keyCount where keyBytes[keyStart + offset] != rest[offset] { return false }
                return true
            }
            if let answer = answer ?? nil { return answer }
            let key = String(decoding: keyBytes[keyStarts[index]..<keyStarts[index + 1]], as: UTF8.self)
            return key == String(decoding: wanted.utf8.dropFirst(start), as: UTF8.self)
        }
    }

    /// The known role names' words (`CandidateWords.knownWords`) that one header word can be
    /// (`restStart`), one bit per word number: in `whole` when nothing of the known word is left to find
    /// below (the rest starts at its end), in `cut` when the header word is only its start (the rest
    /// starts at the header word's length).
    struct KnownWordMatches: Equatable {
        var whole: UInt64
        var cut: UInt64

        /// How many words the known role names have (`CandidateWords.knownWords`), one bit each.
        static let knownWordCount: Int = {
            guard CandidateWords.knownWords.count <= UInt64.bitWidth else {
                preconditionFailure("the known role names have more words than KnownWordMatches has bits")
            }
            return CandidateWords.knownWords.count
        }()

        /// The bytes of the known role names' words, one after another, by word number.
        static let knownWordBytes: [UInt8] = CandidateWords.knownWords.flatMap(\.utf8)

        /// Where each known role name's word is in `knownWordBytes`, and its `byteKinds`, by word number:
        /// plain values, read without a reference counted per word.
        static let knownWordSpans: [(bytes: Range<Int>, kinds: UInt64)] = {
            var spans: [(bytes: Range<Int>, kinds: UInt64)] = []
            var start = 0
            for word in CandidateWords.knownWords {
                spans.append((start..<start + word.utf8.count, OCRRoleEvidence.byteKinds(word.utf8)))
                start += word.utf8.count
            }
            return spans
        }()

        /// The matches `whole` and `cut`.
        init(whole: UInt64, cut: UInt64) {
            self.whole = whole
            self.cut = cut
        }

        /// The known words that the header word whose folded key without spaces is `read` (of byte
        /// kinds `kinds`) can be.
        init(read: UnsafeBufferPointer<UInt8>, kinds: UInt64) {
            var whole: UInt64 = 0
            var cut: UInt64 = 0
            let spans = Self.knownWordSpans
            Self.knownWordBytes.withUnsafeBufferPointer { knownBytes in
                spans.withUnsafeBufferPointer { spans in
                    for number in spans.indices
                    where OCRRoleEvidence.lengthsMayMatch(read: read.count, wanted: spans[number].bytes.count) {
                        let wanted = UnsafeBufferPointer(rebasing: knownBytes[spans[number].bytes])
                        guard let restStart = OCRRoleEvidence.restStart(
                            read: read, kinds: kinds, wanted: wanted, kinds: spans[number].kinds)
                        else { continue }
                        if restStart == wanted.count {
                            whole |= 1 << UInt64(number)
                        } else {
                            cut |= 1 << UInt64(number)
                        }
                    }
                }
            }
            self.whole = whole
            self.cut = cut
        }
    }

    /// `KnownWordMatches` of header words by their folded key without spaces, kept from header to
    /// header: the headers of a batch repeat a few hundred words, each then matched against the known
    /// role names' words once per thread. A header uses the cache of the `ReconcileScratch` it takes.
    /// A key of 1 to 16 bytes is noted packed into two integers, in a table of fixed slots probed one
    /// after the other; longer keys (rare in headers) are matched each time.
    struct KnownWordMatchCache {
        /// A noted key, packed (of length 0 for an empty slot), and its matches.
        private struct Slot {
            var key = PackedASCIIWord()
            var matches = KnownWordMatches(whole: 0, cut: 0)
        }

        /// The longest key noted, in bytes: two integers' worth.
        static let longestKey = 16

        /// The slots: a power of two of them, room for a batch's header vocabulary.
        private var slots = [Slot](repeating: Slot(), count: 2_048)
        /// Keys that may still be noted: three quarters of the slots, so that probing stays short.
        private var room = 1_536

        /// `KnownWordMatches(read:kinds:)` of the key that is the `length` bytes of `bytes` from `start`
        /// (of byte kinds `kinds`): noted, else worked out and noted when the key has 1 to `longestKey`
        /// bytes and there is room. The key is packed from the whole buffer, so that a key in a buffer of
        /// sixteen bytes or more (the keys of a header, one after another) is read in two loads, not copied.
        mutating func matches(ofKeyIn bytes: UnsafeBufferPointer<UInt8>, from start: Int, length: Int, kinds: UInt64)
            -> KnownWordMatches
        {
            precondition(start >= 0 && length >= 0 && start + length <= bytes.count, "key outside its buffer")
            guard length > 0, length <= Self.longestKey else {
                return KnownWordMatches(read: UnsafeBufferPointer(rebasing: bytes[start..<start + length]), kinds: kinds)
            }
            let key = PackedASCIIWord(bytes, from: start, length: length)
            let mask = slots.count - 1
            var slot = key.firstSlot(mask: mask)
            while slots[slot].key.length != 0 {
                if slots[slot].key == key { return slots[slot].matches }
                slot = (slot + 1) & mask
            }
            let matches = KnownWordMatches(read: UnsafeBufferPointer(rebasing: bytes[start..<start + length]), kinds: kinds)
            if room > 0 {
                room -= 1
                slots[slot] = Slot(key: key, matches: matches)
            }
            return matches
        }
    }

    /// Whether a header word read as `read` is the word `wanted` (both folded): equal, one or two letters
    /// misread (for words of five or nine letters or more), or its start cut by OCR ("kesejahter" for
    /// "kesejahteraan", at least four letters and half the word). Returns what of `wanted` is left to
    /// find below ("aan"), empty when nothing; nil when it is not the word.
    static func wordMatch(read: String, wanted: String) -> String? {
        wordMatch(read: Array(read.utf8), wanted: Array(wanted.utf8))
    }

    /// `wordMatch` of words given by their UTF-8 bytes.
    static func wordMatch(read readBytes: [UInt8], wanted wantedBytes: [UInt8]) -> String? {
        readBytes.withUnsafeBufferPointer { read in
            wantedBytes.withUnsafeBufferPointer { wanted in
                wordMatch(read: read, kinds: byteKinds(readBytes), wanted: wanted, kinds: byteKinds(wantedBytes))
            }
        }
    }

    /// Whether a header word of `read` bytes can be a word of `wanted` bytes by their lengths alone:
    /// false only when `wordMatch` is nil for every two words of those lengths. A word is never empty;
    /// it is the word when as long, one or two letters misread when at most two bytes longer or
    /// shorter, or its start when at least four bytes, half the word and no longer than it.
    @inline(__always)
    static func lengthsMayMatch(read: Int, wanted: Int) -> Bool {
        read > 0 && read <= wanted + 2 && (read + 2 >= wanted || read >= 4 && read * 2 >= wanted)
    }

    /// `wordMatch` of words given by their UTF-8 bytes and their `byteKinds`.
    private static func wordMatch(
        read readBytes: UnsafeBufferPointer<UInt8>, kinds readKinds: UInt64,
        wanted wantedBytes: UnsafeBufferPointer<UInt8>, kinds wantedKinds: UInt64
    ) -> String? {
        restStart(read: readBytes, kinds: readKinds, wanted: wantedBytes, kinds: wantedKinds).map { start in
            String(decoding: wantedBytes[start...], as: UTF8.self)
        }
    }

    /// `wordMatch` of words given by their UTF-8 bytes and their `byteKinds`, as where the rest of
    /// `wanted` left to find below starts in its bytes: `wanted.count` when nothing is left.
    private static func restStart(
        read readBytes: UnsafeBufferPointer<UInt8>, kinds readKinds: UInt64,
        wanted wantedBytes: UnsafeBufferPointer<UInt8>, kinds wantedKinds: UInt64
    ) -> Int? {
        guard !readBytes.isEmpty, readBytes.count <= wantedBytes.count + 2 else { return nil }
        if readBytes.count == wantedBytes.count, startsWith(wantedBytes, readBytes) { return wantedBytes.count }
        let allowance = min(readBytes.count, wantedBytes.count) >= 9 ? 2 : min(readBytes.count, wantedBytes.count) >= 5 ? 1 : 0
        if allowance > 0, (readKinds & ~wantedKinds).nonzeroBitCount <= allowance,
            editDistance(readBytes, wantedBytes, limit: allowance) <= allowance
        {
            return wantedBytes.count
        }
        if readBytes.count >= 4, readBytes.count * 2 >= wantedBytes.count, startsWith(wantedBytes, readBytes) {
            return readBytes.count
        }
        return nil
    }

    /// `bytes.starts(with: prefix)`, compared byte by byte in one loop.
    @inline(__always)
    private static func startsWith(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: UnsafeBufferPointer<UInt8>) -> Bool {
        guard prefix.count <= bytes.count else { return false }
        var index = 0
        while index < prefix.count {
            guard bytes[index] == prefix[index] else { return false }
            index += 1
        }
        return true
    }

    /// The kinds of byte (by their low six bits) that `bytes` hold, one bit per kind.
    static func byteKinds(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var kinds: UInt64 = 0
        for byte in bytes { kinds |= 1 << UInt64(byte & 63) }
        return kinds
    }

    /// The Levenshtein distance of two byte strings, or `limit + 1` once it exceeds `limit`.
    static func editDistance(_ lhs: [UInt8], _ rhs: [UInt8], limit: Int) -> Int {
        lhs.withUnsafeBufferPointer { lhs in
            rhs.withUnsafeBufferPointer { rhs in editDistance(lhs, rhs, limit: limit) }
        }
    }

    /// `editDistance` of byte strings given by pointers. Its two rows live in one buffer on the stack.
    /// Only the band of cells within `limit` of the diagonal is worked out, each capped at `limit + 1`:
    /// a cell further off needs more than `limit` edits, and the capped distances follow the same
    /// recurrence, so the band holds `min(distance, limit + 1)` of every cell in it.
    private static func editDistance(_ lhs: UnsafeBufferPointer<UInt8>, _ rhs: UnsafeBufferPointer<UInt8>, limit: Int)
        -> Int
    {
        guard abs(lhs.count - rhs.count) <= limit else { return limit + 1 }
        let width = rhs.count + 1
        let beyond = limit + 1
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * width) { rows in
            var previous = 0
            var current = width
            for j in 0..<width {
                rows[previous + j] = min(j, beyond)
                rows[current + j] = beyond
            }
            for i in 1...max(1, lhs.count) where !lhs.isEmpty {
                let low = max(1, i - limit)
                let high = min(rhs.count, i + limit)
                rows[current + low - 1] = low == 1 ? min(i, beyond) : beyond
                var rowMinimum = rows[current + low - 1]
                if low <= high {
                    for j in low...high {
                        let substitution = rows[previous + j - 1] + (lhs[i - 1] == rhs[j - 1] ? 0 : 1)
                        let cell = min(substitution, rows[previous + j] + 1, rows[current + j - 1] + 1, beyond)
                        rows[current + j] = cell
                        rowMinimum = min(rowMinimum, cell)
                    }
                }
                if high + 1 < width { rows[current + high + 1] = beyond }
                if rowMinimum > limit { return beyond }
                swap(&previous, &current)
            }
            return min(rows[previous + rhs.count], beyond)
        }
    }
}
