/// Reads the narrative sections that follow the table of many SOPs (Latar Belakang, Maksud dan
/// Tujuan, Ruang Lingkup, Prosedur …, Persyaratan, …) and the numbered procedure among them, and
/// uses that procedure to complete or confirm the steps of a damaged table.
enum NarrativeSections {
    /// The sections of `lines`, and the items of the procedure section ("Prosedur Penyusunan").
    static func parse(_ lines: ArraySlice<OCRLine>) -> (sections: [Section], procedure: [String]) {
        var sections: [Section] = []
        var procedure: [String] = []
        var current: (title: String, lines: [OCRLine])?
        func close() {
            guard let section = current else { return }
            let text = section.lines.filter { !isDebris($0) }.map(\.text).joined(separator: " ")
            sections.append(Section(title: section.title, text: text))
            if TextFolding.key(section.title).hasPrefix("prosedur") || TextFolding.key(section.title).hasPrefix("uraian prosedur") {
                procedure = items(section.lines)
            }
            current = nil
        }
        var afterBlank = true
        for line in lines {
            defer { afterBlank = line.isBlank }
            guard !line.isBlank else { continue }
            if isTitle(line, afterBlank: afterBlank) {
                close()
                current = (TextFolding.trim(titleText(line).text, punctuation: [":"]), [])
            } else if current != nil {
                current!.lines.append(line)
            }
        }
        close()
        return (sections, procedure)
    }

    /// Whether `line` is a section title: a known title, capitalised, after a blank line unless it is
    /// one that never starts a sentence ("Latar Belakang"). A strong title is a section title too, so
    /// the cheaper check comes first.
    static func isTitle(_ line: OCRLine, afterBlank: Bool) -> Bool {
        guard line.rowStart == nil else { return false }
        if let byte = line.text.utf8.first, byte < 0x80, TextFolding.isASCIIAlphanumeric(byte), byte < 0x41 || byte > 0x5A {
            return false
        }
        let (text, key) = titleText(line)
        guard startsUpperCase(text), Vocabulary.isSectionTitle(key: key) else { return false }
        return Vocabulary.isStrongSectionTitle(key) || afterBlank || TextFolding.wordCount(text, atMost: 5) <= 4
    }

    /// The text of `line` from its first letter or number (`drop { !($0.isLetter || $0.isNumber) }`),
    /// and its `TextFolding.key`. Found on the bytes while they are ASCII: the characters dropped are
    /// then ASCII punctuation, which the line's key already leaves out, so the key is the line's.
    static func titleText(_ line: OCRLine) -> (text: Substring, key: String) {
        let utf8 = line.text.utf8
        var index = utf8.startIndex
        while index != utf8.endIndex, utf8[index] < 0x80, !TextFolding.isASCIIAlphanumeric(utf8[index]) {
            index = utf8.index(after: index)
        }
        if index == utf8.endIndex { return (line.text[index...], line.key) }
        let next = utf8.index(after: index)
        if utf8[index] < 0x80, next == utf8.endIndex || utf8[next] < 0x80 { return (line.text[index...], line.key) }
        let text = line.text.drop { !($0.isLetter || $0.isNumber) }
        return (text, TextFolding.key(text))
    }

    /// Whether the first character of `text` is upper case; decided on its byte when it is an ASCII
    /// byte followed by another (a character of its own).
    private static func startsUpperCase(_ text: Substring) -> Bool {
        let utf8 = text.utf8
        guard let byte = utf8.first else { return false }
        let next = utf8.index(after: utf8.startIndex)
        if byte < 0x80, next == utf8.endIndex || utf8[next] < 0x80 { return byte >= 0x41 && byte <= 0x5A }
        return text.first?.isUppercase == true
    }

    /// Debris of the scan: no word of four letters or more with a lower-case letter.
    private static func isDebris(_ line: OCRLine) -> Bool {
        !line.tokens.contains { token in
            token.kind == .word && TextFolding.hasLetters(token.text, atLeast: 4) && token.text.contains { $0.isLowercase }
        }
    }

    /// The items of a numbered procedure: each line starts an item unless it starts in lower case;
    /// list markers are removed; debris lines are skipped.
    static func items(_ lines: [OCRLine]) -> [String] {
        var items: [String] = []
        for line in lines where !isDebris(line) {
            let text = ListSplitter.removingMarker(line.text.drop { !($0.isLetter || $0.isNumber) })
            guard let first = text.first else { continue }
            if first.isLowercase, !items.isEmpty {
                items[items.count - 1] += " " + text
            } else {
                items.append(text)
            }
        }
        return items
    }

    /// Completes `steps` from the narrative procedure: a step without activity takes the narrative's
    /// item; when the table lost steps between steps that match the narrative, the narrative's items
    /// fill those gaps in order.
    static func reconcile(_ steps: inout [Step], with narrative: [String], file: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if steps.count < narrative.count, narrative.count <= 200 {
            let aligned = align(steps, narrative)
            let matched = aligned.indices.filter { aligned[$0] != nil }
            guard let firstMatch = matched.first, let lastMatch = matched.last, matched.count * 2 >= narrative.count,
                matched.count == steps.count
            else { return diagnostics }
            var merged: [Step] = []
            for (index, item) in narrative.enumerated() where index >= firstMatch && index <= lastMatch {
                if let stepIndex = aligned[index] {
                    var step = steps[stepIndex]
                    step.number = merged.count + 1
                    merged.append(step)
                } else {
                    let line = merged.last?.line ?? steps.first?.line ?? 1
                    merged.append(Step(number: merged.count + 1, activity: item, line: line))
                    diagnostics.append(Diagnostic(
                        .stepsFromNarrative,
                        "step \(merged.count) is missing from the OCR'd table; its activity is taken from the narrative procedure",
                        file: file, at: SourceLocation(line: line, column: 1)))
                }
            }
            steps = merged
        }
        if steps.count == narrative.count {
            for index in steps.indices where steps[index].activity.isEmpty {
                steps[index].activity = narrative[index]
                diagnostics.append(Diagnostic(
                    .stepsFromNarrative,
                    "step \(steps[index].number): activity unreadable in the table; taken from the narrative procedure",
                    file: file, at: steps[index].location(of: .activity)))
            }
        }
        return diagnostics
    }

    /// For each narrative item, the table step it matches (in order), by shared words.
    private static func align(_ steps: [Step], _ narrative: [String]) -> [Int?] {
        let stepWords = steps.map { Set(TextFolding.keyWords($0.activity).filter { $0.count >= 3 }) }
        let itemWords = narrative.map { Set(TextFolding.keyWords($0).filter { $0.count >= 3 }) }
        let rows = narrative.count
        let columns = steps.count
        var score = Array(repeating: Array(repeating: 0.0, count: columns + 1), count: rows + 1)
        for row in 1...max(1, rows) where rows > 0 {
            for column in 1...max(1, columns) where columns > 0 {
                let shared = Double(itemWords[row - 1].intersection(stepWords[column - 1]).count)
                let total = Double(max(1, min(itemWords[row - 1].count, stepWords[column - 1].count)))
                let similarity = shared / total
                score[row][column] = max(
                    score[row - 1][column], score[row][column - 1],
                    score[row - 1][column - 1] + (similarity >= 0.3 ? similarity : -1))
            }
        }
        var result = [Int?](repeating: nil, count: rows)
        var row = rows
        var column = columns
        while row > 0, column > 0 {
            let shared = Double(itemWords[row - 1].intersection(stepWords[column - 1]).count)
            let total = Double(max(1, min(itemWords[row - 1].count, stepWords[column - 1].count)))
            let similarity = shared / total
            if similarity >= 0.3, score[row][column] == score[row - 1][column - 1] + similarity {
                result[row - 1] = column - 1
                row -= 1
                column -= 1
            } else if score[row][column] == score[row - 1][column] {
                row -= 1
            } else {
                column -= 1
            }
        }
        return result
    }
}
