/// Reduces the names of SOP roles (pelaksana) to canonical tokens, so that the many ways Indonesian SOPs
/// write one role compare equal: case, punctuation, the usual abbreviations and filler words aside.
///
/// "Kasubag PPMEP", "Ka. Subbag PEPP" and "Kasubbag Perencanaan Program Monitoring Evaluasi dan Pelaporan"
/// all give `["kepala", "subbagian", "perencanaan", "program", "monitoring", "evaluasi", "pelaporan"]`;
/// "Staf /Jabatan Fungsional Umum" and "Staff" give `["staf"]`.
public enum RoleName {
    /// The canonical tokens of a role name or of a mention of one: words lower-cased and split at
    /// punctuation, spellings of `variants` replaced by their canonical tokens (the longest spelling first),
    /// filler words ("dan", "&", "Plt.") dropped and a word repeated at once kept once ("Bidang-Bidang").
    public static func canonical(_ name: String) -> [String] {
        RoleText(name).tokenTexts.map(String.init)
    }

    /// The variant table: every spelling of a title, unit or subject that SOPs use, with its canonical
    /// tokens. Spellings are written as `canonical` reads text: lower case, one space between words,
    /// without punctuation and without filler words, so "ka subbag" stands for "Ka. Subbag", "KA.SUBBAG"
    /// and "Ka Subbag". A spelling of several words is replaced only as a whole.
    public static let variants: [RoleVariant] = [
        // Heads of units: "Ka." and the fused abbreviations expand to "kepala" and the unit.
        RoleVariant(.title, ["kepala", "subbagian"], [
            "kasubbag", "kasubag", "kasubbagian", "ka subbag", "ka subag", "ka sub bag", "ka sub bagian",
            "ka subbagian", "kepala sub bagian", "kepala subbagian", "kepala subbag", "kepala sub bag",
        ]),
        RoleVariant(.title, ["kepala", "subbidang"], [
            "kasubid", "kasubbid", "ka subbid", "ka sub bidang", "ka subbidang", "kepala sub bidang",
            "kepala subbidang", "kepala subbid",
        ]),
        RoleVariant(.title, ["kepala", "bagian"], ["kabag", "ka bag", "ka bagian", "kepala bagian"]),
        RoleVariant(.title, ["kepala", "bidang"], ["kabid", "ka bid", "ka bidang", "kepala bidang"]),
        RoleVariant(.title, ["kepala", "seksi"], ["kasi", "kasie", "ka seksi", "ka sie", "kepala seksi", "kepala sie"]),
        RoleVariant(.title, ["kepala", "dinas"], ["kadis", "ka dinas", "kepala dinas"]),
        RoleVariant(.title, ["kepala", "badan"], ["kaban", "ka badan", "kepala badan"]),
        RoleVariant(.title, ["kepala", "kantor"], ["kakan", "ka kantor", "kepala kantor"]),
        RoleVariant(.title, ["kepala", "pelaksana"], ["kalaksa", "ka pelaksana", "kepala pelaksana"]),
        RoleVariant(.title, ["kepala", "upt"], ["kaupt", "kauptd", "ka upt", "ka uptd", "kepala upt", "kepala uptd"]),
        RoleVariant(.title, ["kepala", "satpolpp"], [
            "kasat pol pp", "kasatpol pp", "kasatpol", "kasatpolpp", "kepala satpol pp",
            "kepala satuan polisi pamong praja",
        ]),
        RoleVariant(.title, ["kepala", "sekolah"], ["kepsek", "kepala sekolah"]),
        RoleVariant(.title, ["kepala", "desa"], ["kades", "kepala desa"]),
        RoleVariant(.title, ["kepala", "keluarga"], ["kepala keluarga"]),
        // The head of the region: Bupati in a kabupaten, Walikota in a kota.
        RoleVariant(.title, ["kepala", "daerah"], ["bupati", "walikota", "wali kota", "kepala daerah"]),
        RoleVariant(.title, ["wakil", "kepala", "daerah"], [
            "wabup", "wawali", "wakil bupati", "wakil walikota", "wakil wali kota", "wakil kepala daerah",
        ]),
        RoleVariant(.title, ["gubernur"], ["gubernur"]),
        // Secretaries: of the unit itself, and of the region (Sekretaris Daerah, another office).
        RoleVariant(.title, ["sekretaris"], ["sekretaris", "sekertaris"]),
        RoleVariant(.title, ["sekretaris", "dinas"], ["sekdis", "sekretaris dinas"]),
        RoleVariant(.title, ["sekretaris", "badan"], ["sekban", "sekretaris badan"]),
        RoleVariant(.title, ["sekretaris", "kecamatan"], ["sekcam", "sekretaris camat", "sekretaris kecamatan"]),
        RoleVariant(.title, ["sekretaris", "kelurahan"], ["seklur", "sekretaris lurah", "sekretaris kelurahan"]),
        RoleVariant(.title, ["sekretaris", "desa"], ["sekdes", "sekretaris desa"]),
        RoleVariant(.title, ["sekretaris", "dprd"], ["sekwan", "sekretaris dewan", "sekretaris dprd"]),
        RoleVariant(.title, ["sekretaris", "daerah"], ["sekda", "sekretaris daerah"]),
        // Inspectorate.
        RoleVariant(.title, ["inspektur"], ["inspektur", "inspektor"]),
        RoleVariant(.title, ["inspektur", "pembantu"], ["irban", "irbhan", "inspektur pembantu", "inspektor pembantu"]),
        // Heads of territory.
        RoleVariant(.title, ["camat"], ["camat"]),
        RoleVariant(.title, ["lurah"], ["lurah", "kepala kelurahan"]),
        // Staff and functional positions.
        RoleVariant(.title, ["staf"], [
            "staf", "staff", "pelaksana", "staf pelaksana", "staff pelaksana", "jfu", "jabatan fungsional umum",
        ]),
        RoleVariant(.title, ["analis"], ["analis"]),
        RoleVariant(.title, ["perencana"], ["perencana", "analis perencana", "analisis perencana"]),
        RoleVariant(.title, ["pejabat", "pelaksana", "teknis", "kegiatan"], ["pptk", "pejabat pelaksana teknis kegiatan"]),
        // Those a service is for.
        RoleVariant(.title, ["pemohon"], ["pemohon", "masyarakat"]),
        // Officials of the police and the army at kecamatan and kabupaten level.
        RoleVariant(.title, ["kapolsek"], ["kapolsek"]),
        RoleVariant(.title, ["kapolres"], ["kapolres"]),
        RoleVariant(.title, ["danramil"], ["danramil"]),
        RoleVariant(.title, ["dandim"], ["dandim"]),
        // Units, which qualify a title.
        RoleVariant(.unit, ["subbagian"], ["subbagian", "subbag", "subag", "sub bagian", "sub bag"]),
        RoleVariant(.unit, ["subbidang"], ["subbidang", "subbid", "subid", "sub bidang"]),
        RoleVariant(.unit, ["seksi"], ["seksi", "sie"]),
        RoleVariant(.unit, ["upt"], ["upt", "uptd", "unit pelaksana teknis", "unit pelaksana teknis daerah"]),
        RoleVariant(.unit, ["satpolpp"], ["satpolpp", "satpol pp", "sat pol pp", "satuan polisi pamong praja"]),
        RoleVariant(.unit, ["dprd"], ["dprd", "dewan perwakilan rakyat daerah"]),
        RoleVariant(.unit, ["kantor", "regional"], ["kanreg"]),
        RoleVariant(.unit, ["tim", "pelaksana"], ["tim pelaksana"]),
        RoleVariant(.unit, ["bidang"], ["bidang"]),
        RoleVariant(.unit, ["bagian"], ["bagian"]),
        RoleVariant(.unit, ["dinas"], ["dinas"]),
        RoleVariant(.unit, ["badan"], ["badan"]),
        RoleVariant(.unit, ["kantor"], ["kantor"]),
        RoleVariant(.unit, ["kecamatan"], ["kecamatan"]),
        RoleVariant(.unit, ["kelurahan"], ["kelurahan"]),
        RoleVariant(.unit, ["inspektorat"], ["inspektorat"]),
        RoleVariant(.unit, ["sekretariat"], ["sekretariat"]),
        // Subjects: PPMEP and PEPP name the same planning unit.
        RoleVariant(.subject, ["perencanaan", "program", "monitoring", "evaluasi", "pelaporan"], [
            "ppmep", "pepp", "perencanaan program monitoring evaluasi pelaporan",
            "perencanaan evaluasi pelaporan program",
        ]),
        RoleVariant(.subject, ["operasi"], ["operasi", "ops"]),
        RoleVariant(.subject, ["pengendalian"], ["pengendalian", "dal"]),
    ]

    /// Words dropped from names: conjunctions inside unit names ("Umum dan Kepegawaian") and the marks of
    /// an acting official ("Plt.", "Plh.", "Pj.").
    static let fillerWords: Set<Substring> = ["dan", "&", "plt", "plh", "pj"]

    /// Words that, right after a title, make it another office: the Inspektur Pembantu is not the
    /// Inspektur, the Sekretaris Daerah not the Sekretaris of the unit, the Kepala Daerah not its Kepala.
    static let distinctOfficeWords: Set<Substring> = ["pembantu", "daerah"]

    /// Words of units inside an agency. A shortened mention may not stop before one: a bare "Kepala" is
    /// the head of the Dinas or Badan, not a Kepala Bidang or a Kasubbag.
    static let subUnitWords: Set<Substring> = ["bidang", "bagian", "subbagian", "subbidang", "seksi"]

    /// Prepositions, conjunctions and other small words that end a mention in running text.
    static let stopWords: Set<Substring> = [
        "untuk", "kepada", "ke", "dari", "di", "pada", "oleh", "melalui", "dengan", "bersama", "serta", "atau",
        "yang", "jika", "bila", "apabila", "agar", "sebagai", "dalam", "atas", "tentang", "terhadap", "setelah",
        "sebelum", "sesuai", "kemudian", "lalu", "selanjutnya", "guna", "bahwa", "akan", "telah", "sudah",
        "belum", "tidak", "selaku", "antara", "tanpa", "hingga", "sampai",
    ]

    /// Unit words that, capitalised, start a mention of a unit outside the header ("Bagian Organisasi
    /// Sekretariat Daerah", "Biro Hukum").
    static let unitStarterWords: Set<Substring> = ["bagian", "biro"]

    /// Common names of sub-units. After a shortened mention ("Kasubbag …") they name another unit than the
    /// header role, so "Kasubbag Keuangan" is not taken for the column "Kasubbag Perencanaan".
    static let subjectWords: Set<Substring> = [
        "umum", "kepegawaian", "keuangan", "perencanaan", "program", "evaluasi", "pelaporan", "aset", "hukum",
        "organisasi", "pelayanan", "pengaduan", "logistik", "kedaruratan", "mutasi", "promosi", "teknis",
        "sekolah", "keluarga", "perizinan", "pendapatan", "anggaran", "perbendaharaan", "akuntansi",
    ]
}

/// One row of the role variant table (`RoleName.variants`): the spellings that name one title, unit or
/// subject, and the canonical tokens they all stand for.
public struct RoleVariant: Sendable, Hashable {
    /// What a variant names.
    public enum Kind: Sendable, Hashable {
        /// A position held by someone ("Kepala Sub Bagian", "Camat", "Staf"). Its first token starts a
        /// mention in running text even when no header role fits it.
        case title
        /// A part of the organisation that qualifies a title ("Sub Bagian", "UPTD", "Dinas").
        case unit
        /// The field of work of a unit ("Perencanaan Program Monitoring Evaluasi dan Pelaporan").
        case subject
    }

    /// What the spellings name.
    public let kind: Kind
    /// The canonical tokens every spelling stands for.
    public let canonical: [String]
    /// The spellings, lower case, words separated by single spaces, without punctuation or filler words.
    public let spellings: [String]

    /// Creates a row of the variant table.
    public init(_ kind: Kind, _ canonical: [String], _ spellings: [String]) {
        self.kind = kind
        self.canonical = canonical
        self.spellings = spellings
    }
}

/// The variant table and the word lists of `RoleName` arranged so that reading a word takes one lookup.
///
/// Every word the table or the lists name has an entry (the words inside a spelling too), so two words
/// of the lexicon are equal exactly when their entries are, and a word without an entry equals no word
/// of the lexicon: the words are lower-case ASCII, which no other text is canonically equivalent to.
/// A class, so that handing the shared lexicon to each text read costs one reference.
final class RoleLexicon: Sendable {
    /// A spelling of `RoleName.variants`, filed under its first word.
    struct Phrase: Sendable {
        /// The entries of the words of the spelling after the first, as a range of `phraseWords`.
        let rest: Range<Int>
        /// The entries of the canonical tokens it stands for, as a range of `phraseTokens`.
        let tokens: Range<Int>
        /// Whether it names a title.
        let isTitle: Bool
    }

    /// What the lexicon knows of one word.
    struct Entry: Sendable {
        /// The spellings that start with the word, longest first, as a range of `phrases`.
        var phrases: Range<Int> = 0..<0
        /// Whether the word is dropped from names (`RoleName.fillerWords`).
        var isFiller = false
        /// Whether the word ends a mention (`RoleName.stopWords`).
        var isStop = false
        /// Whether the word, as a canonical token, starts a title ("kepala", "sekretaris", "camat").
        var isTitle = false
        /// Whether the word, capitalised, starts the name of a unit outside the header (`RoleName.unitStarterWords`).
        var isUnitStarter = false
        /// Whether the word belongs to role names: a canonical token of the table or a subject word.
        var isNameWord = false
        /// Whether the word makes a title another office (`RoleName.distinctOfficeWords`).
        var isDistinctOfficeWord = false
        /// Whether the word names a unit inside an agency (`RoleName.subUnitWords`).
        var isSubUnitWord = false
    }

    /// The entries, and the entry of each word.
    let entries: [Entry]
    let entryOfWord: [Substring: Int]
    /// The word of each entry.
    let words: [Substring]
    /// The UTF-8 bytes of the words, one after the other.
    let wordBytes: [UInt8]
    /// Where the bytes of the word of each entry stand in `wordBytes`.
    let wordByteRanges: [Range<Int>]
    /// The spellings, those of each entry together.
    let phrases: [Phrase]
    /// The entries of the words of the spellings after their first (`Phrase.rest`).
    let phraseWords: [Int]
    /// The entries of the canonical tokens of the spellings (`Phrase.tokens`).
    let phraseTokens: [Int]
    /// The most canonical tokens a spelling stands for, and at least 1: the most tokens one word of a
    /// text can give (a spelling spans one word or more).
    let mostTokensOfASpelling: Int
    /// For each entry, the entries of the words that start a spelling whose first canonical token is
    /// that entry's word ("kasubbag", "ka", "kadis", … for "kepala").
    let spellingStarters: [[Int]]
    /// The tags of each entry: those its word was given (`init(_:otherWords:wordTags:)`), and
    /// `longWordTag` for a word longer than 32 bytes, so that the tags of a text's words ORed together
    /// tell at once which kinds of words it has.
    let tagsOfEntry: [UInt32]
    /// The tag of a word longer than 32 bytes.
    static let longWordTag: UInt32 = 1 << 30
    /// A tag the lexicon gives no word, left to a reader's own table of tags (`RoleMatcher.mentionTagsOfEntry`).
    static let readerTag: UInt32 = 1 << 31
    /// `entryOfWord` looked up by bytes; nil when a word of the lexicon cannot be looked up so.
    fileprivate let entryOfBytes: RoleWordHashTable?

    static let shared = RoleLexicon(
        RoleName.variants, otherWords: PerformerInference.lexiconWords + ActivityClauses.lexiconWords,
        wordTags: PerformerInference.lexiconWordTags)

    /// A spelling while the lexicon is built, as the entries of its words.
    private struct SpellingWords {
        let rest: [Int]
        let tokens: [Int]
        let isTitle: Bool
    }

    /// The entries, words and spellings while the lexicon is built: a plain value whose `update` is a
    /// mutating method, so that building the lexicon at start-up reads no captured variables.
    private struct Builder {
        var entries: [Entry] = []
        var words: [Substring] = []
        var spellings: [[SpellingWords]] = []
        var entryOfWord: [Substring: Int] = [:]

        /// A builder with room for `capacity` words.
        init(capacity: Int) {
            entries.reserveCapacity(capacity)
            words.reserveCapacity(capacity)
            spellings.reserveCapacity(capacity)
            entryOfWord.reserveCapacity(capacity)
        }

        /// The entry of `word`, added when it has none, after `change` is applied to it.
        @discardableResult
        mutating func update(_ word: Substring, _ change: (inout Entry) -> Void = { _ in }) -> Int {
            let index = entryOfWord[word] ?? entries.count
            if index == entries.count {
                entries.append(Entry())
                words.append(word)
                spellings.append([])
                entryOfWord[word] = index
            }
            change(&entries[index])
            return index
        }
    }

    /// The lexicon of `variants` and the word lists of `RoleName`, with an entry too for each of
    /// `otherWords` (words that other readers of the same text ask about, so that the one lookup of a word
    /// answers them as well; such an entry says nothing of role names). Each word of `wordTags` gets its
    /// tags (several tags of one word are ORed together), which must leave `longWordTag` and `readerTag`
    /// clear; a word of `wordTags` without an entry gets one after those of `otherWords`.
    init(_ variants: [RoleVariant], otherWords: [Substring] = [], wordTags: [(word: Substring, tags: UInt32)] = []) {
        // The words of the lists and the variant table number about three hundred.
        var builder = Builder(capacity: 512)
        for variant in variants {
            let tokens = variant.canonical.map { builder.update(Substring($0)) { $0.isNameWord = true } }
            if variant.kind == .title, let first = tokens.first { builder.entries[first].isTitle = true }
            for spelling in variant.spellings {
                let spellingWords = Self.words(ofSpelling: spelling)
                guard let first = spellingWords.first else { continue }
                // The first word gets its entry before the words after it, as the table reads them.
                let firstEntry = builder.update(first)
                let rest = spellingWords.dropFirst().map { builder.update($0) }
                builder.spellings[firstEntry].append(SpellingWords(rest: rest, tokens: tokens, isTitle: variant.kind == .title))
            }
        }
        for word in RoleName.subjectWords { builder.update(word) { $0.isNameWord = true } }
        for word in RoleName.fillerWords { builder.update(word) { $0.isFiller = true } }
        for word in RoleName.stopWords { builder.update(word) { $0.isStop = true } }
        for word in RoleName.unitStarterWords { builder.update(word) { $0.isUnitStarter = true } }
        for word in RoleName.distinctOfficeWords { builder.update(word) { $0.isDistinctOfficeWord = true } }
        for word in RoleName.subUnitWords { builder.update(word) { $0.isSubUnitWord = true } }
        for word in otherWords { builder.update(word) }
        let taggedEntries = wordTags.map { (entry: builder.update($0.word), tags: $0.tags) }
        var entries = builder.entries
        let words = builder.words
        let spellings = builder.spellings
        let entryOfWord = builder.entryOfWord
        var phrases: [Phrase] = []
        var phraseWords: [Int] = []
        var phraseTokens: [Int] = []
        for index in entries.indices {
            let first = phrases.count
            // Most words start one spelling or none, which need no sorted copy.
            let ofWord = spellings[index]
            for spelling in ofWord.count < 2 ? ofWord : ofWord.sorted(by: { $0.rest.count > $1.rest.count }) {
                let restStart = phraseWords.count
                phraseWords += spelling.rest
                let tokenStart = phraseTokens.count
                phraseTokens += spelling.tokens
                phrases.append(Phrase(
                    rest: restStart..<phraseWords.count, tokens: tokenStart..<phraseTokens.count, isTitle: spelling.isTitle))
            }
            entries[index].phrases = first..<phrases.count
        }
        self.entries = entries
        self.entryOfWord = entryOfWord
        self.words = words
        var wordBytes: [UInt8] = []
        var wordByteRanges: [Range<Int>] = []
        wordByteRanges.reserveCapacity(words.count)
        for word in words {
            let start = wordBytes.count
            wordBytes.appendUTF8(of: word)
            wordByteRanges.append(start..<wordBytes.count)
        }
        self.wordBytes = wordBytes
        self.wordByteRanges = wordByteRanges
        self.phrases = phrases
        self.phraseWords = phraseWords
        self.phraseTokens = phraseTokens
        mostTokensOfASpelling = phrases.reduce(1) { max($0, $1.tokens.count) }
        var spellingStarters = Array(repeating: [Int](), count: entries.count)
        for index in entries.indices {
            for phrase in phrases[entries[index].phrases] {
                let first = phraseTokens[phrase.tokens.lowerBound]
                if spellingStarters[first].last != index { spellingStarters[first].append(index) }
            }
        }
        self.spellingStarters = spellingStarters
        var tagsOfEntry = words.map { $0.utf8.count > 32 ? Self.longWordTag : 0 }
        for (entry, tags) in taggedEntries {
            precondition(tags & (Self.longWordTag | Self.readerTag) == 0, "a word tag uses a tag the lexicon keeps")
            tagsOfEntry[entry] |= tags
        }
        self.tagsOfEntry = tagsOfEntry
        // The words in the order of their entries: `entryOfWord` as pairs, read off an array rather than a dictionary.
        self.entryOfBytes = RoleWordHashTable(words.enumerated().lazy.map { (word: $0.element, value: $0.offset) })
    }

    /// The words of a spelling of the variant table (ASCII words between single spaces), as
    /// `spelling.utf8.split(separator: 0x20).map { Substring($0) }` gives them: read on the spelling's
    /// UTF-8 view in one pass, without the generic split's array of views.
    static func words(ofSpelling spelling: String) -> [Substring] {
        let utf8 = spelling.utf8
        var words: [Substring] = []
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            if utf8[index] == 0x20 {
                if start != index { words.append(Substring(utf8[start..<index])) }
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        if start != utf8.endIndex { words.append(Substring(utf8[start...])) }
        return words
    }

    /// The index in `entries` of the word whose UTF-8 bytes are `word`, if the lexicon knows it.
    func entryIndex(of word: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let entryOfBytes else { return entryOfWord[Substring(decoding: word, as: UTF8.self)] }
        return entryOfBytes.value(for: word)
    }

    /// `entryIndex(of:)` of the word whose UTF-8 bytes are `text[range]`, whose first bytes are read at
    /// once where `text` holds enough bytes after its start.
    func entryIndex(in text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard let entryOfBytes else { return entryIndex(of: UnsafeBufferPointer(rebasing: text[range])) }
        return entryOfBytes.value(in: text, range)
    }
}

/// A name or an activity text read into canonical tokens, grouped in terms (a word, or the words of one
/// spelling of the variant table) that keep their place in the text as UTF-8 offsets.
struct RoleText {
    /// One term: a word, or the words of one spelling of the variant table.
    struct Term {
        /// Its canonical tokens, as a range of `RoleText.tokens`.
        var tokens: Range<Int>
        /// UTF-8 offset of its first byte in the text.
        var start: Int
        /// UTF-8 offset just past its last byte.
        var end: Int
        /// UTF-8 offset just past its first word.
        var firstWordEnd: Int
        /// Whether punctuation that ends a name (",", ";", "(", …) stands before it.
        var breakBefore: Bool
        /// Whether a filler word ("dan", "&") stands before it.
        var fillerBefore: Bool
        /// Whether it is a stop word ("untuk", "kepada", …).
        var isStop: Bool
        /// Whether its first letter is upper case.
        var isCapitalised: Bool
        /// Whether it is an unknown all-capitals word of two to eight letters ("SDMK", "KL", "TRC") in a
        /// text that also has lower-case letters (or that is this one word).
        var isAcronym: Bool
        /// Whether it starts a mention even when no header role fits: a title ("Bupati", "kepala"), or a
        /// capitalised "Bagian" or "Biro".
        var startsOutsideMention: Bool
    }

    /// One canonical token: its entry in the lexicon, or for a word the lexicon does not know, the place
    /// of its lower-cased bytes in `folded`.
    struct Token {
        /// The entry in the lexicon, or -1 when the lexicon does not know it (see `sameToken`).
        var entry: Int
        /// Where the bytes of a token without an entry start in `folded` (0 for a token with an entry).
        var start: Int
        /// Where they end.
        var end: Int
        /// The term of the token.
        var term: Int
        /// Whether the token belongs to role names in the lexicon (`RoleLexicon.Entry.isNameWord`).
        var isNameWord: Bool
    }

    /// The canonical tokens, lower case, fillers left out, in one array (no string per token).
    var tokens: ArraySlice<Token> { tokenStorage[..<tokenCount] }
    /// The terms, in order.
    var terms: ArraySlice<Term> { termStorage[..<termCount] }
    /// The bytes of the text with its ASCII capitals lower-cased: the text of the tokens without an entry.
    var folded: ArraySlice<UInt8> { foldedStorage[..<foldedCount] }
    /// Room for the tokens: `tokens` are its first `tokenCount` elements. It is kept, and grown only for
    /// a longer text, from one text read into this one to the next (`reread`), as are the rooms for the
    /// terms and the bytes, so that each is written in place and no array's count is set again.
    private var tokenStorage: [Token] = []
    /// The number of tokens (`tokens.count`).
    private(set) var tokenCount = 0
    /// The number of tokens the text has room for, kept from one text read into it to the next.
    var tokenRoom: Int { tokenStorage.count }
    /// Room for the terms: `terms` are its first `termCount` elements.
    private var termStorage: [Term] = []
    /// The number of terms.
    private var termCount = 0
    /// Room for the bytes of the text: `folded` are its first `foldedCount` elements.
    private var foldedStorage: [UInt8]
    /// The number of bytes of the text.
    private var foldedCount: Int
    /// Whether every byte of the text is ASCII (so is every token without an entry).
    private(set) var isASCII: Bool
    /// The lexicon the text was read with.
    private let lexicon: RoleLexicon

    /// One word of the text, before the variant table is applied: its place in the lower-cased bytes.
    struct Word {
        /// The index of its entry in the lexicon, or -1.
        var entry: Int
        var start: Int
        var end: Int
        var breakBefore: Bool
        var isCapitalised: Bool
        var isAllCapitals: Bool
        var isLettersOnly: Bool
    }

    /// The words of a text, read in one pass over its UTF-8 bytes before the variant table is applied:
    /// what `RoleText` reads into terms, and what the performer inference and
    /// `RoleMatcher.mayMentionRole` ask of an activity, so that its bytes are read and its words looked up
    /// once.
    struct Reading {
        /// The bytes of the text with its ASCII capitals lower-cased.
        private(set) var folded: [UInt8]
        /// The words (runs of letters and digits, and each "&"), in order.
        var words: ArraySlice<Word> { wordStorage[..<wordCount] }
        /// Room for the words of a text of `folded.count` bytes, which has at most one word a byte: `words`
        /// are its first `wordCount` elements. It is kept, and grown only for a longer text, from one text
        /// read into the reading to the next, so that each word is written in place and not appended.
        private var wordStorage: [Word] = []
        /// The number of words.
        private var wordCount = 0
        /// Whether the text has a lower-case ASCII letter.
        private(set) var hasLowerCase = false
        /// Whether every byte of the text is ASCII.
        private(set) var isASCII = true

        /// Reads the words of `text`, each looked up in `lexicon`.
        init(_ text: String, lexicon: RoleLexicon = .shared) {
            folded = Array(text.utf8)
            readWords(lexicon: lexicon)
        }

        /// Reads `text` in place of this reading's text, as `Reading(text)` would, keeping the room of
        /// its arrays: the activities of an SOP read one after another in the same two buffers.
        mutating func reread(_ text: String, lexicon: RoleLexicon = .shared) {
            // The bytes of a native string are copied at once in place of the old ones; any other
            // string's through its UTF-8 view.
            if text.utf8.withContiguousStorageIfAvailable({ folded.replaceSubrange(folded.indices, with: $0) }) == nil {
                folded.removeAll(keepingCapacity: true)
                folded.append(contentsOf: text.utf8)
            }
            readWords(lexicon: lexicon)
        }

        /// Lower-cases `folded` in place and reads its words.
        private mutating func readWords(lexicon: RoleLexicon) {
            if wordStorage.count < folded.count {
                let unread = Word(entry: -1, start: 0, end: 0, breakBefore: false, isCapitalised: false, isAllCapitals: false, isLettersOnly: false)
                wordStorage.append(contentsOf: repeatElement(unread, count: folded.count - wordStorage.count))
            }
            // The storage is taken out of the reading while its words are written, so that it is not copied.
            var storage = wordStorage
            wordStorage = []
            (wordCount, hasLowerCase, isASCII) = folded.withUnsafeMutableBufferPointer { buffer in
                storage.withUnsafeMutableBufferPointer { words in RoleText.words(lowerCasing: buffer, into: words, lexicon: lexicon) }
            }
            wordStorage = storage
        }
    }

    /// Reads `text`: one pass over its UTF-8 bytes for the words, then the variant table over the words.
    init(_ text: String, lexicon: RoleLexicon = .shared) {
        self.init(Reading(text, lexicon: lexicon), lexicon: lexicon)
    }

    /// Applies the variant table to the words of `reading`, read with the same `lexicon`.
    init(_ reading: Reading, lexicon: RoleLexicon = .shared) {
        self.lexicon = lexicon
        foldedStorage = reading.folded
        foldedCount = foldedStorage.count
        isASCII = reading.isASCII
        readTerms(of: reading)
    }

    /// Reads the text of `reading` (read with this text's lexicon) in place of this one, as
    /// `RoleText(reading)` would, keeping the room of the arrays of tokens and terms: one text read
    /// after another without allocating them again.
    ///
    /// With a `start` word other than 0, only the words from `start` on are read into terms: the terms
    /// are then those of `RoleText(reading)` from the one at `start` on (their offsets the same), provided
    /// that its reading of the variant table stands at `start` as at the start of a text: `start` is a
    /// word after which no spelling, filler or repeated word of the words before it runs on, and which is
    /// no repeat of the word before it (`RoleMatcher.firstWordOfMentionScan(in:)` gives such a word).
    mutating func reread(_ reading: Reading, fromWord start: Int = 0) {
        // The bytes are copied into this text's own buffer, so that the reading's buffer stays the
        // reading's alone and is read into again without being copied.
        foldedCount = reading.folded.withUnsafeBufferPointer { Self.copy($0, into: &foldedStorage) }
        isASCII = reading.isASCII
        readTerms(of: reading, fromWord: start)
    }

    /// Copies `bytes` to the start of `storage`, grown (never shrunk) to hold them, and returns their number.
    static func copy(_ bytes: UnsafeBufferPointer<UInt8>, into storage: inout [UInt8]) -> Int {
        if storage.count < bytes.count { storage.append(contentsOf: repeatElement(0, count: bytes.count - storage.count)) }
        if let source = bytes.baseAddress, !bytes.isEmpty {
            storage.withUnsafeMutableBufferPointer { $0.baseAddress!.update(from: source, count: bytes.count) }
        }
        return bytes.count
    }

    /// Applies the variant table to the words of `reading` from word `start` on, writing the tokens and
    /// terms in place into their rooms, grown first to what the words can give: a term a word at most,
    /// and at most `RoleLexicon.mostTokensOfASpelling` tokens a word.
    private mutating func readTerms(of reading: Reading, fromWord start: Int = 0) {
        let lexicon = lexicon
        let isASCII = isASCII
        let wordsRead = max(0, reading.words.count - start)
        if termStorage.count < wordsRead {
            let unread = Term(
                tokens: 0..<0, start: 0, end: 0, firstWordEnd: 0, breakBefore: false, fillerBefore: false, isStop: false,
                isCapitalised: false, isAcronym: false, startsOutsideMention: false)
            termStorage.append(contentsOf: repeatElement(unread, count: wordsRead - termStorage.count))
        }
        let tokenRoom = wordsRead * lexicon.mostTokensOfASpelling
        if tokenStorage.count < tokenRoom {
            let unread = Token(entry: -1, start: 0, end: 0, term: 0, isNameWord: false)
            tokenStorage.append(contentsOf: repeatElement(unread, count: tokenRoom - tokenStorage.count))
        }
        (tokenCount, termCount) = tokenStorage.withUnsafeMutableBufferPointer { tokens in
            termStorage.withUnsafeMutableBufferPointer { terms in
                reading.words.withUnsafeBufferPointer { words in
                    reading.folded.withUnsafeBufferPointer { folded in
                        Self.readTerms(
                            words, from: start, folded: folded, acronymsAllowed: reading.hasLowerCase || words.count == 1,
                            isASCII: isASCII, lexicon: lexicon, tokens: tokens, terms: terms)
                    }
                }
            }
        }
    }

    /// Token `index`, below `tokenCount` (`tokens[index]`), read from its room without a slice of it.
    func token(_ index: Int) -> Token {
        tokenStorage[index]
    }

    /// The term of token `index`, below `tokenCount` (`terms[tokens[index].term]`).
    func term(ofToken index: Int) -> Term {
        termStorage[tokenStorage[index].term]
    }

    /// The text of token `index`: the lexicon's word, or its own lower-cased bytes.
    func text(ofToken index: Int) -> Substring {
        let token = tokenStorage[index]
        guard token.entry < 0 else { return lexicon.words[token.entry] }
        return Substring(String(decoding: foldedStorage[token.start..<token.end], as: UTF8.self))
    }

    /// Calls `body` with a function that gives the UTF-8 bytes of a token by its index, valid while
    /// `body` runs: several tokens at once, without an array for each.
    func withTokenBytes<Result>(_ body: ((Int) -> UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        foldedStorage.withUnsafeBufferPointer { folded in
            lexicon.wordBytes.withUnsafeBufferPointer { words in
                body { index in
                    let token = tokenStorage[index]
                    guard token.entry < 0 else { return UnsafeBufferPointer(rebasing: words[lexicon.wordByteRanges[token.entry]]) }
                    return UnsafeBufferPointer(rebasing: folded[token.start..<token.end])
                }
            }
        }
    }

    /// The number of UTF-8 bytes of token `index`.
    func byteCount(ofToken index: Int) -> Int {
        let token = tokenStorage[index]
        return token.entry < 0 ? token.end - token.start : lexicon.wordByteRanges[token.entry].count
    }

    /// The first UTF-8 byte of token `index`, or nil for an empty token.
    func firstByte(ofToken index: Int) -> UInt8? {
        let token = tokenStorage[index]
        guard token.entry < 0 else {
            let bytes = lexicon.wordByteRanges[token.entry]
            return bytes.isEmpty ? nil : lexicon.wordBytes[bytes.lowerBound]
        }
        return token.start < token.end ? foldedStorage[token.start] : nil
    }

    /// The first byte of token `index`, a token without an entry in the lexicon (its own lower-cased bytes),
    /// or 0 when it is empty.
    func firstByte(ofUnknownToken index: Int) -> UInt8 {
        let token = tokenStorage[index]
        return token.start < token.end ? foldedStorage[token.start] : 0
    }

    /// The texts of the tokens.
    var tokenTexts: [Substring] {
        (0..<tokenCount).map(text(ofToken:))
    }

    /// Whether token `index` equals the token whose UTF-8 bytes are `other` (with entry `otherEntry` in
    /// the same lexicon), as `sameToken` says: by entries when either has one; else by bytes when both are
    /// ASCII (each a character per byte: a token holds no carriage return), which the token is when the
    /// text is; else as text.
    func token(_ index: Int, equals other: UnsafeBufferPointer<UInt8>, entry otherEntry: Int) -> Bool {
        let token = tokenStorage[index]
        guard token.entry < 0, otherEntry < 0 else { return token.entry == otherEntry }
        return foldedStorage.withUnsafeBufferPointer { folded in
            let bytes = UnsafeBufferPointer(rebasing: folded[token.start..<token.end])
            guard isASCII || FoldedKey.isASCII(bytes), FoldedKey.isASCII(other) else {
                return String(decoding: bytes, as: UTF8.self) == String(decoding: other, as: UTF8.self)
            }
            return Self.sameBytes(bytes, other)
        }
    }

    /// Whether `bytes` and `other` hold the same bytes, compared one index after the other (what
    /// `count == other.count && elementsEqual` says, without the generic sequence walk).
    static func sameBytes(_ bytes: UnsafeBufferPointer<UInt8>, _ other: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count == other.count else { return false }
        for index in bytes.indices where bytes[index] != other[index] { return false }
        return true
    }

    /// Writes the words of `bytes` (runs of letters and digits, and each "&") into `words` from its start,
    /// which has room for one word a byte (a text has no more), and lower-cases the ASCII capitals of `bytes`
    /// in place; returns the number of words, whether the text has a lower-case ASCII letter and whether
    /// every byte of it is ASCII, found in the same pass. Each word is looked up in the lexicon's byte table
    /// through one view of it for the whole text.
    private static func words(
        lowerCasing bytes: UnsafeMutableBufferPointer<UInt8>, into words: UnsafeMutableBufferPointer<Word>, lexicon: RoleLexicon
    ) -> (count: Int, hasLowerCase: Bool, isASCII: Bool) {
        guard let table = lexicon.entryOfBytes else {
            return Self.words(lowerCasing: bytes, into: words) { lexicon.entryIndex(in: UnsafeBufferPointer(bytes), $0) ?? -1 }
        }
        return table.withLookup { lookup in
            Self.words(lowerCasing: bytes, into: words) { lookup.value(in: UnsafeBufferPointer(bytes), $0) ?? -1 }
        }
    }

    /// `words(lowerCasing:into:lexicon:)` with `entry` giving the entry of the word at a range of
    /// `bytes` (or -1). A lower-case letter, the usual first byte of a word, starts one and is passed over
    /// at once; a space right after a word, the usual byte between words, is passed over with the word, and
    /// any other space at once. Every byte that is not ASCII is met on the way: in a word, as a byte of a
    /// non-ASCII letter, or between words, where it is passed over.
    @inline(__always)
    private static func words(
        lowerCasing bytes: UnsafeMutableBufferPointer<UInt8>, into words: UnsafeMutableBufferPointer<Word>, entry: (Range<Int>) -> Int
    ) -> (count: Int, hasLowerCase: Bool, isASCII: Bool) {
        var count = 0
        var hasLowerCase = false
        var isASCII = true
        var pendingBreak = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let start = index
            if byte &- 0x61 < 26 {
                index &+= 1
            } else {
                if byte == 0x20 {
                    index &+= 1
                    continue
                }
                if byte == UInt8(ascii: "&") {
                    words[count] = Word(
                        entry: entry(index..<(index + 1)), start: index, end: index + 1, breakBefore: pendingBreak,
                        isCapitalised: false, isAllCapitals: false, isLettersOnly: false)
                    count += 1
                    pendingBreak = false
                    index += 1
                    continue
                }
                guard wordLength(bytes, at: index) > 0 else {
                    if isNameBreak(byte) { pendingBreak = true }
                    if byte >= 0x80 { isASCII = false }
                    index += scalarLength(bytes, at: index)
                    continue
                }
            }
            let capitalised = byte &- 0x41 < 26
            var upper = 0
            var digits = 0
            var nonASCII = 0
            // Lower-case letters, most bytes by far, are only passed over; capitals, digits and the bytes of
            // non-ASCII letters are counted, so that the lower-case letters are what the word's length
            // leaves. Any other byte ends the word.
            while index < bytes.count {
                let current = bytes[index]
                if current &- 0x61 < 26 {
                    index += 1
                    continue
                }
                // A byte below "0" (a space, the usual byte after a word, or punctuation) ends the word at once.
                if current < 0x30 { break }
                if current &- 0x41 < 26 {
                    upper += 1
                    bytes[index] = current | 0x20
                } else if current &- 0x30 < 10 {
                    digits += 1
                } else {
                    guard current >= 0x80, case let length = nonASCIIWordLength(bytes, at: index), length > 0 else { break }
                    isASCII = false
                    nonASCII += length
                    index += length
                    continue
                }
                index += 1
            }
            let hasLower = index &- start > upper &+ digits &+ nonASCII
            hasLowerCase = hasLowerCase || hasLower
            words[count] = Word(
                entry: entry(Range(uncheckedBounds: (start, index))), start: start, end: index, breakBefore: pendingBreak,
                isCapitalised: capitalised, isAllCapitals: upper >= 2 && !hasLower, isLettersOnly: digits == 0)
            count &+= 1
            pendingBreak = false
            if index < bytes.count, bytes[index] == 0x20 { index &+= 1 }
        }
        return (count, hasLowerCase, isASCII)
    }

    /// Whether two tokens are equal, given their UTF-8 bytes and their entries in one lexicon: by their
    /// entries when either has one (a word without an entry equals no word of the lexicon), else by their
    /// bytes when both are ASCII (a character per byte: a token holds no carriage return), else by their text.
    static func sameToken(
        _ token: UnsafeBufferPointer<UInt8>, entry: Int, as other: UnsafeBufferPointer<UInt8>, entry otherEntry: Int
    ) -> Bool {
        guard entry < 0, otherEntry < 0 else { return entry == otherEntry }
        guard FoldedKey.isASCII(token), FoldedKey.isASCII(other) else {
            return String(decoding: token, as: UTF8.self) == String(decoding: other, as: UTF8.self)
        }
        return sameBytes(token, other)
    }

    /// Applies the variant table to `words` from word `start` on (in the lower-cased bytes `folded`, ASCII
    /// when `isASCII` says so) and writes the tokens and terms from the start of `tokens` and `terms`,
    /// which have room for all (see `readTerms(of:fromWord:)`); returns their numbers.
    private static func readTerms(
        _ words: UnsafeBufferPointer<Word>, from start: Int, folded: UnsafeBufferPointer<UInt8>, acronymsAllowed: Bool,
        isASCII: Bool, lexicon: RoleLexicon, tokens: UnsafeMutableBufferPointer<Token>, terms: UnsafeMutableBufferPointer<Term>
    ) -> (tokenCount: Int, termCount: Int) {
        var tokenCount = 0
        var termCount = 0
        var fillerBefore = false
        var breakBefore = false
        var position = start
        while position < words.count {
            let word = words[position]
            breakBefore = breakBefore || word.breakBefore
            if word.entry < 0 {
                // A word the lexicon does not know starts no spelling and is no filler, stop word, title or name
                // word: it repeats the one token of the term before, or makes a term of its own bytes.
                if !breakBefore, !fillerBefore, termCount > 0, case let previous = terms[termCount - 1], previous.tokens.count == 1,
                    repeatsToken(tokens[previous.tokens.lowerBound], of: previous, word: word, folded: folded, isASCII: isASCII)
                {
                    terms[termCount - 1].end = word.end
                } else {
                    tokens[tokenCount] = Token(entry: -1, start: word.start, end: word.end, term: termCount, isNameWord: false)
                    terms[termCount] = Term(
                        tokens: tokenCount..<(tokenCount + 1), start: word.start, end: word.end, firstWordEnd: word.end,
                        breakBefore: breakBefore, fillerBefore: fillerBefore, isStop: false, isCapitalised: word.isCapitalised,
                        isAcronym: acronymsAllowed && word.isAllCapitals && word.isLettersOnly && word.end - word.start <= 8,
                        startsOutsideMention: false)
                    tokenCount += 1
                    termCount += 1
                }
                breakBefore = false
                fillerBefore = false
                position += 1
                continue
            }
            let entry = lexicon.entries[word.entry]
            if entry.isFiller {
                fillerBefore = true
                position += 1
                continue
            }
            var last = position
            var replacement: RoleLexicon.Phrase?
            for phrase in entry.phrases {
                if let end = Self.match(lexicon.phrases[phrase].rest, in: words, after: position, lexicon: lexicon) {
                    last = end
                    replacement = lexicon.phrases[phrase]
                    break
                }
            }
            let isStop = replacement == nil && entry.isStop
            let isAcronym = acronymsAllowed && replacement == nil && !isStop && word.isAllCapitals
                && word.isLettersOnly && word.end - word.start <= 8 && !entry.isNameWord
            let startsOutsideMention = (replacement?.isTitle ?? entry.isTitle) || (word.isCapitalised && entry.isUnitStarter)
            if !breakBefore, !fillerBefore, termCount > 0, case let previous = terms[termCount - 1],
                replacement.map({
                    previous.tokens.count == $0.tokens.count
                        && tokens[previous.tokens].lazy.map(\.entry).elementsEqual(lexicon.phraseTokens[$0.tokens])
                })
                    ?? (previous.tokens.count == 1
                        && repeatsToken(tokens[previous.tokens.lowerBound], of: previous, word: word, folded: folded, isASCII: isASCII))
            {
                terms[termCount - 1].end = words[last].end
            } else {
                let isName = replacement != nil || entry.isNameWord
                let first = tokenCount
                if let replacement {
                    for token in lexicon.phraseTokens[replacement.tokens] {
                        tokens[tokenCount] = Token(entry: token, start: 0, end: 0, term: termCount, isNameWord: isName)
                        tokenCount += 1
                    }
                } else {
                    tokens[tokenCount] = Token(entry: word.entry, start: 0, end: 0, term: termCount, isNameWord: isName)
                    tokenCount += 1
                }
                terms[termCount] = Term(
                    tokens: first..<tokenCount, start: word.start, end: words[last].end, firstWordEnd: word.end,
                    breakBefore: breakBefore, fillerBefore: fillerBefore, isStop: isStop,
                    isCapitalised: word.isCapitalised, isAcronym: isAcronym, startsOutsideMention: startsOutsideMention)
                termCount += 1
            }
            breakBefore = false
            fillerBefore = false
            position = last + 1
        }
        return (tokenCount, termCount)
    }

    /// Whether `word`, which the variant table leaves as it is, repeats `token`, the one token of term
    /// `previous`: compared by entries when either has one; else by bytes when both are ASCII, as they are
    /// when the text is (`isASCII`; a token without an entry is the lower-cased bytes of its term's only
    /// word); else as text.
    private static func repeatsToken(
        _ token: Token, of previous: Term, word: Word, folded: UnsafeBufferPointer<UInt8>, isASCII: Bool
    ) -> Bool {
        let previousEntry = token.entry
        guard previousEntry < 0, word.entry < 0 else { return previousEntry == word.entry }
        // In an ASCII text, words of different lengths differ.
        if isASCII, previous.firstWordEnd - previous.start != word.end - word.start { return false }
        let previousBytes = UnsafeBufferPointer(rebasing: folded[previous.start..<previous.firstWordEnd])
        let wordBytes = UnsafeBufferPointer(rebasing: folded[word.start..<word.end])
        if isASCII || (FoldedKey.isASCII(previousBytes) && FoldedKey.isASCII(wordBytes)) {
            return Self.sameBytes(previousBytes, wordBytes)
        }
        return String(decoding: previousBytes, as: UTF8.self) == String(decoding: wordBytes, as: UTF8.self)
    }

    /// The index of the last word of `rest` (a range of `lexicon.phraseWords`) when the words after
    /// `position` spell it (filler words skipped, no punctuation that ends a name in between).
    private static func match(
        _ rest: Range<Int>, in words: UnsafeBufferPointer<Word>, after position: Int, lexicon: RoleLexicon
    ) -> Int? {
        var cursor = position
        for expected in rest.lazy.map({ lexicon.phraseWords[$0] }) {
            cursor += 1
            while cursor < words.count, words[cursor].entry >= 0, lexicon.entries[words[cursor].entry].isFiller,
                !words[cursor].breakBefore
            {
                cursor += 1
            }
            guard cursor < words.count, !words[cursor].breakBefore, words[cursor].entry == expected else { return nil }
        }
        return cursor
    }

    /// The length in bytes of the letter or digit at `index`, or 0 when it is neither.
    @inline(__always)
    private static func wordLength(_ bytes: UnsafeMutableBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 {
            let isLetter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
            return isLetter || (byte >= 0x30 && byte <= 0x39) ? 1 : 0
        }
        return nonASCIIWordLength(bytes, at: index)
    }

    /// `wordLength` of a non-ASCII scalar: its length when it is alphabetic, else 0. Kept out of line, so
    /// that the word pass over a text, which seldom meets such a scalar, does not fetch what reading the
    /// scalar's properties needs each time it starts.
    @inline(never)
    private static func nonASCIIWordLength(_ bytes: UnsafeMutableBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        let length = scalarLength(bytes, at: index)
        var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { return 0 }
        return length
    }

    /// The length in bytes of the UTF-8 sequence that starts at `index`.
    private static func scalarLength(_ bytes: UnsafeMutableBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
        return min(length, bytes.count - index)
    }

    /// Whether `byte` is punctuation that ends a name: "," ";" ":" brackets, "!" "?" and quotes.
    /// Full stops, slashes and hyphens do not ("Kasubbag. Perencanaan", "Staf/JFU", "Bidang-Bidang").
    private static func isNameBreak(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ")"),
            UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "!"),
            UInt8(ascii: "?"), UInt8(ascii: "\""):
            true
        default:
            false
        }
    }

    /// Whether token `index` starts its term.
    func startsTerm(_ index: Int) -> Bool {
        termStorage[tokenStorage[index].term].tokens.lowerBound == index
    }

    /// Whether a name cannot run on into token `index`: punctuation before its term, or `index` is past the end.
    func breaksBefore(_ index: Int) -> Bool {
        index >= tokenCount || (startsTerm(index) && termStorage[tokenStorage[index].term].breakBefore)
    }

    /// Whether a name ends before token `index`: punctuation, a filler word or a stop word, or the end.
    func endsNameBefore(_ index: Int) -> Bool {
        guard index < tokenCount else { return true }
        let term = termStorage[tokenStorage[index].term]
        return startsTerm(index) && (term.breakBefore || term.fillerBefore || term.isStop)
    }

    /// Whether token `index` is an acronym term.
    func isAcronym(_ index: Int) -> Bool {
        termStorage[tokenStorage[index].term].isAcronym
    }

    /// The last token of the term of token `index`.
    func lastTokenOfTerm(_ index: Int) -> Int {
        termStorage[tokenStorage[index].term].tokens.upperBound - 1
    }
}
