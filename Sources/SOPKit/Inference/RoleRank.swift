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

    /// The phrases by their first word, looked up by its bytes: each first word's number is its index here.
    /// Read on the bytes of the phrases (ASCII words between single spaces), each first word's phrases in
    /// the order of `phrases`, as `phrasesByFirstWord` holds them.
    private static let phrasesOfFirstWord: (table: ASCIIWordTable, phrases: [[(words: [[UInt8]], rank: Int)]]) = {
        var firstWords: [[UInt8]] = []
        var phrasesOfFirst: [[(words: [[UInt8]], rank: Int)]] = []
        for (phrase, rank) in phrases {
            let words = phrase.utf8.split(separator: 0x20).map { Array($0) }
            if let first = firstWords.firstIndex(of: words[0]) {
                phrasesOfFirst[first].append((words, rank))
            } else {
                firstWords.append(words[0])
                phrasesOfFirst.append([(words, rank)])
            }
        }
        let table = ASCIIWordTable(firstWords.enumerated().map { (word: Substring(String(decoding: $0.element, as: UTF8.self)), value: $0.offset) })
        return (table!, phrasesOfFirst)
    }()

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
        let (table, phrases) = phrasesOfFirstWord
        for start in 0..<wordCount {
            guard let first = table.value(for: word(start)) else { continue }
            for candidate in phrases[first] where start + candidate.words.count <= wordCount {
                if candidate.words.indices.allSatisfy({ word(start + $0).elementsEqual(candidate.words[$0]) }) { return candidate.rank }
            }
        }
        return 5
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
