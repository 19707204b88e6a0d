extension OCRRoleHeader {
    /// The arrays that the alignment of a header written as one row over several lines works in
    /// (`align`, for `roles(rowLines:mentions:)`), kept from header to header in the
    /// `OCRRoleEvidence.ReconcileScratch` that reconciles it: each is emptied before a header uses it,
    /// keeping its room, so a header allocates none of them once the headers before it made room enough.
    struct HeaderScratch {
        /// The header's lines, read once.
        private(set) var reading = HeaderReading()
        /// Each column's phrases, as indices of `reading.phrases`, in the first `texts.count` arrays;
        /// the arrays after them are kept for a later header of more columns.
        private var columns: [[Int]] = []
        /// The columns' `ColumnText`s, one per column of the header.
        private var texts: [ColumnText] = []
        /// The columns of the phrases of the line placed last (`place`), in its first entries, one per
        /// phrase of the line.
        private var assignment: [Int] = []
        /// The header words, line after line and left to right on each, with their columns: the reading's,
        /// given their columns in place.
        var words: [OCRHeaderWord] { reading.words }
        /// The columns' role names, joined from their phrases when asked for (`ColumnNames`).
        var columnNames: ColumnNames { ColumnNames(members: columns, phrases: reading.phrases, count: texts.count) }

        /// Aligns the header whose lines are `lines`: the line with the most phrases gives the columns,
        /// and the phrases of the lines below it, then of those above it, are placed in them (`place`).
        /// Afterwards `columnNames` names the columns and `words` holds the header words with their columns.
        /// False, and neither is to be read, when a line has more phrases than `maximumColumns` or no line
        /// has a phrase.
        mutating func align(_ lines: [OCRLine]) -> Bool {
            reading.read(lines)
            guard lines.indices.allSatisfy({ reading.phrases(ofLine: $0).count <= maximumColumns }),
                let anchorIndex = lines.indices.max(by: {
                    reading.phrases(ofLine: $0).count < reading.phrases(ofLine: $1).count
                }),
                !reading.phrases(ofLine: anchorIndex).isEmpty
            else { return false }
            let phrases = reading.phrases
            let anchor = reading.phrases(ofLine: anchorIndex)
            // Each column starts with its anchor phrase, with room for a phrase of every line, which
            // most columns get, so that a column's array is allocated at most once.
            texts.removeAll(keepingCapacity: true)
            for (column, phrase) in anchor.enumerated() {
                if column == columns.count { columns.append([]) }
                columns[column].removeAll(keepingCapacity: true)
                columns[column].reserveCapacity(lines.count)
                columns[column].append(phrase)
                texts.append(ColumnText(columns[column], of: phrases))
                reading.setColumn(column, ofPhrase: phrase)
            }
            for line in stride(from: anchorIndex + 1, to: lines.count, by: 1) {
                placePhrases(ofLine: line, of: phrases, below: true)
            }
            for line in stride(from: anchorIndex - 1, through: 0, by: -1) {
                placePhrases(ofLine: line, of: phrases, below: false)
            }
            return true
        }

        /// Places the phrases of line `line` (of `phrases`, the reading's) in the columns, below or above
        /// the phrases placed before, and gives each one's words its column.
        private mutating func placePhrases(ofLine line: Int, of phrases: [PhraseText], below: Bool) {
            let range = reading.phrases(ofLine: line)
            guard !range.isEmpty else { return }
            place(range, of: phrases, into: &columns, texts: &texts, below: below, assignment: &assignment)
            for (phrase, column) in zip(range, assignment) { reading.setColumn(column, ofPhrase: phrase) }
        }
    }

    /// The role names of an aligned header's columns, each joined from its phrases (`join`) only when
    /// asked for: `OCRRoleEvidence.reconcile` reads the name of a column only when it keeps the column
    /// as aligned.
    struct ColumnNames {
        /// Each column's phrases, as indices of `phrases`, in the first `count` arrays.
        let members: [[Int]]
        /// The phrases of the header's lines.
        let phrases: [PhraseText]
        /// The number of columns.
        let count: Int

        /// The name of column `column` (below `count`): its phrases joined (`join`).
        subscript(column: Int) -> String {
            join(members[column], of: phrases)
        }
    }
}
