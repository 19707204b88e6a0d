/// Reads the narrative sections that follow the table of many SOPs (Latar Belakang, Maksud dan
/// Tujuan, Ruang Lingkup, Prosedur …, Persyaratan, …) and the numbered procedure among them, and
/// uses that procedure to complete or confirm the steps of a damaged table.
enum NarrativeSections {
    /// The sections of `lines`, and the items of the procedure section ("Prosedur Penyusunan").
    static func parse(_ lines: ArraySlice<OCRLine>) -> (sections: [Section], procedure: [String]) {
        var reader = SectionReader()
        var afterBlank = true
        for line in lines {
            defer { afterBlank = line.isBlank }
            guard !line.isBlank else { continue }
            if isTitle(line, afterBlank: afterBlank) {
                reader.close()
                reader.current = OpenSection(titleLine: line)
            } else if reader.current != nil, !isDebris(line) {
                reader.append(line)
            }
        }
        reader.close()
        return (reader.sections, reader.procedure)
    }

    /// The state of `parse` while it reads the lines: a value with methods rather than variables
    /// captured by a nested function, so that they are written without run-time exclusivity checks.
    private struct SectionReader {
        /// The room set aside for the sections at the first: a file's SOP seldom has more, so they are
        /// added without growing the array one doubling after the other.
        private static let reservedSections = 8

        var sections: [Section] = []
        var procedure: [String] = []
        var current: OpenSection?
        /// The text of the open section: the UTF-8 bytes of its lines joined by spaces, in one buffer
        /// kept from section to section.
        var text: [UInt8] = []
        /// The items of the open section's lines when it is the procedure section, in buffers kept
        /// from section to section.
        var procedureItems = ProcedureItems()

        /// Adds the text of `line` (no title, no debris) to the open section, after a space unless it
        /// is the first; a line of the procedure section is read into its items too, from the same
        /// bytes.
        mutating func append(_ line: OCRLine) {
            if !text.isEmpty { text.append(0x20) }
            var lineText = line.text
            let isProcedure = current!.isProcedure
            lineText.withUTF8 { bytes in
                text.append(contentsOf: bytes)
                if isProcedure { procedureItems.add(lineBytes: bytes, of: line) }
            }
        }

        /// Closes the open section, if any: its section is added with the text read, and the items of
        /// a procedure section become `procedure`.
        mutating func close() {
            guard let section = current else { return }
            if sections.isEmpty { sections.reserveCapacity(Self.reservedSections) }
            sections.append(Section(title: section.title, text: String(decoding: text, as: UTF8.self)))
            text.removeAll(keepingCapacity: true)
            if section.isProcedure {
                procedure = procedureItems.items
                procedureItems.removeAll()
            }
            current = nil
        }
    }

    /// A section being read: its title and whether it is the procedure section. Its text and
    /// procedure items are gathered by `SectionReader` as the lines come.
    private struct OpenSection {
        let title: String
        /// Whether the title names the procedure ("Prosedur …", "Uraian Prosedur …").
        let isProcedure: Bool

        /// The section that the title line `line` opens: its title is the line's title text
        /// (`fromFirstAlphanumeric`) without ":" and white space at either end. Those are separators,
        /// which a key leaves out, so the title's key is that of the title text: the line's key, read
        /// in place, when only ASCII was dropped before it (as in `titleText`).
        init(titleLine line: OCRLine) {
            let (text, droppedASCII) = fromFirstAlphanumeric(line.text)
            title = String(OCRTrim.trimmed(text, punctuation: OCRTrim.colon))
            isProcedure = droppedASCII ? line.withKeyBytes(keyNamesProcedure) : keyNamesProcedure(TextFolding.key(text))
        }
    }

    /// Whether a title's key (`TextFolding.key`) names the procedure section: it starts with
    /// "prosedur" or "uraian prosedur" (`hasPrefix`, which compares characters).
    static func keyNamesProcedure(_ key: String) -> Bool {
        key.hasPrefix("prosedur") || key.hasPrefix("uraian prosedur")
    }

    /// `keyNamesProcedure` of the UTF-8 bytes of a key. The prefixes are ASCII: a key starts with one
    /// as characters when it starts with its bytes and the byte after them, if any, is ASCII (a
    /// character boundary); when that byte is not ASCII (a mark may join the last letter), the
    /// characters decide. No other bytes are characters equal to these lower-case letters and spaces.
    static func keyNamesProcedure(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        func startsWith(_ prefix: StaticString) -> Bool? {
            prefix.withUTF8Buffer { prefix in
                guard key.count >= prefix.count, key.prefix(prefix.count).elementsEqual(prefix) else { return false }
                return key.count == prefix.count || key[prefix.count] < 0x80 ? true : nil
            }
        }
        guard let procedure = startsWith("prosedur"), let described = startsWith("uraian prosedur") else {
            return keyNamesProcedure(String(decoding: key, as: UTF8.self))
        }
        return procedure || described
    }

    /// Whether `line` is a section title: a known title, capitalised, after a blank line unless it is
    /// one that never starts a sentence ("Latar Belakang"). A strong title is a section title too, so
    /// the cheaper check comes first; a blank line above is asked before the title is read as strong.
    ///
    /// Where the title text starts is found on the line's bytes (`titleStart`); when its first
    /// character is ASCII, the title's key is the line's, read in place (no string of it is made), and
    /// the text is made only for the count of its words, which a strong title or a blank line above
    /// leaves unasked. An empty line, or one whose first byte turns it down (`firstByteRulesOutTitle`),
    /// as most lines that are asked are, is answered on that byte, without the call of `titleStart`.
    static func isTitle(_ line: OCRLine, afterBlank: Bool) -> Bool {
        guard line.rowStart == nil else { return false }
        let text = line.text
        guard let first = text.firstUTF8Byte, !firstByteRulesOutTitle(first) else { return false }
        switch titleStart(text) {
        case .notTitle:
            return false
        case .upperCaseASCII(let offset):
            guard line.withKeyBytes(keyBytesAreSectionTitle) else { return false }
            if afterBlank || line.withKeyBytes(keyBytesAreStrongSectionTitle) { return true }
            let utf8 = line.text.utf8
            return TextFolding.wordCount(line.text[utf8.index(utf8.startIndex, offsetBy: offset)...], atMost: 5) <= 4
        case .needsCharacters:
            let (text, key) = titleText(line)
            guard startsUpperCase(text), keyMayBeSectionTitle(key), Vocabulary.isSectionTitle(key: key) else { return false }
            return afterBlank || Vocabulary.isStrongSectionTitle(key) || TextFolding.wordCount(text, atMost: 5) <= 4
        }
    }

    /// `Vocabulary.isStrongSectionTitle` of a text given by the UTF-8 bytes of its `TextFolding.key`,
    /// without a string: a key folded again is itself, and the strong titles' keys are ASCII lower-case
    /// letters and single spaces, which no other text equals as characters, so the key is one of them
    /// exactly when its bytes are.
    static func keyBytesAreStrongSectionTitle(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        func isTitle(_ title: StaticString) -> Bool { title.withUTF8Buffer { key.elementsEqual($0) } }
        switch key.count {
        case 13: return isTitle("ruang lingkup")
        case 14: return isTitle("latar belakang")
        case 17: return isTitle("maksud dan tujuan")
        default: return false
        }
    }

    /// What the bytes of a line's text tell of its title text (`titleText`) and its first character.
    enum TitleStart: Equatable {
        /// The text starts with an ASCII letter or number that is no upper-case letter, or the title
        /// text is empty: the line is no title.
        case notTitle
        /// The title text starts at this byte offset with an upper-case ASCII letter that is a
        /// character of its own, after ASCII punctuation only: its key is the line's key.
        case upperCaseASCII(Int)
        /// A byte that is not ASCII comes first (or follows the first letter or number): the
        /// characters decide.
        case needsCharacters
    }

    /// Whether a text whose first byte is `first` is no title: that byte is an ASCII letter or digit
    /// other than A-Z (a character of its own or the start of one that is a lower-case letter or a
    /// number), the first test of `titleStart`.
    @inline(__always)
    static func firstByteRulesOutTitle(_ first: UInt8) -> Bool {
        first < 0x80 && TextFolding.isASCIIAlphanumeric(first) && (first < 0x41 || first > 0x5A)
    }

    /// Where the title text of `text` starts, read on its bytes: the first test of `isTitle` (a text
    /// that starts with an ASCII letter or number other than A-Z is no title), then
    /// `fromFirstAlphanumeric` and `startsUpperCase` while the bytes are ASCII.
    static func titleStart(_ text: String) -> TitleStart {
        text.utf8.withContiguousStorageIfAvailable { bytes -> TitleStart in
            let count = bytes.count
            if count > 0, firstByteRulesOutTitle(bytes[0]) { return .notTitle }
            var index = 0
            while index < count, bytes[index] < 0x80, !TextFolding.isASCIIAlphanumeric(bytes[index]) { index += 1 }
            if index == count { return .notTitle }
            let first = bytes[index]
            guard first < 0x80, index + 1 == count || bytes[index + 1] < 0x80 else { return .needsCharacters }
            return first >= 0x41 && first <= 0x5A ? .upperCaseASCII(index) : .notTitle
        } ?? .needsCharacters
    }

    /// Whether the first byte of `key` (a `TextFolding.key`) is the first letter of a section title:
    /// the first test of `Vocabulary.isSectionTitle(key:)`, made on the key's first byte alone so that
    /// most keys are turned down without the rest of that reading.
    static func keyMayStartSectionTitle(_ key: String) -> Bool {
        keyMayStartSectionTitle(first: key.firstUTF8Byte)
    }

    /// `keyMayStartSectionTitle` of a key whose first byte is `first` (nil for an empty key).
    @inline(__always)
    static func keyMayStartSectionTitle(first: UInt8?) -> Bool {
        guard let first, first >= 0x61, first <= 0x7A else { return false }
        return Vocabulary.sectionTitleInitials & 1 << (first - 0x61) != 0
    }

    /// Whether `Vocabulary.isSectionTitle(key: key)` may hold, for a `TextFolding.key`: false only when
    /// it certainly does not. A title starts the key and is followed by a space or nothing, so the
    /// key's first word (its bytes up to the first space) is the first word of a title
    /// (`isSectionTitleFirstWord`); these are ASCII, so a first word with a byte outside ASCII is none.
    /// The key's first byte is looked at first (`keyMayStartSectionTitle`).
    static func keyMayBeSectionTitle(_ key: String) -> Bool {
        guard keyMayStartSectionTitle(key) else { return false }
        return key.utf8.withContiguousStorageIfAvailable(keyBytesMayBeSectionTitle) ?? true
    }

    /// `keyMayBeSectionTitle` of the UTF-8 bytes of a key. The key's first byte tells the lengths its
    /// first word may have (`sectionTitleFirstWordLengths`, all below 16); the word's end, its first
    /// space, is looked for among the first 16 bytes only, eight at a time (`OCRTableBytes.firstSpace`).
    /// Most keys are turned down on that length, and only a first word of a title's length is compared
    /// with the titles' first words (`isSectionTitleFirstWord`).
    static func keyBytesMayBeSectionTitle(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return false }
        let lengths = sectionTitleFirstWordLengths(initial: first)
        guard lengths != 0, endsWordAtOneOf(lengths, bytes) else { return false }
        let end = OCRTableBytes.firstSpace(from: 1, in: UnsafeBufferPointer(rebasing: bytes.prefix(16)))
        return end < 16 && lengths &>> end & 1 != 0 && isSectionTitleFirstWord(UnsafeBufferPointer(rebasing: bytes[..<end]))
    }

    /// Whether `word` (not empty) is the first word of a section title that `Vocabulary.isSectionTitle(key:)`
    /// knows: compared in place with the words that start with its first byte, written out as constants
    /// as their lengths are (`sectionTitleFirstWordLengths`; `OCRSectionTitleWordsTests` compares both
    /// with the titles), without a table to initialise or a word to pack. A word of another length fails
    /// each comparison on its count.
    static func isSectionTitleFirstWord(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        func isWord(_ expected: StaticString) -> Bool {
            expected.withUTF8Buffer { Vocabulary.hasSameBytes($0, word) }
        }
        switch word[0] {
        case 0x62: return isWord("biaya")
        case 0x64: return isWord("dasar") || isWord("definisi")
        case 0x6A: return isWord("jadwal")
        case 0x6B: return isWord("kebijakan")
        case 0x6C: return isWord("latar")
        case 0x6D: return isWord("maksud") || isWord("mekanisme")
        case 0x70:
            return isWord("produk") || isWord("prosedur") || isWord("penanganan") || isWord("pengertian")
                || isWord("persyaratan")
        case 0x72: return isWord("ruang")
        case 0x73: return isWord("sarana")
        case 0x74: return isWord("tempat") || isWord("tujuan")
        case 0x75: return isWord("uraian")
        case 0x77: return isWord("waktu")
        default: return false
        }
    }

    /// Whether one of the byte lengths `lengths` (bits, as `sectionTitleFirstWordLengths` gives them,
    /// none past bit 15) could be that of the first word of `bytes`: a word of `n` bytes ends at the
    /// end or before a space, so `bytes` ends at `n` or has a space there. Read on those few bytes
    /// alone, it turns down most keys before their first space is looked for.
    @inline(__always)
    static func endsWordAtOneOf(_ lengths: UInt16, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var remaining = lengths
        while remaining != 0 {
            let length = remaining.trailingZeroBitCount
            if length == bytes.count || length < bytes.count && bytes[length] == 0x20 { return true }
            remaining &= remaining - 1
        }
        return false
    }

    /// The byte lengths of the first words of section titles (`isSectionTitleFirstWord`) that start
    /// with the byte `initial`, as bits (bit `n` for `n` bytes; none past bit 15); 0 for a byte that
    /// starts none. Written out as constants, so that a key is read against them without the lazy
    /// initialisation of a table (`OCRSectionTitleWordsTests` compares them with the words).
    @inline(__always)
    static func sectionTitleFirstWordLengths(initial: UInt8) -> UInt16 {
        switch initial {
        case 0x62: 1 << 5  // biaya
        case 0x64: 1 << 5 | 1 << 8  // dasar, definisi
        case 0x6A: 1 << 6  // jadwal
        case 0x6B: 1 << 9  // kebijakan
        case 0x6C: 1 << 5  // latar
        case 0x6D: 1 << 6 | 1 << 9  // maksud, mekanisme
        case 0x70: 1 << 6 | 1 << 8 | 1 << 10 | 1 << 11  // produk, prosedur, penanganan, pengertian, persyaratan
        case 0x72: 1 << 5  // ruang
        case 0x73: 1 << 6  // sarana
        case 0x74: 1 << 6  // tempat, tujuan
        case 0x75: 1 << 6  // uraian
        case 0x77: 1 << 5  // waktu
        default: 0
        }
    }

    /// `Vocabulary.isSectionTitle(key:)` of the UTF-8 bytes of a key, most keys turned down by
    /// `keyBytesMayBeSectionTitle` first.
    static func keyBytesAreSectionTitle(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        keyBytesMayBeSectionTitle(bytes) && Vocabulary.isSectionTitle(keyBytes: bytes)
    }

    /// The text of `line` from its first letter or number (`drop { !($0.isLetter || $0.isNumber) }`),
    /// and its `TextFolding.key`. When the characters dropped were found on ASCII bytes, they are ASCII
    /// punctuation, which the line's key already leaves out, so the key is the line's.
    static func titleText(_ line: OCRLine) -> (text: Substring, key: String) {
        let (text, droppedASCII) = fromFirstAlphanumeric(line.text)
        return (text, droppedASCII ? line.key : TextFolding.key(text))
    }

    /// `text.drop { !($0.isLetter || $0.isNumber) }`, found on the bytes while they are ASCII (an
    /// ASCII byte followed by another is a character of its own), and whether it was found so.
    static func fromFirstAlphanumeric(_ text: String) -> (text: Substring, droppedASCII: Bool) {
        let start = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var index = 0
            while index < bytes.count, bytes[index] < 0x80, !TextFolding.isASCIIAlphanumeric(bytes[index]) { index += 1 }
            guard index < bytes.count else { return index }
            return bytes[index] < 0x80 && (index + 1 == bytes.count || bytes[index + 1] < 0x80) ? index : nil
        }
        guard let start = start ?? nil else { return (text.drop { !($0.isLetter || $0.isNumber) }, false) }
        let utf8 = text.utf8
        return (text[utf8.index(utf8.startIndex, offsetBy: start)..<text.endIndex], true)
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

    /// Debris of the scan: no word of four letters or more with a lower-case letter. The tokens are
    /// read where they lie in the line's store (`OCRLine.withRecord`), none of them copied.
    static func isDebris(_ line: OCRLine) -> Bool {
        line.withRecord { held in
            let tokens = held.pointee.tokens
            for index in 0..<held.pointee.tokenCount {
                if case .word = tokens[index].kind, hasFourLettersAndLowerCase(tokens[index].text) { return false }
            }
            return true
        }
    }

    /// `TextFolding.hasLetters(word, atLeast: 4) && word.contains { $0.isLowercase }`, read on the bytes
    /// of an ASCII word (its letters are A-Z and a-z, its lower-case letters a-z), in place through
    /// `Substring.withUTF8` (a word of a line's text is native UTF-8), without the generic call for
    /// contiguous storage.
    static func hasFourLettersAndLowerCase(_ word: Substring) -> Bool {
        var word = word
        let onBytes = word.withUTF8 { asciiHasFourLettersAndLowerCase($0) }
        guard let answer = onBytes else {
            return TextFolding.hasLetters(word, atLeast: 4) && word.contains { $0.isLowercase }
        }
        return answer
    }

    /// `hasFourLettersAndLowerCase` of a word whose UTF-8 bytes are `bytes` when they are all ASCII,
    /// nil for any other word; true as soon as four letters, one of them lower-case, are read (the
    /// characters after them cannot undo that: a mark that follows an ASCII letter joins its
    /// character, which stays a letter of the same case).
    @inline(__always)
    private static func asciiHasFourLettersAndLowerCase(_ bytes: some Sequence<UInt8>) -> Bool? {
        var letters = 0
        var hasLowerCase = false
        for byte in bytes {
            if byte >= 0x80 { return nil }
            let folded = byte | 0x20
            if folded >= 0x61, folded <= 0x7A {
                letters += 1
                if byte >= 0x61 { hasLowerCase = true }
                if letters >= 4, hasLowerCase { return true }
            }
        }
        return false
    }

    /// The items of a numbered procedure, read from its lines (debris left out) one by one as they
    /// come: each line starts an item unless it starts in lower case; list markers are removed. The
    /// items' bytes are kept one after the other, with the offset where each starts, and become
    /// Strings once, when the items are asked for.
    struct ProcedureItems {
        private var bytes: [UInt8] = []
        private var itemStarts: [Int] = []

        /// The room set aside for the items' bytes and for their starts when they are first written, so
        /// that a procedure's items are written without growing the buffers one doubling after the other.
        private static let reservedBytes = 2_048
        private static let reservedItems = 64

        /// The text of every item.
        var items: [String] {
            bytes.withUnsafeBufferPointer { bytes in
                itemStarts.indices.map { position in
                    let end = position + 1 < itemStarts.count ? itemStarts[position + 1] : bytes.count
                    return String(decoding: UnsafeBufferPointer(rebasing: bytes[itemStarts[position]..<end]), as: UTF8.self)
                }
            }
        }

        /// Empties the items, keeping the storage of their buffers.
        mutating func removeAll() {
            bytes.removeAll(keepingCapacity: true)
            itemStarts.removeAll(keepingCapacity: true)
        }

        /// Reads `line`, whose text's UTF-8 bytes are `lineBytes`, into the items: a new item, or the
        /// end of the last one after a space. Its item is
        /// `ListSplitter.removingMarker(fromFirstAlphanumeric(text).text)`, cut from the bytes when
        /// `itemBytes` finds it there, else made as a String.
        mutating func add(lineBytes: UnsafeBufferPointer<UInt8>, of line: OCRLine) {
            if let item = NarrativeSections.itemBytes(ofLine: lineBytes) {
                add(item: UnsafeBufferPointer(rebasing: lineBytes[item]))
            } else {
                var item = ListSplitter.removingMarker(fromFirstAlphanumeric(line.text).text)
                item.withUTF8 { add(item: $0) }
            }
        }

        /// Adds the UTF-8 bytes of one line's item: nothing when empty, the end of the last item after
        /// a space when it starts in lower case, else a new item.
        private mutating func add(item: UnsafeBufferPointer<UInt8>) {
            guard !item.isEmpty else { return }
            if bytes.capacity == 0 {
                bytes.reserveCapacity(Self.reservedBytes)
                itemStarts.reserveCapacity(Self.reservedItems)
            }
            if !itemStarts.isEmpty, startsLowerCase(item) {
                bytes.append(0x20)
            } else {
                itemStarts.append(bytes.count)
            }
            bytes.append(contentsOf: item)
        }
    }

    /// The byte offsets, in a line's UTF-8 bytes, of its procedure item
    /// (`ListSplitter.removingMarker(fromFirstAlphanumeric(text).text)`), when the bytes tell them: the
    /// text from its first letter or number is found as `fromFirstAlphanumeric` finds it on ASCII
    /// bytes, and the marker is removed as `ListSplitter.itemRange(afterMarkerOf:)` does. Nil when a
    /// byte outside ASCII leaves it to the characters.
    static func itemBytes(ofLine bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var start = 0
        while start < bytes.count, bytes[start] < 0x80, !TextFolding.isASCIIAlphanumeric(bytes[start]) { start += 1 }
        if start == bytes.count { return start..<start }
        guard bytes[start] < 0x80, start + 1 == bytes.count || bytes[start + 1] < 0x80 else { return nil }
        guard let item = ListSplitter.itemRange(afterMarkerOf: UnsafeBufferPointer(rebasing: bytes[start...])) else {
            return nil
        }
        return start + item.lowerBound..<start + item.upperBound
    }

    /// Whether the first character of the text whose UTF-8 bytes are `bytes` (not empty) is lower
    /// case; decided on its byte when it is an ASCII byte followed by another (a character of its own).
    static func startsLowerCase(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let first = bytes[0]
        if first < 0x80, bytes.count == 1 || bytes[1] < 0x80 { return first >= 0x61 && first <= 0x7A }
        return String(decoding: bytes, as: UTF8.self).first!.isLowercase
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
