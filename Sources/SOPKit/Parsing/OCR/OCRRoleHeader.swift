/// Rebuilds the role (pelaksana) columns of an OCR'd table header. OCR prints a header row line by
/// line across all columns, so a role written on three lines ("Kasubbag / Perencanaan / Program …")
/// comes out as words scattered over three lines among its neighbours'. The line with the most role
/// words gives the columns; the words of the other lines are placed in them by a small alignment
/// that prefers known role phrases, columns left open by a connector ("Evaluasi dan"), and even spread.
enum OCRRoleHeader {
    /// Words of the header that are not role names.
    static let headerWords = ASCIIWordSet(headerWordList)

    /// The words of `headerWords`.
    static let headerWordList = [
        "no", "nomor", "aktivitas", "aktifitas", "kegiatan", "uraian", "pelaksana", "mutu", "baku", "kelengkapan",
        "persyaratan", "waktu", "out", "put", "output", "keterangan", "ket", "hasil", "prosedur", "langkah",
    ]

    /// The most role columns a header is read for; beyond, the header is not a header.
    static let maximumColumns = 30

    /// Words that end a phrase that must continue on the next line.
    private static let connectors: Set<String> = ["dan", "serta", "&", "/", "atau", "dan/atau"]

    /// The connectors packed (`PackedASCIIWord`).
    static let packedConnectors: [PackedASCIIWord] = connectors.map { PackedASCIIWord($0.utf8)! }

    /// `connectors.contains(String(word))` for a word that is compared as it stands (a folded word): on
    /// bytes, as no text but the connector itself equals one of them.
    private static func isConnector(_ word: some StringProtocol) -> Bool {
        guard let packed = PackedASCIIWord(word.utf8) else { return false }
        return packedConnectors.contains(packed)
    }

    /// `connectors.contains(word.lowercased())`.
    static func isConnector(lowercasing word: some StringProtocol) -> Bool {
        guard OCRTableBytes.isPlainASCII(word) else { return connectors.contains(word.lowercased()) }
        guard let packed = PackedASCIIWord(word.utf8) else { return false }
        return packedConnectors.contains(packed.asciiLowercased)
    }

    /// Role words that usually need a complement below them ("Kepala" Dinas, "Staf" Perencanaan).
    static let headWords = ASCIIWordSet(headWordList)

    /// The words of `headWords`.
    static let headWordList = [
        "kepala", "kasubbag", "kasubag", "staf", "staff", "kabid", "kasi", "tim", "analis", "instansi", "petugas",
        "pejabat", "pengelola", "operator", "bagian", "sub", "sekretaris", "ka", "kasie", "pegawai", "unit",
    ]

    /// Role words that stand alone as a role.
    static let standaloneWords = ASCIIWordSet(standaloneWordList)

    /// The words of `standaloneWords`.
    static let standaloneWordList = [
        "sekretaris", "bidang", "kadis", "camat", "lurah", "bupati", "walikota", "inspektur", "irban", "irbhan",
        "bendahara", "pemohon", "masyarakat", "bappeda", "sekcam", "sekdis", "kabid", "kasi", "kaban", "sekban",
        "pimpinan", "direktur", "satpam", "kurir",
    ]

    /// The role names of a header written as one row over several lines. `mentions` are role names
    /// written elsewhere in the SOP (`OCRRoleEvidence.mentions`): with the known role names, they rebuild
    /// the columns whose words they find in the header. Each line is read once (`HeaderReading`): its
    /// phrases, what the alignment asks of them, and their words, which become the header words
    /// (`HeaderScratch.align`). The alignment and the reconciliation work in the arrays of an
    /// `OCRRoleEvidence.ReconcileScratch` that a header read before left.
    static func roles(rowLines lines: [OCRLine], mentions: [String] = []) -> [String] {
        roles(rowLines: lines, mentions: OCRRoleEvidence.MentionList(names: mentions))
    }

    /// `roles(rowLines:mentions:)` of mentions whose words are numbered already
    /// (`OCRRoleEvidence.mentionList(in:)`).
    static func roles(rowLines lines: [OCRLine], mentions: OCRRoleEvidence.MentionList) -> [String] {
        var scratch = OCRRoleEvidence.ReconcileScratch.take()
        let roles = roles(rowLines: lines, mentions: mentions, scratch: &scratch)
        OCRRoleEvidence.ReconcileScratch.keep(consume scratch)
        return roles
    }

    /// `roles(rowLines:mentions:)` in the arrays of `scratch`, each emptied before use.
    static func roles(
        rowLines lines: [OCRLine], mentions: [String], scratch: inout OCRRoleEvidence.ReconcileScratch
    ) -> [String] {
        roles(rowLines: lines, mentions: OCRRoleEvidence.MentionList(names: mentions), scratch: &scratch)
    }

    /// `roles(rowLines:mentions:scratch:)` of mentions whose words are numbered already.
    static func roles(
        rowLines lines: [OCRLine], mentions: OCRRoleEvidence.MentionList, scratch: inout OCRRoleEvidence.ReconcileScratch
    ) -> [String] {
        guard scratch.header.align(lines) else { return [] }
        let names = scratch.header.columnNames
        return OCRRoleEvidence.reconcile(
            columnCount: names.count, columnName: { names[$0] }, words: scratch.header.words, mentions: mentions,
            scratch: &scratch)
    }

    /// The role names of a header that OCR printed column by column, each role a block of its own
    /// ("Staf / Perencanaan", "Kasubbag", "Perencanaan", "S", "ekretaris", "Kadis | Bappeda").
    static func roles(blocks: [[OCRLine]]) -> [String] {
        var roles: [String] = []
        var previousWasHead = false
        for block in blocks {
            for segment in block.map(\.text).joined(separator: " ").split(separator: "|") {
                let words = roleWords(segment)
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
                previousWasHead = words.count == 1 && OCRTableBytes.lowercasedIsOne(of: headWords, words[0][...])
                    && !OCRTableBytes.lowercasedIsOne(of: standaloneWords, words[0][...])
            }
        }
        return roles.filter { $0.count >= 2 }
    }

    private static func isStandalone(_ text: String) -> Bool {
        OCRTableBytes.keyIsOne(of: standaloneWords, text)
    }

    private static func isModifier(_ text: String) -> Bool {
        let first = TextFolding.keyWords(text).first ?? ""
        return !headWords.contains(first) && !standaloneWords.contains(first)
    }

    /// The role words of a header line, grouped into phrases: pipes separate phrases, a connector
    /// ("dan") stays with the word before it ("Evaluasi dan"), and a title that needs a complement takes
    /// the word after it when that word starts no role ("Petugas Rekam", "Tim Reviu", "Kepala Bidang"),
    /// and an acronym after those two ("Kasat Pol PP"); but a word followed by a connector starts a name
    /// of its own ("Petugas" | "Pengaduan dan": the second column's words went on the first's line).
    static func phrases(_ line: OCRLine) -> [String] {
        phrases(text: line.text)
    }

    /// `phrases` of a line whose text is `text`, as `HeaderReading` reads them.
    static func phrases(text: String) -> [String] {
        var reading = HeaderReading()
        reading.append(lineText: text)
        return reading.phrases.map(\.text)
    }

    /// `phrases` read segment by segment from the role words as Strings: the definition that the
    /// reading of plain ASCII texts follows.
    static func phrasesWordByWord(_ text: String) -> [String] {
        var phrases: [String] = []
        // The words of the phrase being read: one array for the whole line, emptied for each phrase.
        var current: [String] = []
        for segment in OCRTableBytes.split(text[...], separator: "|") {
            current.removeAll(keepingCapacity: true)
            var headNeedsComplement = false
            for word in roleWords(segment) {
                let isConnector = Self.isConnector(lowercasing: word)
                if isConnector, current.count == 2, headNeedsComplement, !Self.isConnector(lowercasing: current[1]) {
                    phrases.append(current[0])
                    current.removeFirst()
                    current.append(word)
                    headNeedsComplement = needsComplement(current[0])
                } else if isConnector, !current.isEmpty {
                    current.append(word)
                } else if current.count == 1, headNeedsComplement, complements(word) {
                    current.append(word)
                } else if current.count == 2, headNeedsComplement, isAcronym(word) {
                    current.append(word)
                } else {
                    if !current.isEmpty { phrases.append(phrase(of: current)) }
                    current.removeAll(keepingCapacity: true)
                    current.append(word)
                    headNeedsComplement = needsComplement(word)
                }
            }
            if !current.isEmpty { phrases.append(phrase(of: current)) }
        }
        return phrases
    }

    /// The words of a phrase joined by spaces (`words.joined(separator: " ")`): a phrase of one word,
    /// the most common, is that word, without joining.
    private static func phrase(of words: [String]) -> String {
        words.count == 1 ? words[0] : words.joined(separator: " ")
    }

    /// A role word of a plain ASCII header line, as bytes of the line: its core (`plainASCIIRoleWord`),
    /// and whether the word ended with "-", which the role word then ends with too.
    struct RoleWordBytes {
        /// Where the core starts in the line's bytes.
        let start: Int
        /// Where the core ends in the line's bytes.
        let end: Int
        /// Whether the role word is its core followed by "-".
        let addsHyphen: Bool
    }

    /// Whether a title needs a word after it to name a role ("Petugas" Loket, "Kepala" Dinas).
    static func needsComplement(_ word: String) -> Bool {
        FoldedKey.withPrefix(of: word, capacity: 32) { key, isWhole in
            isWhole && OCRRoleEvidence.roleHeads.contains(key) && !OCRRoleEvidence.standaloneHeads.contains(key)
                && !headsNamingARole.contains(key)
        }
    }

    /// Role heads that name a role on their own although they are not standalone heads.
    static let headsNamingARole = ASCIIWordSet(headsNamingARoleList)

    /// The words of `headsNamingARole`.
    static let headsNamingARoleList = ["perawat", "dokter", "bidan", "pendamping", "perencana", "pengadu"]

    /// Whether `word` is an acronym that ends a title and its complement ("Kasat Pol PP").
    static func isAcronym(_ word: String) -> Bool {
        let isUppercase = OCRTableBytes.isPlainASCII(word)
            ? word.utf8.count >= 2 && word.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
            : word.count >= 2 && word.allSatisfy(\.isUppercase)
        return isUppercase && !OCRTableBytes.keyIsOne(of: OCRRoleEvidence.roleHeads, word)
    }

    /// Whether `word` can complete the title before it on a header line: a capitalised word of three
    /// letters or more that starts no role of its own.
    static func complements(_ word: String) -> Bool {
        OCRTableBytes.letterCounts(word).letters >= 3 && OCRTableBytes.startsWithUppercase(word[...])
            && !OCRTableBytes.keyIsOne(of: OCRRoleEvidence.roleHeads, word) && !OCRTableBytes.endsWithHyphen(word[...])
    }

    /// The words of `text` that can be part of a role name: no header words, no debris.
    /// "Pelaksana" is the label over the role columns, but after a role word it ends a role name
    /// ("Staf Pelaksana", "Kepala Pelaksana"). A plain ASCII text is read in one pass over its bytes.
    static func roleWords(_ text: Substring) -> [String] {
        let onBytes = text.utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
            guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
            return plainASCIIRoleWords(bytes)
        }
        return (onBytes ?? nil) ?? roleWordsWordByWord(text)
    }

    /// `roleWords` of a plain ASCII text (no byte above 0x7F, no CR), on its bytes: every byte is a
    /// character, so its words are the runs of bytes between spaces, each read by `plainASCIIRoleWord`.
    private static func plainASCIIRoleWords(_ bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        var words: [String] = []
        var index = 0
        while index < bytes.count {
            guard bytes[index] != 0x20 else {
                index += 1
                continue
            }
            var end = index
            while end < bytes.count, bytes[end] != 0x20 { end += 1 }
            let word = UnsafeBufferPointer(rebasing: bytes[index..<end])
            if let role = plainASCIIRoleWord(word, afterRoleWord: !words.isEmpty) { words.append(role) }
            index = end
        }
        return words
    }

    /// `asciiRoleWord` of the bytes of a plain ASCII word, as a String (`plainASCIIRoleWordBytes`).
    private static func plainASCIIRoleWord(_ word: UnsafeBufferPointer<UInt8>, afterRoleWord: Bool) -> String? {
        guard let role = plainASCIIRoleWordBytes(word, word: 0..<word.count, afterRoleWord: afterRoleWord) else {
            return nil
        }
        let core = String(decoding: UnsafeBufferPointer(rebasing: word[role.start..<role.end]), as: UTF8.self)
        return role.addsHyphen ? core + "-" : core
    }

    /// `asciiRoleWord` of the plain ASCII word at `range` of `bytes`, as bytes of `bytes`: its core is
    /// the word without the bytes at either end that are no ASCII letters or digits
    /// (`trimmingOCRPunctuation`), or the word itself when it is "&" or "/". Read with the word's other
    /// notes in one pass (`LineWord.init(_:word:afterRoleWord:)`).
    static func plainASCIIRoleWordBytes(
        _ bytes: UnsafeBufferPointer<UInt8>, word range: Range<Int>, afterRoleWord: Bool
    ) -> RoleWordBytes? {
        LineWord(bytes, word: range, afterRoleWord: afterRoleWord)?.role
    }

    /// `roleWords` read word by word (`asciiRoleWord` or `roleWordByCharacters`): the definition that
    /// the reading of plain ASCII texts follows.
    static func roleWordsWordByWord(_ text: Substring) -> [String] {
        var words: [String] = []
        for word in FoldedKey.spaceSeparated(text) {
            let role = OCRTableBytes.isPlainASCII(word)
                ? asciiRoleWord(word, afterRoleWord: !words.isEmpty)
                : roleWordByCharacters(word, afterRoleWord: !words.isEmpty)
            if let role { words.append(role) }
        }
        return words
    }

    /// The role word that `word` gives in `roleWords`, if any, decided character by character.
    static func roleWordByCharacters(_ word: Substring, afterRoleWord: Bool) -> String? {
        let core = String(word.trimmingOCRPunctuation())
        let letters = core.filter(\.isLetter)
        guard !letters.isEmpty else { return word == "&" || word == "/" ? String(word) : nil }
        let key = letters.lowercased()
        if headerWords.contains(key.utf8), key != "pelaksana" || !afterRoleWord { return nil }
        if letters.count == 1, core.count == 1 { return core }
        guard letters.count * 2 >= core.count else { return nil }
        return word.hasSuffix("-") ? core + "-" : core
    }

    /// `roleWordByCharacters` of a plain ASCII word, decided on its bytes (every byte a character).
    static func asciiRoleWord(_ word: Substring, afterRoleWord: Bool) -> String? {
        let core = word.trimmingOCRPunctuation()
        let coreCount = core.utf8.count
        let (letterCount, isHeaderWord) = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: coreCount) { buffer in
            var count = 0
            for byte in core.utf8 where (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A {
                buffer[count] = byte | 0x20
                count += 1
            }
            let letters = UnsafeBufferPointer(rebasing: buffer[..<count])
            return (count, headerWords.contains(letters) && (!afterRoleWord || !letters.elementsEqual("pelaksana".utf8)))
        }
        guard letterCount > 0 else { return word == "&" || word == "/" ? String(word) : nil }
        if isHeaderWord { return nil }
        if letterCount == 1, coreCount == 1 { return String(core) }
        guard letterCount * 2 >= coreCount else { return nil }
        return word.utf8.last == 0x2D ? String(core) + "-" : String(core)
    }

    /// Places the phrases `line` of `phrases` (one line's) into the columns, in order (several phrases
    /// may share a column), maximising the alignment score, and writes the column of each phrase to
    /// the first `line.count` entries of `assignment`, which keeps the entries after them. A column
    /// holds its phrases' indices in `phrases`. `texts` are the columns' `ColumnText`s, kept up to date
    /// with them, one per column: the columns are the first `texts.count` arrays of `columns`. The
    /// search's tables live on the stack.
    static func place(
        _ line: Range<Int>, of phrases: [PhraseText], into columns: inout [[Int]], texts: inout [ColumnText],
        below: Bool, assignment: inout [Int]
    ) {
        let phraseTexts = phrases[line]
        let count = texts.count
        let n = phraseTexts.count
        let cells = (n + 1) * count
        // penaltySums[c]: the open penalties of columns 0..<c; best[i * count + c]: the best score with
        // phrases 0..<i placed and phrase i-1 in column c.
        withUnsafeTemporaryAllocation(of: Double.self, capacity: count + 1 + cells) { doubles in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: cells) { from in
                let penaltySums = UnsafeMutableBufferPointer(rebasing: doubles[0...count])
                let best = UnsafeMutableBufferPointer(rebasing: doubles[(count + 1)...])
                penaltySums[0] = 0
                for (column, text) in texts.enumerated() {
                    penaltySums[column + 1] = penaltySums[column] + (below ? text.openPenalty : 0)
                }
                bestAssignment(
                    phraseTexts, columnCount: count, texts: texts, members: columns, of: phrases, below: below,
                    penaltySums: penaltySums, best: best, from: from, into: &assignment)
            }
        }
        if below {
            for (phrase, column) in zip(line, assignment) { columns[column].append(phrase) }
        } else {
            for offset in stride(from: n - 1, through: 0, by: -1) {
                columns[assignment[offset]].insert(line.lowerBound + offset, at: 0)
            }
        }
        // The columns whose text is worked out again, one bit each: a header has at most
        // `maximumColumns` of them.
        var updated: UInt64 = 0
        for offset in 0..<n where updated & 1 << UInt64(assignment[offset]) == 0 {
            let column = assignment[offset]
            updated |= 1 << UInt64(column)
            texts[column] = ColumnText(columns[column], of: phrases)
        }
    }

    /// The column of each phrase of `place`, found in the tables it gives: `penaltySums` (filled),
    /// `best` and `from` (one row of `columnCount` cells per phrase and one more, filled here), and
    /// written to the first `phraseTexts.count` entries of `assignment`, which is lengthened only when it
    /// is shorter (it is kept from line to line and header to header, so its entries are not cleared
    /// and appended again for each line). `members` are the columns' phrases as indices
    /// of `phrases`, of which `phraseTexts` is the line's. The column each phrase is expected in, by
    /// its place on its line, is worked out once per phrase, not per column.
    /// `from[i * count + c]` is the column of phrase i-2 on the best placement with phrase i-1 in c.
    private static func bestAssignment(
        _ phraseTexts: ArraySlice<PhraseText>, columnCount count: Int, texts: [ColumnText], members: [[Int]],
        of phrases: [PhraseText], below: Bool, penaltySums: UnsafeMutableBufferPointer<Double>,
        best: UnsafeMutableBufferPointer<Double>,
        from: UnsafeMutableBufferPointer<Int>, into assignment: inout [Int]
    ) {
        let n = phraseTexts.count
        let first = phraseTexts.startIndex
        /// The penalty for leaving columns `from..<to` without a phrase (see `openPenalty`).
        func skippedPenalty(from: Int, to: Int) -> Double {
            let end = min(to, count)
            return from < end ? penaltySums[end] - penaltySums[from] : 0
        }
        func score(_ phrase: Int, expected: Double, column: Int) -> Double {
            Self.score(
                phraseAt: first + phrase, of: phraseTexts, expectedColumn: expected, column: column, in: texts,
                members: members, of: phrases, below: below)
        }
        for cell in 0..<((n + 1) * count) {
            best[cell] = -Double.infinity
            from[cell] = -1
        }
        let firstExpected = expectedColumn(index: 0, of: n, columnCount: count)
        for column in 0..<count {
            best[count + column] = score(0, expected: firstExpected, column: column) - skippedPenalty(from: 0, to: column)
        }
        if n > 1 {
            for phrase in 2...n {
                let bonus = sameColumnBonus(first + phrase - 2, first + phrase - 1, of: phraseTexts)
                let row = phrase * count
                let previousRow = row - count
                let expected = expectedColumn(index: phrase - 1, of: n, columnCount: count)
                for column in 0..<count {
                    let own = score(phrase - 1, expected: expected, column: column)
                    for previous in 0...column where best[previousRow + previous] > -Double.infinity {
                        var candidate = best[previousRow + previous]
                        if previous == column {
                            candidate += bonus
                        } else {
                            candidate += own - skippedPenalty(from: previous + 1, to: column)
                        }
                        if candidate > best[row + column] {
                            best[row + column] = candidate
                            from[row + column] = previous
                        }
                    }
                }
            }
        }
        let lastRow = n * count
        var column = (0..<count).max { lhs, rhs in
            best[lastRow + lhs] - skippedPenalty(from: lhs + 1, to: count)
                < best[lastRow + rhs] - skippedPenalty(from: rhs + 1, to: count)
        } ?? 0
        if assignment.count < n { assignment.append(contentsOf: repeatElement(0, count: n - assignment.count)) }
        for phrase in stride(from: n, through: 1, by: -1) {
            assignment[phrase - 1] = column
            column = max(0, from[phrase * count + column])
        }
    }

    /// Two phrases of one line in one column, those at `first` and `second` in `phrases`: likely when
    /// the first ends with a connector or they form a known pair, unlikely otherwise. The phrases are
    /// read field by field in place, not copied (a copy retains their strings).
    private static func sameColumnBonus(_ first: Int, _ second: Int, of phrases: ArraySlice<PhraseText>) -> Double {
        guard phrases[first].wordCount > 0, phrases[second].wordCount > 0 else { return -2 }
        if phrases[first].endsWithConnector { return 0.5 }
        return KnownPairs.isPair(phrases[first].lastWordNumber, phrases[second].firstWordNumber) ? 0.5 : -2.5
    }

    /// The first and last words of a folded key and how many it has (`FoldedKey.spaceSeparated`),
    /// without an array of its words: a plain ASCII key is read on its bytes, where every space is a
    /// character of its own and its words are the runs of bytes between spaces.
    struct FoldedWords {
        /// The first word, nil when there is none.
        let first: Substring?
        /// The last word, nil when there is none.
        let last: Substring?
        /// The number of words.
        let count: Int

        /// The words of `key` (a `TextFolding.key`).
        init(key: String) {
            let utf8 = key.utf8
            let bounds = utf8.withContiguousStorageIfAvailable { bytes -> (first: Range<Int>, last: Range<Int>, count: Int)? in
                var first = 0..<0
                var last = 0..<0
                var count = 0
                var index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    guard byte < 0x80 else { return nil }
                    guard byte != 0x20 else {
                        index += 1
                        continue
                    }
                    var end = index + 1
                    while end < bytes.count, bytes[end] != 0x20 {
                        guard bytes[end] < 0x80 else { return nil }
                        end += 1
                    }
                    if count == 0 { first = index..<end }
                    last = index..<end
                    count += 1
                    index = end
                }
                return (first, last, count)
            }
            guard let bounds = bounds ?? nil else {
                let words = FoldedKey.spaceSeparated(key[...])
                self.init(first: words.first, last: words.last, count: words.count)
                return
            }
            func word(_ range: Range<Int>) -> Substring {
                key[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)]
            }
            self.init(first: bounds.count > 0 ? word(bounds.first) : nil, last: bounds.count > 0 ? word(bounds.last) : nil,
                      count: bounds.count)
        }

        /// The words whose first and last are `first` and `last`, `count` in all.
        init(first: Substring?, last: Substring?, count: Int) {
            self.first = first
            self.last = last
            self.count = count
        }
    }

    /// A phrase of a header line, with what `score` asks of it, and what its column's `ColumnText`
    /// takes from it, worked out once.
    struct PhraseText: Equatable {
        /// The phrase as read.
        let text: String
        /// Whether the phrase is plain ASCII (`OCRTableBytes.isPlainASCII`): its folded words then
        /// stand in the folded words of any text it is joined into with spaces.
        let isPlainASCII: Bool
        /// The number of folded words (`FoldedKey.words(text).count`).
        let wordCount: Int
        /// Whether the phrase ends with "-".
        let endsWithHyphen: Bool
        /// Whether its last folded word is a connector.
        let endsWithConnector: Bool
        /// Whether it is one word that usually needs a complement below it (`headWords`).
        let isHeadWord: Bool
        /// The number of the first folded word among the words of the known role names
        /// (`KnownPairs.number(of:)`), -1 when it is none of them or there is none.
        let firstWordNumber: Int
        /// The number of the last folded word among the words of the known role names, likewise.
        let lastWordNumber: Int
        /// The penalty for leaving a column that ends with this phrase without a phrase of the next
        /// line (`ColumnText.openPenalty`).
        let openPenalty: Double
        /// Whether it is one folded word that needs a complement (`needsComplement`).
        let isLoneTitle: Bool
        /// Whether it is one folded word that is a standalone role head.
        let isLoneStandaloneHead: Bool
        /// Whether the phrase is a standalone role word.
        let isStandaloneWord: Bool
        /// Whether its first folded word is a role head.
        let startsWithRoleHead: Bool

        /// The first folded word, nil when the phrase folds to no word. Asked only of a phrase that ends
        /// with "-" and of a column's first phrase (`score`), so it is made from the text when asked: a
        /// plain ASCII phrase's on its bytes (`PhraseText.foldedRun`), any other's through its key. The
        /// phrase keeps no word, only its text, so it is copied and dropped releasing that one string.
        var firstWord: Substring? {
            guard wordCount > 0 else { return nil }
            return isPlainASCII ? Self.foldedRun(of: text[...], last: false) : FoldedWords(key: TextFolding.key(text)).first
        }

        /// The last folded word, nil when the phrase folds to no word, made like `firstWord`.
        var lastWord: Substring? {
            guard wordCount > 0 else { return nil }
            return isPlainASCII ? Self.foldedRun(of: text[...], last: true) : FoldedWords(key: TextFolding.key(text)).last
        }

        /// Phrases are equal when their texts and facts are, the first and last folded words compared
        /// as words, however each phrase keeps them.
        static func == (lhs: PhraseText, rhs: PhraseText) -> Bool {
            lhs.text == rhs.text && lhs.isPlainASCII == rhs.isPlainASCII && lhs.wordCount == rhs.wordCount
                && lhs.firstWord == rhs.firstWord && lhs.lastWord == rhs.lastWord
                && lhs.endsWithHyphen == rhs.endsWithHyphen && lhs.endsWithConnector == rhs.endsWithConnector
                && lhs.isHeadWord == rhs.isHeadWord && lhs.firstWordNumber == rhs.firstWordNumber
                && lhs.lastWordNumber == rhs.lastWordNumber && lhs.openPenalty == rhs.openPenalty
                && lhs.isLoneTitle == rhs.isLoneTitle && lhs.isLoneStandaloneHead == rhs.isLoneStandaloneHead
                && lhs.isStandaloneWord == rhs.isStandaloneWord && lhs.startsWithRoleHead == rhs.startsWithRoleHead
        }

        /// The first (or, with `last`, the last) folded word of a plain ASCII text that has one: its first
        /// (last) run of ASCII letters and digits, in lower case (`lowercased`).
        static func foldedRun(of text: Substring, last: Bool) -> Substring {
            var text = text
            return text.withUTF8 { bytes in
                var start = 0
                var end = bytes.count
                if last {
                    while end > 0, !TextFolding.isASCIIAlphanumeric(bytes[end - 1]) { end -= 1 }
                    start = end
                    while start > 0, TextFolding.isASCIIAlphanumeric(bytes[start - 1]) { start -= 1 }
                } else {
                    while start < end, !TextFolding.isASCIIAlphanumeric(bytes[start]) { start += 1 }
                    end = start
                    while end < bytes.count, TextFolding.isASCIIAlphanumeric(bytes[end]) { end += 1 }
                }
                return lowercased(UnsafeBufferPointer(rebasing: bytes[start..<end]))
            }
        }

        /// Reads `phrase` (a phrase of `phrases`, never empty). A plain ASCII phrase is read on its bytes
        /// (`init(plainASCII:bytes:)`); any other phrase through its key (`init(_:key:)`).
        init(_ phrase: String) {
            let onBytes = phrase.utf8.withContiguousStorageIfAvailable { bytes -> PhraseText? in
                OCRTableBytes.isPlainASCII(bytes: bytes) ? PhraseText(plainASCII: phrase, bytes: bytes) : nil
            }
            self = (onBytes ?? nil) ?? PhraseText(phrase, key: TextFolding.key(phrase))
        }

        /// `init(_:key:)` of a plain ASCII phrase whose UTF-8 bytes are `bytes`, in one pass over
        /// them: the folded words of a plain ASCII text are its runs of ASCII letters and digits in lower
        /// case (every other byte separates), so only the first and the last become Strings, and the
        /// sets are asked on the runs' bytes (`ASCIIWordSet.containsLowercased`).
        private init(plainASCII phrase: String, bytes: UnsafeBufferPointer<UInt8>) {
            var first = 0..<0
            var last = 0..<0
            var count = 0
            var index = 0
            while index < bytes.count {
                guard TextFolding.isASCIIAlphanumeric(bytes[index]) else {
                    index += 1
                    continue
                }
                var end = index + 1
                while end < bytes.count, TextFolding.isASCIIAlphanumeric(bytes[end]) { end += 1 }
                if count == 0 { first = index..<end }
                last = index..<end
                count += 1
                index = end
            }
            let firstKinds = count > 0 ? WordKinds.of(bytes, from: first.lowerBound, length: first.count) : .none
            self.init(
                plainASCII: phrase, firstWordKinds: firstKinds, firstWordLength: first.count,
                lastWordKinds: count > 1 ? WordKinds.of(bytes, from: last.lowerBound, length: last.count) : firstKinds,
                wordCount: count, endsWithHyphen: bytes.last == 0x2D, openPenalty: OCRRoleHeader.openPenalty(afterPlainASCII: phrase))
        }

        /// The facts of the plain ASCII phrase `phrase`, from its folded words: `wordCount` of them, the
        /// first and the last given by their `WordKinds` (`none` when there is none; the words are not
        /// kept: `firstWord` and `lastWord` read them from the text; the last is the first when there is
        /// one) and the first's length in bytes; whether it ends with "-", and its `openPenalty`.
        init(
            plainASCII phrase: String, firstWordKinds first: WordKinds, firstWordLength: Int, lastWordKinds last: WordKinds,
            wordCount count: Int, endsWithHyphen: Bool, openPenalty: Double
        ) {
            text = phrase
            isPlainASCII = true
            wordCount = count
            firstWordNumber = first.knownPairNumber
            lastWordNumber = last.knownPairNumber
            self.endsWithHyphen = endsWithHyphen
            endsWithConnector = last.contains(.connector)
            let isOneWord = count == 1
            isHeadWord = isOneWord && first.contains(.headWord)
            self.openPenalty = openPenalty
            isLoneTitle = isOneWord && first.needsComplement
            isLoneStandaloneHead = isOneWord && first.contains(.standaloneHead)
            isStandaloneWord = isOneWord && phrase.utf8.count == firstWordLength && first.contains(.standaloneWord)
            startsWithRoleHead = first.contains(.roleHead)
        }

        /// Whether the last run of ASCII letters and digits of `phrase` (which has one) starts the first run
        /// of `column` (which has one), in lower case: `foldedRun(of: column, last: false)` has the prefix
        /// `foldedRun(of: phrase, last: true)`, read on the bytes of two plain ASCII texts.
        static func lastRun(of phrase: UnsafeBufferPointer<UInt8>, startsFirstRunOf column: UnsafeBufferPointer<UInt8>) -> Bool {
            var end = phrase.count
            while end > 0, !TextFolding.isASCIIAlphanumeric(phrase[end - 1]) { end -= 1 }
            var start = end
            while start > 0, TextFolding.isASCIIAlphanumeric(phrase[start - 1]) { start -= 1 }
            var first = 0
            while first < column.count, !TextFolding.isASCIIAlphanumeric(column[first]) { first += 1 }
            for offset in 0..<(end - start) {
                // Letters and digits alike are equal in lower case when they are equal with bit 0x20 set.
                guard first + offset < column.count, TextFolding.isASCIIAlphanumeric(column[first + offset]),
                    column[first + offset] | 0x20 == phrase[start + offset] | 0x20
                else { return false }
            }
            return true
        }

        /// The ASCII letters and digits `bytes` in lower case, as a word of its own.
        static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>) -> Substring {
            Substring(String(unsafeUninitializedCapacity: bytes.count) { output in
                for (offset, byte) in bytes.enumerated() {
                    output[offset] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                }
                return bytes.count
            })
        }

        /// Reads `phrase` through its key `key` (`TextFolding.key(phrase)`) and the folded words of that
        /// key: the definition that the reading of plain ASCII phrases follows.
        init(_ phrase: String, key: String) {
            text = phrase
            isPlainASCII = OCRTableBytes.isPlainASCII(phrase)
            let words = FoldedWords(key: key)
            wordCount = words.count
            firstWordNumber = words.first.map(KnownPairs.number(of:)) ?? -1
            lastWordNumber = words.last.map(KnownPairs.number(of:)) ?? -1
            endsWithHyphen = OCRTableBytes.endsWithHyphen(phrase[...])
            endsWithConnector = words.last.map { isConnector($0) } ?? false
            let isOneWord = words.count == 1
            isHeadWord = isOneWord && isOne(of: headWords, words.first!)
            openPenalty = isPlainASCII ? OCRRoleHeader.openPenalty(afterPlainASCII: phrase) : OCRRoleHeader.openPenalty(after: phrase)
            isLoneTitle = isOneWord && needsComplement(key: words.first!)
            isLoneStandaloneHead = isOneWord && isOne(of: OCRRoleEvidence.standaloneHeads, words.first!)
            // A text that is a standalone word in lower case is its one folded word: it holds no separator.
            // A plain ASCII phrase as long as that word holds nothing else, so it is the word in lower case.
            isStandaloneWord = isOneWord && (isPlainASCII
                ? phrase.utf8.count == words.first!.utf8.count && isOne(of: standaloneWords, words.first!)
                : OCRTableBytes.lowercasedIsOne(of: standaloneWords, phrase[...]))
            startsWithRoleHead = words.first.map { isOne(of: OCRRoleEvidence.roleHeads, $0) } ?? false
        }
    }

    /// `set.contains(word)`, read through the word's contiguous bytes when it has them.
    private static func isOne(of set: ASCIIWordSet, _ word: Substring) -> Bool {
        word.utf8.withContiguousStorageIfAvailable { set.contains($0) } ?? set.contains(word)
    }

    /// `needsComplement(text)` of a text whose key is the one word `key`. No role head is longer than
    /// the 32 bytes `needsComplement` folds, so a longer key is no role head either.
    static func needsComplement(key: Substring) -> Bool {
        isOne(of: OCRRoleEvidence.roleHeads, key) && !isOne(of: OCRRoleEvidence.standaloneHeads, key)
            && !isOne(of: headsNamingARole, key)
    }

    /// The penalty for leaving a column whose last phrase is `phrase` without a phrase of the next
    /// line: a column left open by a connector ("Evaluasi dan") or a hyphen should get it.
    static func openPenalty(after phrase: String) -> Double {
        guard let last = FoldedKey.spaceSeparated(phrase[...]).last else { return 0 }
        let endsWithHyphen = OCRTableBytes.isPlainASCII(last)
            ? OCRTableBytes.endsWithHyphen(last) : last.lowercased().hasSuffix("-")
        return isConnector(lowercasing: last) || endsWithHyphen ? 3 : 0
    }

    /// `openPenalty(after:)` of a plain ASCII phrase (`OCRTableBytes.isPlainASCII`), read on its bytes:
    /// every byte is a character, so its last word is the bytes after its last space.
    static func openPenalty(afterPlainASCII phrase: String) -> Double {
        let penalty = phrase.utf8.withContiguousStorageIfAvailable { bytes -> Double in
            var end = bytes.count
            while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
            guard end > 0 else { return 0 }
            if bytes[end - 1] == 0x2D { return 3 }
            var start = end
            while start > 0, bytes[start - 1] != 0x20 { start -= 1 }
            guard let packed = PackedASCIIWord(UnsafeBufferPointer(rebasing: bytes[start..<end])) else { return 0 }
            return packedConnectors.contains(packed.asciiLowercased) ? 3 : 0
        }
        return penalty ?? openPenalty(after: phrase)
    }

    /// A column's phrases joined, read as what `score` asks of it, worked out once. A column of plain
    /// ASCII phrases is read from its phrases' `PhraseText`s, without joining and folding them again:
    /// the key of phrases joined with spaces is their non-empty keys joined with spaces, and its words
    /// are theirs, one after the other. It holds no text (its first folded word is made from its
    /// phrases when asked, `firstFoldedWord`), so it is copied and replaced without retaining one.
    struct ColumnText: Equatable {
        /// The index among the phrases of the first phrase with a folded word of a column of plain ASCII
        /// phrases, whose first folded word is the column's (`PhraseText.foldedRun`); -1 for any other
        /// column.
        private let firstWordedPlainPhrase: Int
        /// Whether the column folds to a word (`firstFoldedWord != nil`).
        let hasFoldedWord: Bool
        /// Whether the column is left open for the phrase below: its last word is a connector, or it
        /// ends with "-".
        let isOpenBelow: Bool
        /// The penalty for leaving the column without a phrase of the next line: a column left open by
        /// a connector ("Evaluasi dan") should get it.
        let openPenalty: Double
        /// Whether the column is one word that needs a complement (`needsComplement`).
        let isLoneTitle: Bool
        /// Whether the column is one word that is a standalone role head.
        let isLoneStandaloneHead: Bool
        /// Whether the column's text is a standalone role word.
        let isStandaloneWord: Bool
        /// Whether the column's first word is a role head.
        let startsWithRoleHead: Bool
        /// The number of the first folded word among the words of the known role names
        /// (`KnownPairs.number(of:)`), -1 when it is none of them or there is none.
        let firstWordNumber: Int
        /// The number of the last folded word among the words of the known role names, likewise.
        let lastWordNumber: Int

        /// The first folded word of this column, whose phrases are those of `phrases` at `members`. Asked
        /// only when a phrase ending with "-" is scored above the column (`score`), so it is made when
        /// asked: from the first worded phrase's text for a column of plain ASCII phrases, from the
        /// phrases' texts joined with spaces (`init(joining:)`) for any other.
        func firstFoldedWord(_ members: borrowing [Int], of phrases: borrowing [PhraseText]) -> Substring? {
            guard hasFoldedWord else { return nil }
            guard firstWordedPlainPhrase < 0 else {
                return PhraseText.foldedRun(of: phrases[firstWordedPlainPhrase].text[...], last: false)
            }
            return FoldedKey.words(members.map { phrases[$0].text }.joined(separator: " ")).first
        }

        /// Whether the first folded word of this column (`firstFoldedWord`) starts with the last folded word
        /// of `phrase` (`PhraseText.lastWord`). When both are read from plain ASCII texts, their words are
        /// runs of ASCII letters and digits, compared on the texts' bytes in lower case, without making
        /// either word.
        func firstFoldedWord(
            _ members: borrowing [Int], of phrases: borrowing [PhraseText], startsWithLastWordOf phrase: PhraseText
        ) -> Bool {
            guard hasFoldedWord, phrase.wordCount > 0 else { return false }
            if firstWordedPlainPhrase >= 0, phrase.isPlainASCII,
                let starts = phrases[firstWordedPlainPhrase].text.utf8.withContiguousStorageIfAvailable({ column in
                    phrase.text.utf8.withContiguousStorageIfAvailable { PhraseText.lastRun(of: $0, startsFirstRunOf: column) }
                }), let starts
            {
                return starts
            }
            guard let last = phrase.lastWord, let first = firstFoldedWord(members, of: phrases) else { return false }
            return first.hasPrefix(last)
        }

        /// Columns are equal when their facts are, however each column reads its first folded word
        /// (`firstFoldedWord`, compared on its own).
        static func == (lhs: ColumnText, rhs: ColumnText) -> Bool {
            lhs.hasFoldedWord == rhs.hasFoldedWord
                && lhs.isOpenBelow == rhs.isOpenBelow && lhs.openPenalty == rhs.openPenalty
                && lhs.isLoneTitle == rhs.isLoneTitle && lhs.isLoneStandaloneHead == rhs.isLoneStandaloneHead
                && lhs.isStandaloneWord == rhs.isStandaloneWord && lhs.startsWithRoleHead == rhs.startsWithRoleHead
                && lhs.firstWordNumber == rhs.firstWordNumber && lhs.lastWordNumber == rhs.lastWordNumber
        }

        /// The column of the phrases of `phrases` at `members` (at least one, none empty), read through
        /// their indices in one pass, without copying a phrase. Both arrays are borrowed, not retained:
        /// a column is read again each time a phrase is placed in it.
        init(_ members: borrowing [Int], of phrases: borrowing [PhraseText]) {
            var isPlainASCII = true
            var firstWorded = -1
            var lastWorded = -1
            var wordCount = 0
            for index in members.indices {
                let member = members[index]
                isPlainASCII = isPlainASCII && phrases[member].isPlainASCII
                let count = phrases[member].wordCount
                if count > 0 {
                    if firstWorded < 0 { firstWorded = member }
                    lastWorded = member
                    wordCount += count
                }
            }
            guard isPlainASCII, let last = members.last else {
                self = ColumnText(joining: members.map { phrases[$0].text })
                return
            }
            let hasWord = firstWorded >= 0
            firstWordedPlainPhrase = hasWord ? firstWorded : -1
            hasFoldedWord = hasWord
            firstWordNumber = hasWord ? phrases[firstWorded].firstWordNumber : -1
            lastWordNumber = hasWord ? phrases[lastWorded].lastWordNumber : -1
            isOpenBelow = (hasWord && phrases[lastWorded].endsWithConnector) || phrases[last].endsWithHyphen
            openPenalty = phrases[last].openPenalty
            isLoneTitle = wordCount == 1 && phrases[firstWorded].isLoneTitle
            isLoneStandaloneHead = wordCount == 1 && phrases[firstWorded].isLoneStandaloneHead
            isStandaloneWord = members.count == 1 && phrases[last].isStandaloneWord
            startsWithRoleHead = hasWord && phrases[firstWorded].startsWithRoleHead
        }

        /// The column of `phrases`, read from their text joined with spaces: the definition that the
        /// reading of plain ASCII phrases follows.
        init(joining phrases: [String]) {
            let text = phrases.joined(separator: " ")
            let words = FoldedKey.words(text)
            firstWordedPlainPhrase = -1
            hasFoldedWord = !words.isEmpty
            firstWordNumber = KnownPairs.number(ofFirst: words)
            lastWordNumber = KnownPairs.number(ofLast: words)
            isOpenBelow = words.last.map { isConnector($0) } == true || OCRTableBytes.endsWithHyphen(text[...])
            openPenalty = phrases.last.map(OCRRoleHeader.openPenalty(after:)) ?? 0
            isLoneTitle = words.count == 1 && needsComplement(text)
            isLoneStandaloneHead = words.count == 1 && OCRRoleEvidence.standaloneHeads.contains(words[0])
            isStandaloneWord = OCRTableBytes.lowercasedIsOne(of: standaloneWords, text[...])
            startsWithRoleHead = words.first.map { OCRRoleEvidence.roleHeads.contains($0) } ?? false
        }
    }

    /// The column that phrase number `index` of the `count` of its line is expected in, of `columnCount`
    /// columns: the phrases spread evenly over the columns, a lone phrase in the middle.
    private static func expectedColumn(index: Int, of count: Int, columnCount: Int) -> Double {
        count == 1 ? Double(columnCount - 1) / 2 : Double(index) * Double(columnCount - 1) / Double(count - 1)
    }

    /// How well the phrase at `position` in `phrases` (a line's, of which it is expected in column
    /// `expected`, `expectedColumn`) fits column `column` of `columns`, below or above the column's
    /// phrases. Asked for every phrase of a line and every column, so the phrase and the column are read
    /// field by field in place rather than copied (a copy retains the phrase's string), and their words
    /// only for a phrase ending with "-" above the column (the column's from its phrases, `members` of
    /// `allPhrases`): a phrase folds to a word exactly when its `wordCount` is above zero, a column when
    /// `hasFoldedWord`.
    private static func score(
        phraseAt position: Int, of phrases: ArraySlice<PhraseText>, expectedColumn expected: Double, column: Int,
        in columns: [ColumnText], members: [[Int]], of allPhrases: [PhraseText], below: Bool
    ) -> Double {
        guard phrases[position].wordCount > 0, columns[column].hasFoldedWord else { return 0 }
        var score = 0.0
        if below {
            if columns[column].isOpenBelow { score += 4 }
            if KnownPairs.isPair(columns[column].lastWordNumber, phrases[position].firstWordNumber) { score += 2 }
            if columns[column].isLoneTitle { score += 1 }
            if columns[column].isLoneStandaloneHead { score -= 1 }
        } else {
            let endsWithHyphen = phrases[position].endsWithHyphen
            let endsWithConnector = phrases[position].endsWithConnector
            if endsWithHyphen,
                columns[column].firstFoldedWord(members[column], of: allPhrases, startsWithLastWordOf: phrases[position])
            {
                score += 4
            }
            if endsWithConnector { score += 3 }
            let isPair = KnownPairs.isPair(phrases[position].lastWordNumber, columns[column].firstWordNumber)
            if isPair { score += 2 }
            if phrases[position].isHeadWord {
                score += columns[column].isStandaloneWord ? -2 : 1
            }
            if columns[column].startsWithRoleHead, !endsWithConnector, !endsWithHyphen, !isPair {
                score -= 1.5
            }
        }
        score -= 0.3 * abs(Double(column) - expected)
        return score
    }

    /// A column's phrases as one role name; a word broken with a hyphen is joined ("Bidang- Bidang").
    static func join(_ parts: [String]) -> String {
        joined(count: parts.count) { parts[$0] }
    }

    /// `join` of the texts of the phrases of `phrases` at `members`, read in place, without an array of
    /// their texts: a name of one phrase is that phrase's text; a longer one is written straight into its
    /// string, made at the size of its phrases and a space between each two, from the phrases' bytes.
    static func join(_ members: [Int], of phrases: [PhraseText]) -> String {
        guard members.count > 1 else { return members.isEmpty ? "" : phrases[members[0]].text }
        var capacity = members.count - 1
        for member in members { capacity += phrases[member].text.utf8.count }
        return String(unsafeUninitializedCapacity: capacity) { output in
            var length = 0
            for member in members {
                if length > 0, !endsWithHyphen(UnsafeBufferPointer(rebasing: output[..<length])) {
                    output[length] = 0x20
                    length += 1
                }
                var text = phrases[member].text
                text.withUTF8 { bytes in
                    guard let source = bytes.baseAddress, let target = output.baseAddress else { return }
                    (target + length).update(from: source, count: bytes.count)
                    length += bytes.count
                }
            }
            return length
        }
    }

    /// `join` of `count` parts, the part at each offset given by `part`: each part follows the name
    /// before it straight after a name that ends with "-" and after a space otherwise, and the first
    /// (or a part after nothing but empty parts) stands alone. The name is written on the stack from
    /// the parts' bytes, then made a String once, at its final size; a name of one part is that part.
    static func joined(count: Int, part: (Int) -> String) -> String {
        StackJoin.joined(count: count, part: part) { _, written in !written.isEmpty && !endsWithHyphen(written) }
    }

    /// Whether the text whose UTF-8 bytes are `name` ends with "-" (`hasSuffix("-")`): its last byte is
    /// "-", a character of its own after an ASCII byte or at the start; after another byte the
    /// characters decide.
    private static func endsWithHyphen(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = name.last, last == 0x2D else { return false }
        if name.count == 1 || name[name.count - 2] < 0x80 { return true }
        return String(decoding: name, as: UTF8.self).hasSuffix("-")
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
