/// Rebuilds the role (pelaksana) columns of an OCR'd table header. OCR prints a header row line by
/// line across all columns, so a role written on three lines ("Kasubbag / Perencanaan / Program …")
/// comes out as words scattered over three lines among its neighbours'. The line with the most role
/// words gives the columns; the words of the other lines are placed in them by a small alignment
/// that prefers known role phrases, columns left open by a connector ("Evaluasi dan"), and even spread.
enum OCRRoleHeader {
    /// Words of the header that are not role names.
    private static let headerWords: Set<String> = [
        "no", "nomor", "aktivitas", "aktifitas", "kegiatan", "uraian", "pelaksana", "mutu", "baku", "kelengkapan",
        "persyaratan", "waktu", "out", "put", "output", "keterangan", "ket", "hasil", "prosedur", "langkah",
    ]

    /// The most role columns a header is read for; beyond, the header is not a header.
    static let maximumColumns = 30

    /// Words that end a phrase that must continue on the next line.
    private static let connectors: Set<String> = ["dan", "serta", "&", "/", "atau", "dan/atau"]

    /// Role words that usually need a complement below them ("Kepala" Dinas, "Staf" Perencanaan).
    private static let headWords: Set<String> = [
        "kepala", "kasubbag", "kasubag", "staf", "staff", "kabid", "kasi", "tim", "analis", "instansi", "petugas",
        "pejabat", "pengelola", "operator", "bagian", "sub", "sekretaris", "ka", "kasie", "pegawai", "unit",
    ]

    /// Role words that stand alone as a role.
    private static let standaloneWords: Set<String> = [
        "sekretaris", "bidang", "kadis", "camat", "lurah", "bupati", "walikota", "inspektur", "irban", "irbhan",
        "bendahara", "pemohon", "masyarakat", "bappeda", "sekcam", "sekdis", "kabid", "kasi", "kaban", "sekban",
        "pimpinan", "direktur", "satpam", "kurir",
    ]

    /// Word pairs of known role names, folded: ("kepala", "dinas"), ("evaluasi", "dan") ….
    private static let knownPairs: Set<String> = {
        var pairs: Set<String> = []
        for role in RoleVocabulary.knownRoles {
            let words = TextFolding.keyWords(role)
            for index in words.indices.dropLast() { pairs.insert(words[index] + " " + words[index + 1]) }
        }
        return pairs
    }()

    /// The role names of a header written as one row over several lines. `mentions` are role names
    /// written elsewhere in the SOP (`OCRRoleEvidence.mentions`): with the known role names, they rebuild
    /// the columns whose words they find in the header.
    static func roles(rowLines lines: [OCRLine], mentions: [String] = []) -> [String] {
        let phraseLines = lines.map(phrases)
        guard phraseLines.allSatisfy({ $0.count <= maximumColumns }) else { return [] }
        guard let anchorIndex = phraseLines.indices.max(by: { phraseLines[$0].count < phraseLines[$1].count }),
            !phraseLines[anchorIndex].isEmpty
        else { return [] }
        var columns: [[String]] = phraseLines[anchorIndex].map { [$0] }
        var assignments: [[Int]] = phraseLines.map { _ in [] }
        assignments[anchorIndex] = Array(phraseLines[anchorIndex].indices)
        for index in stride(from: anchorIndex + 1, to: phraseLines.count, by: 1) where !phraseLines[index].isEmpty {
            assignments[index] = place(phraseLines[index], into: &columns, below: true)
        }
        for index in stride(from: anchorIndex - 1, through: 0, by: -1) where !phraseLines[index].isEmpty {
            assignments[index] = place(phraseLines[index], into: &columns, below: false)
        }
        var words: [OCRHeaderWord] = []
        for (line, phrases) in phraseLines.enumerated() {
            var position = 0
            for (phrase, column) in zip(phrases, assignments[line]) {
                for word in phrase.split(separator: " ") {
                    words.append(OCRHeaderWord(text: String(word), line: line, position: position, column: column))
                    position += 1
                }
            }
        }
        return OCRRoleEvidence.reconcile(
            columns: columns.map(join), words: words, candidates: mentions + RoleVocabulary.knownRoles)
    }

    /// The role names of a header that OCR printed column by column, each role a block of its own
    /// ("Staf / Perencanaan", "Kasubbag", "Perencanaan", "S", "ekretaris", "Kadis | Bappeda").
    static func roles(blocks: [[OCRLine]]) -> [String] {
        var roles: [String] = []
        var previousWasHead = false
        for block in blocks {
            for segment in block.map(\.text).joined(separator: " ").split(separator: "|") {
                let words = roleWords(String(segment))
                guard !words.isEmpty else { continue }
                let text = words.joined(separator: " ")
                if let last = roles.last, last.count == 1, text.lowercased().hasPrefix(last.lowercased()),
                    text.count > 3
                {
                    roles[roles.count - 1] = text.prefix(1).uppercased() + text.dropFirst()
                } else if let last = roles.last, last.count == 1, text.first?.isLowercase == true {
                    roles[roles.count - 1] = last + text
                } else if let last = roles.last, previousWasHead, !isStandalone(text), isModifier(text) {
                    roles[roles.count - 1] = last + " " + text
                } else {
                    roles.append(text)
                }
                previousWasHead = words.count == 1 && headWords.contains(words[0].lowercased())
                    && !standaloneWords.contains(words[0].lowercased())
            }
        }
        return roles.filter { $0.count >= 2 }
    }

    private static func isStandalone(_ text: String) -> Bool {
        standaloneWords.contains(TextFolding.key(text))
    }

    private static func isModifier(_ text: String) -> Bool {
        let first = TextFolding.keyWords(text).first.map(String.init) ?? ""
        return !headWords.contains(first) && !standaloneWords.contains(first)
    }

    /// The role words of a header line, grouped into phrases: pipes separate phrases, a connector
    /// ("dan") stays with the word before it ("Evaluasi dan"), and a title that needs a complement takes
    /// the word after it when that word starts no role ("Petugas Rekam", "Tim Reviu", "Kepala Bidang"),
    /// and an acronym after those two ("Kasat Pol PP"); but a word followed by a connector starts a name
    /// of its own ("Petugas" | "Pengaduan dan": the second column's words went on the first's line).
    static func phrases(_ line: OCRLine) -> [String] {
        var phrases: [String] = []
        for segment in line.text.split(separator: "|") {
            var current: [String] = []
            var headNeedsComplement = false
            for word in roleWords(String(segment)) {
                let isConnector = connectors.contains(word.lowercased())
                if isConnector, current.count == 2, headNeedsComplement, !connectors.contains(current[1].lowercased()) {
                    phrases.append(current[0])
                    current = [current[1], word]
                    headNeedsComplement = needsComplement(current[0])
                } else if isConnector, !current.isEmpty {
                    current.append(word)
                } else if current.count == 1, headNeedsComplement, complements(word) {
                    current.append(word)
                } else if current.count == 2, headNeedsComplement, isAcronym(word) {
                    current.append(word)
                } else {
                    if !current.isEmpty { phrases.append(current.joined(separator: " ")) }
                    current = [word]
                    headNeedsComplement = needsComplement(word)
                }
            }
            if !current.isEmpty { phrases.append(current.joined(separator: " ")) }
        }
        return phrases
    }

    /// Whether a title needs a word after it to name a role ("Petugas" Loket, "Kepala" Dinas).
    static func needsComplement(_ word: String) -> Bool {
        let key = TextFolding.key(word)
        return OCRRoleEvidence.roleHeads.contains(key) && !OCRRoleEvidence.standaloneHeads.contains(key)
            && !headsNamingARole.contains(key)
    }

    /// Role heads that name a role on their own although they are not standalone heads.
    private static let headsNamingARole: Set<String> = ["perawat", "dokter", "bidan", "pendamping", "perencana", "pengadu"]

    /// Whether `word` is an acronym that ends a title and its complement ("Kasat Pol PP").
    private static func isAcronym(_ word: String) -> Bool {
        word.count >= 2 && word.allSatisfy(\.isUppercase) && !OCRRoleEvidence.roleHeads.contains(TextFolding.key(word))
    }

    /// Whether `word` can complete the title before it on a header line: a capitalised word of three
    /// letters or more that starts no role of its own.
    private static func complements(_ word: String) -> Bool {
        let letters = word.filter(\.isLetter)
        return letters.count >= 3 && word.first?.isUppercase == true
            && !OCRRoleEvidence.roleHeads.contains(TextFolding.key(word)) && !word.hasSuffix("-")
    }

    /// The words of `text` that can be part of a role name: no header words, no debris.
    /// "Pelaksana" is the label over the role columns, but after a role word it ends a role name
    /// ("Staf Pelaksana", "Kepala Pelaksana").
    private static func roleWords(_ text: String) -> [String] {
        var words: [String] = []
        for word in text.split(separator: " ") {
            let core = String(word.trimmingOCRPunctuation())
            let letters = core.filter(\.isLetter)
            guard !letters.isEmpty else {
                if word == "&" || word == "/" { words.append(String(word)) }
                continue
            }
            let key = letters.lowercased()
            if headerWords.contains(key), key != "pelaksana" || words.isEmpty { continue }
            if letters.count == 1, core.count == 1 {
                words.append(core)
                continue
            }
            guard letters.count * 2 >= core.count else { continue }
            words.append(word.hasSuffix("-") ? core + "-" : core)
        }
        return words
    }

    /// Places the phrases of one line into the columns, in order (several phrases may share a column),
    /// maximising the alignment score; returns the column of each phrase.
    private static func place(_ phrases: [String], into columns: inout [[String]], below: Bool) -> [Int] {
        let count = columns.count
        let n = phrases.count
        let texts = columns.map(ColumnText.init)
        let phraseWords = phrases.map { TextFolding.keyWords($0) }
        var penaltySums = [0.0]
        for column in columns { penaltySums.append(penaltySums[penaltySums.count - 1] + openPenalty(column, below: below)) }
        /// The penalty for leaving columns `from..<to` without a phrase (see `openPenalty`).
        func skippedPenalty(from: Int, to: Int) -> Double {
            let end = min(to, count)
            return from < end ? penaltySums[end] - penaltySums[from] : 0
        }
        func score(_ phrase: Int, column: Int) -> Double {
            Self.score(phrases[phrase], words: phraseWords[phrase], index: phrase, of: n, column: column,
                       in: texts, below: below)
        }
        // best[i][c]: the best score with phrases 0..<i placed and phrase i-1 in column c.
        var best = Array(repeating: Array(repeating: -Double.infinity, count: count), count: n + 1)
        var from = Array(repeating: Array(repeating: -1, count: count), count: n + 1)
        for column in 0..<count {
            best[1][column] = score(0, column: column) - skippedPenalty(from: 0, to: column)
        }
        if n > 1 {
            for phrase in 2...n {
                let bonus = sameColumnBonus(phraseWords[phrase - 2], phraseWords[phrase - 1])
                for column in 0..<count {
                    let own = score(phrase - 1, column: column)
                    for previous in 0...column where best[phrase - 1][previous] > -Double.infinity {
                        var candidate = best[phrase - 1][previous]
                        if previous == column {
                            candidate += bonus
                        } else {
                            candidate += own - skippedPenalty(from: previous + 1, to: column)
                        }
                        if candidate > best[phrase][column] {
                            best[phrase][column] = candidate
                            from[phrase][column] = previous
                        }
                    }
                }
            }
        }
        var column = (0..<count).max { lhs, rhs in
            best[n][lhs] - skippedPenalty(from: lhs + 1, to: count)
                < best[n][rhs] - skippedPenalty(from: rhs + 1, to: count)
        } ?? 0
        var assignment = Array(repeating: 0, count: n)
        for phrase in stride(from: n, through: 1, by: -1) {
            assignment[phrase - 1] = column
            column = max(0, from[phrase][column])
        }
        if below {
            for (phrase, column) in zip(phrases, assignment) { columns[column].append(phrase) }
        } else {
            for (phrase, column) in zip(phrases, assignment).reversed() { columns[column].insert(phrase, at: 0) }
        }
        return assignment
    }

    /// Two phrases of one line in one column: likely when the first ends with a connector or they form
    /// a known pair, unlikely otherwise.
    private static func sameColumnBonus(_ firstWords: [Substring], _ secondWords: [Substring]) -> Double {
        guard let last = firstWords.last, let next = secondWords.first else { return -2 }
        if connectors.contains(String(last)) { return 0.5 }
        return knownPairs.contains(last + " " + next) ? 0.5 : -2.5
    }

    /// A column left open by a connector ("Evaluasi dan") should get the next line's phrase.
    private static func openPenalty(_ column: [String], below: Bool) -> Double {
        guard below, let last = column.last?.split(separator: " ").last?.lowercased() else { return 0 }
        return connectors.contains(last) || last.hasSuffix("-") ? 3 : 0
    }

    /// A column's phrases joined, and their folded words.
    private struct ColumnText {
        let text: String
        let words: [Substring]

        init(_ phrases: [String]) {
            text = phrases.joined(separator: " ")
            words = TextFolding.keyWords(text)
        }
    }

    /// How well `phrase` (with folded words `phraseWords`, number `index` of `count` on its line) fits
    /// column `column` of `columns`, below or above the column's phrases.
    private static func score(
        _ phrase: String, words phraseWords: [Substring], index: Int, of count: Int, column: Int,
        in columns: [ColumnText], below: Bool
    ) -> Double {
        let existing = columns[column].text
        let columnWords = columns[column].words
        guard let phraseFirst = phraseWords.first, let phraseLast = phraseWords.last,
            let columnFirst = columnWords.first, let columnLast = columnWords.last
        else { return 0 }
        var score = 0.0
        if below {
            if connectors.contains(String(columnLast)) || existing.hasSuffix("-") { score += 4 }
            if knownPairs.contains(columnLast + " " + phraseFirst) { score += 2 }
            if columnWords.count == 1, needsComplement(existing) { score += 1 }
            if columnWords.count == 1, OCRRoleEvidence.standaloneHeads.contains(String(columnFirst)) { score -= 1 }
        } else {
            if phrase.hasSuffix("-"), columnFirst.hasPrefix(phraseLast) { score += 4 }
            if connectors.contains(String(phraseLast)) { score += 3 }
            if knownPairs.contains(phraseLast + " " + columnFirst) { score += 2 }
            if phraseWords.count == 1, headWords.contains(String(phraseFirst)) {
                score += standaloneWords.contains(existing.lowercased()) ? -2 : 1
            }
            if OCRRoleEvidence.roleHeads.contains(String(columnFirst)), !connectors.contains(String(phraseLast)),
                !phrase.hasSuffix("-"), !knownPairs.contains(phraseLast + " " + columnFirst)
            {
                score -= 1.5
            }
        }
        let expected = count == 1 ? Double(columns.count - 1) / 2 : Double(index) * Double(columns.count - 1) / Double(count - 1)
        score -= 0.3 * abs(Double(column) - expected)
        return score
    }

    /// A column's phrases as one role name; a word broken with a hyphen is joined ("Bidang- Bidang").
    static func join(_ parts: [String]) -> String {
        var name = ""
        for part in parts {
            if name.isEmpty {
                name = part
            } else if name.hasSuffix("-") {
                name += part
            } else {
                name += " " + part
            }
        }
        return name
    }
}

/// Role names that SOPs commonly use, as knowledge for rebuilding OCR'd headers.
enum RoleVocabulary {
    static let knownRoles: [String] = [
        "Kepala Dinas", "Sekretaris Dinas", "Kepala Badan", "Sekretaris Badan", "Kepala Bidang", "Kepala Seksi",
        "Kepala Sub Bagian", "Kasubbag Perencanaan Program Monitoring Evaluasi dan Pelaporan",
        "Analis Perencanaan Evaluasi dan Pelaporan", "Kasubbag Perencanaan Evaluasi dan Pelaporan Program",
        "Kasubbag Umum dan Kepegawaian", "Kasubbag Keuangan", "Kasubbag Perencanaan", "Staf Perencanaan",
        "Staf Kasubbag PPMEP", "Bidang-Bidang Lain", "Bidang Terkait", "Instansi Terkait", "Kepala Bidang Terkait",
        "Tim Penyusun", "Staf Pelaksana", "Jabatan Fungsional Umum", "Kepala Pelaksana", "Kepala UPT",
        "Kepala Puskesmas", "Sekretaris Camat", "Kepala Seksi Pelayanan", "Pejabat Pembuat Komitmen",
        "Pejabat Pengadaan", "Petugas Loket", "Petugas Pelayanan", "Pengelola Surat", "Pengelola Gudang",
        "Operator SIAK", "Inspektur Pembantu", "Tim Reviu", "Bendahara Pengeluaran", "Kepala Sub Bagian Umum",
        "Kepala Sub Bagian Perencanaan", "Kepala Sub Bagian Keuangan", "Pejabat Penatausahaan Keuangan",
    ]
}
