/// The seniority of a role, from its name: 1 for the head of the unit (Kepala Dinas, Camat,
/// Inspektur), 2 for the secretary, 3 for heads of division, 4 for heads of section, 5 for functional
/// staff, 6 for clerks and operators, 7 for people and units outside the chain of command (Pemohon,
/// Masyarakat, other agencies, "Bidang-Bidang Lain"). Used to tell who gives an order to whom.
enum RoleRank {
    /// The phrases that set a rank; at the same position in a name the longest wins.
    /// The phrases are ASCII, so their lengths are counted in bytes rather than characters.
    private static let phrases: [(phrase: String, rank: Int)] = unsortedPhrases.sorted { $0.phrase.utf8.count > $1.phrase.utf8.count }

    private static let unsortedPhrases: [(phrase: String, rank: Int)] = [
        ("inspektur pembantu", 3), ("kepala sub bagian", 4), ("kepala subbagian", 4), ("kepala sub bidang", 4),
        ("kepala seksi", 4), ("kepala bidang", 3), ("kepala bagian", 3), ("kepala dinas", 1), ("kepala badan", 1),
        ("kepala kantor", 1), ("kepala pelaksana", 1), ("kepala upt", 1), ("kepala uptd", 1), ("kepala puskesmas", 1),
        ("kepala bps", 1), ("kepala desa", 1), ("ketua tim", 4), ("instansi terkait", 7), ("bidang bidang lain", 7),
        ("bidang lain", 7), ("bidang terkait", 7), ("kepala bidang terkait", 7), ("wajib pajak", 7), ("opd pengusul", 7), ("jabatan fungsional", 5),
        ("sekretaris", 2), ("sekdis", 2), ("sekcam", 2), ("sekban", 2), ("sekwan", 2), ("wakil", 2),
        ("bupati", 1), ("walikota", 1), ("gubernur", 1), ("kadis", 1), ("kaban", 1), ("inspektur", 1), ("inspektor", 1),
        ("camat", 1), ("lurah", 1), ("direktur", 1), ("kalaksa", 1), ("pimpinan", 1), ("kasat", 1),
        ("kepala satuan", 1), ("komandan", 5), ("danru", 5), ("ketua", 4),
        ("kabid", 3), ("irban", 3), ("irbhan", 3), ("kabag", 3), ("bidang", 3),
        ("kasubbag", 4), ("kasubag", 4), ("kasi", 4), ("kasie", 4), ("kasubbid", 4), ("koordinator", 4),
        ("analis", 5), ("perencana", 5), ("fungsional", 5), ("pejabat", 5), ("verifikator", 5), ("auditor", 5),
        ("bendahara", 5), ("tim", 5), ("penilai", 5), ("dokter", 5), ("perawat", 5),
        ("staf", 6), ("staff", 6), ("pelaksana", 6), ("operator", 6), ("petugas", 6), ("pengelola", 6),
        ("pengadministrasi", 6), ("admin", 6), ("caraka", 6), ("arsiparis", 6), ("anggota", 6), ("satpam", 6),
        ("kurir", 7), ("pemohon", 7), ("masyarakat", 7), ("pasien", 7), ("pengadu", 7), ("pelapor", 7),
        ("pengusul", 7), ("kanreg", 7), ("bkn", 7), ("bappeda", 7), ("dpmptsp", 7), ("kepolisian", 7),
        ("kepala", 1),
    ]

    /// The phrases by their first word, each as its words, longest first.
    private static let phrasesByFirstWord: [Substring: [(words: [Substring], rank: Int)]] = {
        var table: [Substring: [(words: [Substring], rank: Int)]] = [:]
        for (phrase, rank) in phrases {
            let words = phrase.split(separator: " ")
            table[words[0], default: []].append((words, rank))
        }
        return table
    }()

    /// The phrases by their first word, read on their bytes (ASCII words between single spaces) into a
    /// few flat arrays rather than an array of bytes per word: building it at start-up allocates a handful
    /// of arrays, and a first word is looked up in a `RoleWordHashTable` of the first words.
    private struct PhraseTable {
        /// The first words; each one's number is its index in `phrasesOfFirst`.
        let firstWords: RoleWordHashTable
        /// For each first word, its phrases as a range of `phrases`, in the order of `RoleRank.phrases`
        /// (as `phrasesByFirstWord` holds them).
        let phrasesOfFirst: [Range<Int>]
        /// The phrases, those of each first word together: their words, as a range of `words`, and rank.
        let phrases: [(words: Range<Int>, rank: Int)]
        /// The words of the phrases, as ranges of `bytes`.
        let words: [Range<Int>]
        /// The bytes of the phrases' words, one after the other.
        let bytes: [UInt8]

        /// The table of `RoleRank.phrases`.
        init() {
            var bytes: [UInt8] = []
            var words: [Range<Int>] = []
            // The words of each phrase, as a range of `words`, in the order of `RoleRank.phrases`.
            var wordsOfPhrase: [Range<Int>] = []
            wordsOfPhrase.reserveCapacity(RoleRank.phrases.count)
            for (phrase, _) in RoleRank.phrases {
                let firstWord = words.count
                var start = bytes.count
                bytes.append(contentsOf: phrase.utf8)
                for index in start..<bytes.count where bytes[index] == 0x20 {
                    words.append(start..<index)
                    start = index + 1
                }
                words.append(start..<bytes.count)
                wordsOfPhrase.append(firstWord..<words.count)
            }
            // The first words in the order they first come, and the number of each phrase's first word.
            var firstWordRanges: [Range<Int>] = []
            var firstOfPhrase: [Int] = []
            firstOfPhrase.reserveCapacity(wordsOfPhrase.count)
            for phraseWords in wordsOfPhrase {
                let first = words[phraseWords.lowerBound]
                let number = firstWordRanges.firstIndex { $0.count == first.count && bytes[$0].elementsEqual(bytes[first]) }
                    ?? firstWordRanges.count
                if number == firstWordRanges.count { firstWordRanges.append(first) }
                firstOfPhrase.append(number)
            }
            var phrasesOfFirst: [Range<Int>] = []
            var phrases: [(words: Range<Int>, rank: Int)] = []
            phrasesOfFirst.reserveCapacity(firstWordRanges.count)
            phrases.reserveCapacity(wordsOfPhrase.count)
            for number in firstWordRanges.indices {
                let start = phrases.count
                for (phrase, first) in firstOfPhrase.enumerated() where first == number {
                    phrases.append((wordsOfPhrase[phrase], RoleRank.phrases[phrase].rank))
                }
                phrasesOfFirst.append(start..<phrases.count)
            }
            let firstWords = firstWordRanges.enumerated().map { (word: Substring(decoding: bytes[$0.element], as: UTF8.self), value: $0.offset) }
            self.firstWords = RoleWordHashTable(firstWords)!
            self.phrasesOfFirst = phrasesOfFirst
            self.phrases = phrases
            self.words = words
            self.bytes = bytes
        }
    }

    /// The table of the phrases by their first word, built once.
    private static let phraseTable = PhraseTable()

    /// The rank of a role name, from the first phrase found in it (the longest at that word); 5 when
    /// nothing in the name tells. Read on the bytes of the key's words (the phrases are lower-case ASCII,
    /// which a word equals byte for byte or not at all) unless the key splits into words by characters.
    static func rank(of role: String) -> Int {
        var keyBytes: [UInt8] = []
        var wordEnds: [Int] = []
        let read: Void? = FoldedKey.forEachWord(of: role) { word in
            keyBytes.append(contentsOf: word)
            wordEnds.append(keyBytes.count)
            return true
        }
        guard read != nil else { return rank(ofWords: FoldedKey.words(role)) }
        return keyBytes.withUnsafeBufferPointer { key in
            rank(wordCount: wordEnds.count) { UnsafeBufferPointer(rebasing: key[($0 == 0 ? 0 : wordEnds[$0 - 1])..<wordEnds[$0]]) }
        }
    }

    /// `rank(of: role)` from `reading`, the reading of `role`: the words of the key of an ASCII name are
    /// the words of its reading, unless one of them is an "&" (which the key leaves out).
    static func rank(of role: String, reading: RoleText.Reading) -> Int {
        guard reading.isASCII, !reading.words.contains(where: { reading.folded[$0.start] == UInt8(ascii: "&") }) else {
            return rank(of: role)
        }
        let words = reading.words
        return reading.folded.withUnsafeBufferPointer { folded in
            rank(wordCount: words.count) { UnsafeBufferPointer(rebasing: folded[words[$0].start..<words[$0].end]) }
        }
    }

    /// The rank of the first phrase found in the words of a key (the longest at that word), 5 when none:
    /// `word` gives the bytes of each of the `wordCount` words.
    private static func rank(wordCount: Int, word: (Int) -> UnsafeBufferPointer<UInt8>) -> Int {
        let table = phraseTable
        return table.bytes.withUnsafeBufferPointer { bytes in
            for start in 0..<wordCount {
                guard let first = table.firstWords.value(for: word(start)) else { continue }
                for candidate in table.phrases[table.phrasesOfFirst[first]] where start + candidate.words.count <= wordCount {
                    let matches = candidate.words.indices.allSatisfy { index in
                        RoleText.sameBytes(
                            word(start + index - candidate.words.lowerBound), UnsafeBufferPointer(rebasing: bytes[table.words[index]]))
                    }
                    if matches { return candidate.rank }
                }
            }
            return 5
        }
    }

    /// `rank(of:)` on the words of the key as substrings.
    static func rank(ofWords words: [Substring]) -> Int {
        for start in words.indices {
            guard let candidates = phrasesByFirstWord[words[start]] else { continue }
            for candidate in candidates where start + candidate.words.count <= words.count {
                if words[start..<(start + candidate.words.count)].elementsEqual(candidate.words) { return candidate.rank }
            }
        }
        return 5
    }
}
