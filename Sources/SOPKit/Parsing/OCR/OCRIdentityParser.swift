/// Reads the identity block of an OCR'd SOP: labels broken over lines ("Tanggal Januari 2026" /
/// "Pembuatan"), two list labels on one row ("DASAR HUKUM KUALIFIKASI PELAKSANAAN") whose lists
/// follow side by side or one after the other, numbered items wrapped over lines, the agency's
/// upper-case lines mixed with the debris of stamps and signatures, and the approver's NIP.
struct OCRIdentityParser {
    private let file: String
    private var block = IdentityBlock()
    /// The fields' locations while the lines are read, written into `block.locations` by `finish`.
    private var locations = SOPFieldLocations()
    /// The UTF-8 bytes of the agency fragments of the lines read so far, joined by single spaces (empty
    /// when there are none): each fragment's bytes are copied in from its line as it is found, without
    /// a String of its own, and the agency is made a String once, when the block is finished.
    private var agencyBytes: [UInt8] = []
    /// The labels of the open lists (none, one or two), emptied by count when they close.
    private var columns = PlainValueBuffer<IdentityLabel>()
    /// The lines under the open list labels, read into their lists as they come, in buffers kept from
    /// one list to the next.
    private var listLines = TwoColumnList.Lines()
    private var approverOpen = false
    private var titleOpen = false
    /// A label that stood alone on its line: its value is on the next line.
    private var awaitingValue: (label: IdentityLabel, location: SourceLocation)?

    private init(file: String) { self.file = file }

    /// Reads the non-blank lines of `lines` in one pass, each line and its text fetched once. A line's
    /// label is looked for only when the bytes of its first word are the first word of a label
    /// (`IdentityLabelWords`); the next non-blank line is looked for only when the line may start a
    /// broken date label (`startsLikeDateWord`).
    static func parse(_ lines: ArraySlice<OCRLine>, file: String) -> IdentityBlock {
        var parser = OCRIdentityParser(file: file)
        var index = lines.startIndex
        while index < lines.endIndex {
            let line = lines[index]
            let text = line.text
            index += 1
            guard !text.isEmpty else { continue }
            if startsLikeDateWord(text) {
                let next = nextFilled(lines, from: index)
                if let (label, value) = brokenDateLabel(line, next: next < lines.endIndex ? lines[next] : nil) {
                    parser.closeLists()
                    parser.field(label, String(value), at: line.location)
                    index = next + 1
                    continue
                }
            }
            let mayStartWithLabel = IdentityLabelWords.mayStartWithLabel(text)
            if mayStartWithLabel, let match = Vocabulary.identityLabel(at: text), isLabelLine(match, text) {
                parser.labelLine(match, line: line)
            } else {
                parser.textLine(line, text: text, mayStartWithLabel: mayStartWithLabel)
            }
        }
        return parser.finish()
    }

    /// The index of the first line of `lines` from `start` on that is not blank (`lines.endIndex` when
    /// there is none; `start` may be past the end).
    private static func nextFilled(_ lines: ArraySlice<OCRLine>, from start: Int) -> Int {
        var index = start
        while index < lines.endIndex, lines[index].isBlank { index += 1 }
        return min(index, lines.endIndex)
    }

    /// A list label in OCR text is written in capitals ("KETERKAITAN"), stands alone, or has a colon;
    /// an item such as "Keterkaitan OPD" is not a label. A weak label ("Perangkat Daerah") needs its colon.
    /// `match` is the label found at the start of `text`, a line's text.
    private static func isLabelLine(_ match: LabelMatch, _ text: String) -> Bool {
        if match.isWeak { return match.hadColon }
        guard match.label.isList else { return true }
        if match.hadColon || OCRTrim.trimmed(match.rest).isEmpty { return true }
        // `match.rest` is the end of `text` (the line's) from a character boundary: the label part is the text before it.
        return TextFolding.isUpperCase(text[..<match.rest.startIndex], minimumLetters: 4)
    }

    /// Whether a line's text (`text`) starts with "t" or "T", as every date word (`isDateWord`) does: a
    /// line's text starts with its first token, so `parse` turns down every other line as the start of
    /// a broken date label (`brokenDateLabel`) without looking at its tokens or for the next line.
    @inline(__always)
    private static func startsLikeDateWord(_ text: String) -> Bool {
        text.firstUTF8Byte.map { $0 | 0x20 == 0x74 } == true
    }

    /// "Tanggal Januari 2026" (`line`) followed by a line "Pembuatan" (`next`, the next non-blank line):
    /// the label broken over two lines, read as the label and the value. The next line's key is read
    /// in place (`dateLabel(completedByKey:)`). Asked only of lines that start like a date word
    /// (`startsLikeDateWord`).
    private static func brokenDateLabel(_ line: OCRLine, next nextLine: OCRLine?) -> (IdentityLabel, Substring)? {
        let tokens = line.tokens
        guard let first = tokens.first?.text, isDateWord(first), let nextLine,
            let label = nextLine.withKeyBytes(dateLabel(completedByKey:))
        else { return nil }
        return (label, textAfterFirstToken(line.text, firstToken: first))
    }

    /// The tokens of a line after its first, joined by single spaces (`tokens.dropFirst().map(\.text)
    /// .joined(separator: " ")`), as the slice of the line's text (`OCRLine.text`) after the first
    /// token (`firstToken`, which holds no space) and the space after it: a line's text is its tokens
    /// joined by single spaces, so it starts with the first token's bytes, and the rest of it is the
    /// other tokens so joined. Empty when the line has one token.
    static func textAfterFirstToken(_ text: String, firstToken: Substring) -> Substring {
        let utf8 = text.utf8
        let offset = min(firstToken.utf8.count + 1, utf8.count)
        return text[utf8.index(utf8.startIndex, offsetBy: offset)...]
    }

    /// The date label whose second word is the whole of a line's key (the UTF-8 bytes of a
    /// `TextFolding.key`): "pembuatan" or "dibuat" (created), "revisi", "efektif" or "berlaku"
    /// (effective), "pengesahan" or "disahkan" (approved); nil for any other key. The words are ASCII
    /// letters, so a key equals one as a String exactly when its bytes do.
    static func dateLabel(completedByKey key: UnsafeBufferPointer<UInt8>) -> IdentityLabel? {
        func isWord(_ word: StaticString) -> Bool {
            word.withUTF8Buffer { key.elementsEqual($0) }
        }
        switch key.count {
        case 6: return isWord("dibuat") ? .created : isWord("revisi") ? .revised : nil
        case 7: return isWord("efektif") || isWord("berlaku") ? .effective : nil
        case 8: return isWord("disahkan") ? .approved : nil
        case 9: return isWord("pembuatan") ? .created : nil
        case 10: return isWord("pengesahan") ? .approved : nil
        default: return nil
        }
    }

    /// `["tanggal", "tgl", "tgl."].contains(word.lowercased())`, read on the bytes of an ASCII word:
    /// its letters compared in either case, its "." as it is; any other word through its lower case.
    static func isDateWord(_ word: Substring) -> Bool {
        let onBytes = word.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            func letters(_ expected: StaticString) -> Bool {
                expected.withUTF8Buffer { expected in
                    for (byte, letter) in zip(bytes, expected) where byte | 0x20 != letter { return false }
                    return true
                }
            }
            switch bytes.count {
            case 7: return letters("tanggal")
            case 3: return letters("tgl")
            case 4: return bytes[3] == 0x2E && letters("tgl")
            default: return false
            }
        }
        if let answer = onBytes ?? nil { return answer }
        return ["tanggal", "tgl", "tgl."].contains(word.lowercased())
    }

    // MARK: Lines

    private mutating func labelLine(_ match: LabelMatch, line: OCRLine) {
        titleOpen = false
        approverOpen = false
        awaitingValue = nil
        guard match.label.isList else {
            closeLists()
            let value = OCRTrim.trimmed(match.rest)
            if value.isEmpty, match.label != .approver {
                awaitingValue = (match.label, line.location)
            } else {
                field(match.label, String(value), at: line.location)
            }
            return
        }
        // The line's one or two list labels, held as two values rather than in an array of their own.
        var secondLabel: IdentityLabel?
        var rest = OCRTrim.trimmed(match.rest)
        if IdentityLabelWords.mayStartWithLabel(rest), let second = Vocabulary.identityLabel(at: rest), second.label.isList {
            secondLabel = second.label
            rest = OCRTrim.trimmed(second.rest)
        }
        if locations[match.label.listField] == nil { locations[match.label.listField] = line.location }
        if let secondLabel, locations[secondLabel.listField] == nil { locations[secondLabel.listField] = line.location }
        if secondLabel == nil, rest.isEmpty, columns.count == 1, listLines.isEmpty {
            columns.append(match.label)
            listLines.start(columns: 2)
            return
        }
        closeLists()
        columns.append(match.label)
        if let secondLabel { columns.append(secondLabel) }
        listLines.start(columns: columns.count)
        if !rest.isEmpty { listLines.read(rest) }
    }

    /// Fills the field of `label` from `text`, the text after the label or the line under it, read as
    /// its value text (`IdentityBlockParser.valueText`). `text` is a String, so that the String reading
    /// of the value text is the one called: it looks for a colon or a space to drop on the first byte
    /// alone and hands back `text` itself when its white space is already collapsed, as a line's text
    /// always is.
    private mutating func field(_ label: IdentityLabel, _ text: String, at location: SourceLocation) {
        let value = IdentityBlockParser.valueText(text)
        switch label {
        case .number:
            locations[.number] = location
            block.number = IdentityBlockParser.isPlaceholder(value) ? nil : value
        case .title:
            locations[.title] = location
            block.title = value.isEmpty ? nil : value
            titleOpen = true
        case .created, .revised, .effective, .approved:
            let sopField = Self.dateField(label)
            locations[sopField] = location
            let date: PartialDate?
            switch IndonesianDate.parse(value) {
            case .date(let parsed): date = parsed
            case .none: date = nil
            case .unreadable:
                date = nil
                block.diagnostics.append(Diagnostic(
                    .unreadableDate, "date \"\(value)\" is not a date SOPKit can read", file: file, at: location))
            }
            switch label {
            case .created: block.dates.created = date
            case .revised: block.dates.revised = date
            case .effective: block.dates.effective = date
            default: block.dates.approved = date
            }
        case .approver:
            locations[.approver] = location
            approverOpen = true
            if !IdentityBlockParser.isPlaceholder(value) {
                if let split = PersonName.splitPositionAndName(value) {
                    block.approver.position = split.position
                    block.approver.name = split.name
                } else {
                    block.approver.position = value
                }
            }
        case .approverName:
            block.approver.name = value.isEmpty ? nil : value
        case .approverNIP:
            if let digits = NIP.digits(in: value) {
                block.approver.nip = digits
                locations[.nip] = location
            }
        case .agency:
            if !value.isEmpty { block.agency = value }
        default:
            break
        }
    }

    /// Reads a line that holds no label; `text` is the line's text, and `mayStartWithLabel` is
    /// `IdentityLabelWords.mayStartWithLabel(text)`.
    private mutating func textLine(_ line: OCRLine, text: String, mayStartWithLabel: Bool) {
        // Most lines are turned down on their first two bytes here, without the call or a copy of the
        // agency read so far.
        if !Self.startsWithNoAgencyWord(text),
            let fragment = Self.keptAgencyFragment(text, after: agencyBytes, textMayStartWithLabel: mayStartWithLabel)
        {
            if agencyBytes.isEmpty {
                agencyBytes.reserveCapacity(Self.reservedAgencyBytes)
            } else {
                agencyBytes.append(0x20)
            }
            fragment.withUTF8(in: text) { agencyBytes.append(contentsOf: $0) }
            if locations[.agency] == nil { locations[.agency] = line.location }
            if awaitingValue == nil, approverOpen {
                if block.approver.nip == nil, let digits = Self.nipDigits(text) {
                    block.approver.nip = digits
                    locations[.nip] = line.location
                }
                return
            }
        }
        if let awaiting = awaitingValue, !line.isJunk {
            awaitingValue = nil
            field(awaiting.label, text, at: awaiting.location)
            return
        }
        // Whether the line looks like a person's name: asked by both approver checks, read once.
        var looksLikeName: Bool?
        func isNameLike() -> Bool {
            if let looksLikeName { return looksLikeName }
            let answer = PersonName.looksLikeName(text)
            looksLikeName = answer
            return answer
        }
        if approverOpen, block.approver.position == nil, !line.isJunk, Self.nipDigits(text) == nil, !isNameLike() {
            block.approver.position = text
            return
        }
        if approverOpen, block.approver.name == nil, isNameLike(),
            IdentityBlockParser.nipRange(in: text) == nil
        {
            block.approver.name = text
            return
        }
        if !columns.isEmpty {
            if !line.isJunk { listLines.read(text) }
            return
        }
        if approverOpen, block.approver.nip == nil, let digits = Self.nipDigits(text) {
            if let range = IdentityBlockParser.nipRange(in: text), block.approver.name == nil {
                let before = OCRTrim.trimmed(text[..<range.lowerBound], punctuation: OCRTrim.comma)
                if !before.isEmpty { block.approver.name = String(before) }
            }
            block.approver.nip = digits
            locations[.nip] = line.location
            return
        }
        if titleOpen, let title = block.title, Self.continuesTitle(text) {
            block.title = title + " " + text
            titleOpen = false
            return
        }
        titleOpen = false
    }

    /// The room set aside for the agency's bytes when its first fragment is found: room for the few
    /// lines of a long agency name.
    private static let reservedAgencyBytes = 128

    /// The leading upper-case words of an agency line ("DINAS KOPERASI, USAHA KECIL, ¥ e…" → "DINAS
    /// KOPERASI, USAHA KECIL,"), kept when they are at least two words or continue the previous fragment.
    /// A fragment that a label starts is none (`keptAgencyFragment`).
    static func agencyFragment(_ text: String, after previous: String?) -> String? {
        keptAgencyFragment(text, after: previous.map { Array($0.utf8) } ?? [], textMayStartWithLabel: nil)?.string(in: text)
    }

    /// `agencyFragment` of `text` as the words it keeps (`AgencyFragment`), made a String only where a
    /// reading needs one; `previous` is the UTF-8 bytes of the previous fragment, or of all the
    /// fragments before joined by single spaces (which end as the last one does), empty when there is
    /// none. The label is looked for only when the fragment's first word is a label's
    /// (`IdentityLabelWords`).
    ///
    /// Most lines are turned down on their first two bytes (`startsWithNoAgencyWord`) before their
    /// first word is read. An ASCII text is read in one pass (`asciiAgencyWords`), which turns it down
    /// at its first word when that is no agency word; any other text is turned down on its first word
    /// alone (`firstWordIsNoAgencyWord`) before it is read by characters. `textMayStartWithLabel`, when
    /// given, is `IdentityLabelWords.mayStartWithLabel(text)`: that is the fragment's answer too when
    /// the fragment starts where the text does (the first word the same, ended by a space or the end in
    /// either), and it is not asked again.
    static func keptAgencyFragment(_ text: String, after previous: [UInt8], textMayStartWithLabel: Bool?) -> AgencyFragment? {
        if startsWithNoAgencyWord(text) { return nil }
        let fragment: AgencyFragment
        let longWords: Int
        var mayStartWithLabel: Bool?
        if let ascii = asciiAgencyWords(text) {
            guard let ascii else { return nil }
            fragment = .words(ascii)
            longWords = ascii.longWords
            if ascii.start == 0 { mayStartWithLabel = textMayStartWithLabel }
        } else {
            if firstWordIsNoAgencyWord(text) { return nil }
            guard let byCharacters = agencyWordsByCharacters(text) else { return nil }
            fragment = .joined(byCharacters.fragment)
            longWords = byCharacters.longWords
        }
        guard longWords >= 2
            || (longWords >= 1 && !previous.isEmpty && previous.withUnsafeBufferPointer(continuesAgencyName(bytes:)))
            || AgencyName.isUnitName(fragment.string(in: text))
        else {
            return nil
        }
        guard mayStartWithLabel ?? fragment.withUTF8(in: text, IdentityLabelWords.mayStartWithLabel) else { return fragment }
        return Vocabulary.identityLabel(at: fragment.string(in: text)) == nil ? fragment : nil
    }

    /// Whether the first two bytes of `text` show that it starts with no agency word, so that
    /// `agencyFragment` finds none: a first byte a-z or 0-9, or A-Z followed by a-z ("Kepala"). An
    /// ASCII letter followed by another is a character of its own, and a first word holding a
    /// lower-case letter (with or without combining marks after it) is no upper-case word, read on
    /// bytes or on characters. Read on the text's contiguous bytes (false when it has none).
    @inline(__always)
    static func startsWithNoAgencyWord(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let first = bytes.first else { return false }
            if (first >= 0x61 && first <= 0x7A) || (first >= 0x30 && first <= 0x39) { return true }
            guard first >= 0x41, first <= 0x5A, bytes.count > 1 else { return false }
            return bytes[1] >= 0x61 && bytes[1] <= 0x7A
        } ?? false
    }

    /// The words that leave an agency name open at the end of a fragment ("DINAS … DAN").
    private static let openingAgencyWords = ["DAN", "KABUPATEN", "KOTA", "PROVINSI", "DAERAH"]

    /// Whether the agency fragment whose UTF-8 bytes are `previous` is continued by the next line: it
    /// ends with "," or with one of `openingAgencyWords`. A plain ASCII fragment
    /// (`OCRTableBytes.isPlainASCII`) is read on its bytes (every byte a character), its last word
    /// found by looking back for a space; any other by characters.
    static func continuesAgencyName(bytes previous: UnsafeBufferPointer<UInt8>) -> Bool {
        guard OCRTableBytes.isPlainASCII(bytes: previous) else {
            return continuesAgencyNameByCharacters(String(decoding: previous, as: UTF8.self))
        }
        var end = previous.count
        if end > 0, previous[end - 1] == 0x2C { return true }
        while end > 0, previous[end - 1] == 0x20 { end -= 1 }
        var start = end
        while start > 0, previous[start - 1] != 0x20 { start -= 1 }
        return isOpeningAgencyWord(UnsafeBufferPointer(rebasing: previous[start..<end]))
    }

    /// Whether the bytes `word` spell one of `openingAgencyWords` (upper-case ASCII): told by their
    /// count, then compared with the one word of that length.
    static func isOpeningAgencyWord(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        func isWord(_ expected: StaticString) -> Bool {
            expected.withUTF8Buffer { Vocabulary.hasSameBytes($0, word) }
        }
        switch word.count {
        case 3: return isWord("DAN")
        case 4: return isWord("KOTA")
        case 6: return isWord("DAERAH")
        case 8: return isWord("PROVINSI")
        case 9: return isWord("KABUPATEN")
        default: return false
        }
    }

    /// `continuesAgencyName(bytes:)` read character by character: the definition its byte reading follows.
    static func continuesAgencyNameByCharacters(_ previous: String) -> Bool {
        previous.hasSuffix(",") || openingAgencyWords.contains(String(previous.split(separator: " ").last ?? ""))
    }

    /// The leading agency words of `text` joined by single spaces, without trailing words of fewer
    /// than two letters, and how many of them have three letters or more; nil when there are none.
    static func agencyWordsByCharacters(_ text: String) -> (fragment: String, longWords: Int)? {
        var words = leadingWords(of: text, while: { isUpperCaseWord($0) || $0 == "&" })
        while let last = words.last, !TextFolding.hasLetters(last, atLeast: 2) { words.removeLast() }
        guard !words.isEmpty else { return nil }
        return (words.joined(separator: " "), words.filter { TextFolding.hasThreeLetters($0) }.count)
    }

    /// The leading agency words of an ASCII text as `asciiAgencyWords` finds them: the UTF-8 offsets of
    /// the first one's start and the last one's end, whether single spaces separate them (as in
    /// `OCRLine.text`), and how many of them have three letters or more.
    struct AgencyWords {
        let start: Int
        let end: Int
        let isSingleSpaced: Bool
        let longWords: Int

        /// Calls `body` with the UTF-8 bytes of the words joined by single spaces: those of `text` (the
        /// text the words were read from) from the first word to the last when single spaces separate
        /// them, else the words joined.
        func withUTF8<Result>(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
            var text = text
            return text.withUTF8 { bytes in
                let words = UnsafeBufferPointer(rebasing: bytes[start..<end])
                guard !isSingleSpaced else { return body(words) }
                var joined = OCRIdentityParser.joinedBySingleSpaces(words)
                return joined.withUTF8(body)
            }
        }
    }

    /// The agency fragment that `keptAgencyFragment` keeps: the words of an ASCII text as they lie in
    /// it, or the words read by characters, joined by single spaces.
    enum AgencyFragment {
        case words(AgencyWords)
        case joined(String)

        /// Calls `body` with the UTF-8 bytes of the fragment, read from `text`, the text it was found in.
        func withUTF8<Result>(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
            switch self {
            case .words(let words):
                return words.withUTF8(in: text, body)
            case .joined(var joined):
                return joined.withUTF8(body)
            }
        }

        /// The fragment as a String, read from `text`, the text it was found in.
        func string(in text: String) -> String {
            switch self {
            case .words(let words): words.withUTF8(in: text) { String(decoding: $0, as: UTF8.self) }
            case .joined(let joined): joined
            }
        }
    }

    /// `agencyWordsByCharacters` read in one pass over the bytes of a text whose leading words are
    /// ASCII; `.some(nil)` when there are no such words, nil when the characters must decide. Each word
    /// is read once, up to the first byte no agency word holds, where the reading of words stops; the
    /// bytes after it are not read. The words are handed back as offsets into the text's bytes
    /// (`AgencyWords`), so that no String is made for words that are then turned down.
    ///
    /// An accepted ASCII word is "&" or an upper-case word, which has two letters or more: only "&"
    /// words are dropped from the end, and a word's letters are its bytes A-Z.
    ///
    /// Every byte read before the stop is ASCII and no CR (a CR stops the reading), so each is a
    /// character of its own up to the stop, and the words before it are those the characters split.
    /// A stop at an ASCII byte turns down the word there by its characters too, whatever follows:
    /// `isUpperCaseWord` reads that word's bytes and turns it down at that byte, before any byte
    /// outside ASCII. So does a stop at the space after a word of fewer than two letters: the word is
    /// turned down, or, when a mark after the space joins it to the next word, the longer word is, at
    /// the space. A stop at a byte outside ASCII is left to the characters unless
    /// `turnsDownAgencyWord(atNonASCII:of:)` holds.
    static func asciiAgencyWords(_ text: String) -> AgencyWords?? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> AgencyWords?? in
            var fragmentStart = -1
            var previousEnd = 0
            var keptEnd = 0
            var isSingleSpaced = true
            var longWords = 0
            var keptLongWords = 0
            var index = 0
            let count = bytes.count
            words: while index < count {
                if bytes[index] == 0x20 {
                    index += 1
                    continue
                }
                // One word, read up to its end or to its first byte that no agency word holds (any byte
                // outside ASCII among them): its letters A-Z counted on the way.
                let start = index
                var letters = 0
                while index < count, bytes[index] != 0x20 {
                    let byte = bytes[index]
                    if byte &- 0x41 < 26 {
                        letters += 1
                    } else if byte != 0x2C && byte != 0x2E && byte != 0x2D && byte != 0x26 {
                        break words
                    }
                    index += 1
                }
                let isAmpersand = index - start == 1 && bytes[start] == 0x26
                guard isAmpersand || letters >= 2 else { break }
                if fragmentStart < 0 {
                    fragmentStart = start
                } else if start - previousEnd != 1 {
                    isSingleSpaced = false
                }
                previousEnd = index
                if !isAmpersand {
                    if letters >= 3 { longWords += 1 }
                    keptEnd = index
                    keptLongWords = longWords
                }
            }
            if index < count, bytes[index] >= 0x80, !turnsDownAgencyWord(atNonASCII: index, of: text) { return nil }
            guard keptEnd > 0 else { return .some(nil) }
            return AgencyWords(start: fragmentStart, end: keptEnd, isSingleSpaced: isSingleSpaced, longWords: keptLongWords)
        } ?? nil
    }

    /// Whether the characters turn down the word of `text` that holds the byte at `offset`, a byte
    /// outside ASCII after ASCII bytes only, where `asciiAgencyWords` stopped, and leave the words before
    /// it as the bytes read them: the byte before it (if any) is a character of its own, so a character
    /// starts at `offset`, and that character is no letter (nor, being no ASCII, one of ",", ".", "-",
    /// "&"), so no agency word (`isUpperCaseWord`, or "&") holds it.
    static func turnsDownAgencyWord(atNonASCII offset: Int, of text: String) -> Bool {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        if offset > 0 {
            guard let before = text[utf8.index(before: start)...].first, before.utf8.count == 1 else { return false }
        }
        guard let character = text[start...].first else { return false }
        return !character.isLetter
    }

    /// The space-separated words of ASCII `bytes` joined by single spaces.
    fileprivate static func joinedBySingleSpaces(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var joined: [UInt8] = []
        joined.reserveCapacity(bytes.count)
        for word in bytes.split(separator: 0x20) {
            if !joined.isEmpty { joined.append(0x20) }
            joined.append(contentsOf: word)
        }
        return String(decoding: joined, as: UTF8.self)
    }

    /// The words of `text` (split at the character " ") up to the first that fails `accepts`: the
    /// reading of non-ASCII texts, whose ASCII twin is `asciiAgencyWords`. The words are cut one at a
    /// time, so that the text after the first word turned down is not split
    /// (`Array(text.split(separator: " ").prefix(while: accepts))`).
    static func leadingWords(of text: String, while accepts: (Substring) -> Bool) -> [Substring] {
        var words: [Substring] = []
        var index = text.startIndex
        while index < text.endIndex {
            guard text[index] != " " else {
                index = text.index(after: index)
                continue
            }
            var end = text.index(after: index)
            while end < text.endIndex, text[end] != " " { end = text.index(after: end) }
            guard accepts(text[index..<end]) else { break }
            words.append(text[index..<end])
            index = end
        }
        return words
    }

    /// Whether `word` is an upper-case word of an agency name: two letters or more, all upper case, and
    /// nothing but letters and ",", ".", "-", "&". ASCII words are judged on their bytes.
    static func isUpperCaseWord(_ word: Substring) -> Bool {
        isUpperCaseASCIIWord(word.utf8) ?? isUpperCaseWordByCharacters(word)
    }

    /// `isUpperCaseWord` read on bytes: nil at the first non-ASCII byte met before the answer is known.
    private static func isUpperCaseASCIIWord(_ bytes: some Sequence<UInt8>) -> Bool? {
        var letters = 0
        for byte in bytes {
            if byte >= 0x80 { return nil }
            if byte >= 0x41 && byte <= 0x5A {
                letters += 1
            } else if byte != 0x2C && byte != 0x2E && byte != 0x2D && byte != 0x26 {
                return false
            }
        }
        return letters >= 2
    }

    /// Whether the first word of `text` is ASCII and neither an upper-case word of an agency name nor
    /// "&", so that `agencyFragment` finds no leading words: read on the bytes of that word alone.
    ///
    /// Text read by characters splits into the same first word: a space after ASCII bytes is a
    /// character of its own unless a combining mark follows it, and then the character it makes
    /// (a space with a mark) belongs in no agency word either.
    static func firstWordIsNoAgencyWord(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard let start = bytes.firstIndex(where: { $0 != 0x20 }) else { return false }
            let word = bytes[start..<(bytes[start...].firstIndex(of: 0x20) ?? bytes.count)]
            guard !word.contains(where: { $0 >= 0x80 }), !(word.count == 1 && word.first == 0x26) else { return false }
            return isUpperCaseASCIIWord(word) == false
        } ?? false
    }

    private static func isUpperCaseWordByCharacters(_ word: Substring) -> Bool {
        let letters = word.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
            && word.allSatisfy { $0.isLetter || $0 == "," || $0 == "." || $0 == "-" || $0 == "&" }
    }

    /// Digits of a NIP-like line: at least 15 digits in groups, starting with a plausible birth year.
    /// The digits are counted first, on the line's bytes in place, so that a line without 15 to 20 of
    /// them (most lines) is turned down without collecting them: eight bytes at a time for an ASCII
    /// line (`asciiDigitCount`), byte by byte for any other. The digits of a NIP are then written
    /// straight into its String (`nipString`), without an array of them first.
    static func nipDigits(_ text: String) -> String? {
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes -> String?? in
            var count = 0
            if let asciiCount = asciiDigitCount(bytes) {
                count = asciiCount
            } else {
                var previous: UInt8 = 0
                for byte in bytes {
                    // An ASCII digit is a character of its own unless a combining mark (a byte >= 0x80) follows.
                    if byte >= 0x80, previous >= 0x30, previous <= 0x39 { return nil }
                    if byte >= 0x30, byte <= 0x39 { count += 1 }
                    previous = byte
                }
            }
            guard count >= 15, count <= 20 else { return .some(nil) }
            return .some(nipString(bytes, digitCount: count))
        } ?? nil
        if let answer { return answer }
        return nipDigitsByCharacters(text)
    }

    /// The NIP among the ASCII digits of `bytes`, of which there are `digitCount`: the digits from the
    /// first "1" followed by "9" or "2" followed by "0" (a birth year's start) to the last, when they
    /// are 15 or more; else nil. The start is found in one pass over the bytes, and the digits from it
    /// are written into the String's storage in a second.
    static func nipString(_ bytes: UnsafeBufferPointer<UInt8>, digitCount: Int) -> String? {
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        // The position among the digits of the first digit of the first such pair.
        var start: Int?
        var position = 0
        var previous: UInt8 = 0
        for byte in bytes where isDigit(byte) {
            if position > 0, (previous == 0x31 && byte == 0x39) || (previous == 0x32 && byte == 0x30) {
                start = position - 1
                break
            }
            previous = byte
            position += 1
        }
        guard let start, digitCount - start >= 15 else { return nil }
        let length = digitCount - start
        return String(unsafeUninitializedCapacity: length) { output in
            var skipped = 0
            var written = 0
            for byte in bytes where isDigit(byte) {
                if skipped < start {
                    skipped += 1
                    continue
                }
                // `bytes` holds `digitCount` digits, so `length` of them follow the first `start`.
                precondition(written < length)
                output[written] = byte
                written += 1
            }
            return written
        }
    }

    /// The number of ASCII digits in `bytes` when every byte is ASCII, nil when one is not: read eight
    /// bytes at a time, the digits of each eight counted on their bits (`digitBytes`); the last few
    /// bytes of a buffer of eight or more are read in one load (`SourceText.lastBytes`), and a shorter
    /// buffer is read byte by byte.
    static func asciiDigitCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        let highBits: UInt64 = 0x8080_8080_8080_8080
        var digits = 0
        var index = 0
        while index + 8 <= count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            guard word & highBits == 0 else { return nil }
            digits += SourceText.topBitCount(digitBytes(word))
            index += 8
        }
        guard index < count else { return digits }
        if count >= 8 {
            let rest = SourceText.lastBytes(raw, count: count, from: index)
            guard rest & highBits == 0 else { return nil }
            return digits + SourceText.topBitCount(digitBytes(rest))
        }
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            if byte >= 0x30, byte <= 0x39 { digits += 1 }
        }
        return digits
    }

    /// The high bit of each byte of `word` (eight ASCII bytes, no high bit set) that is an ASCII digit,
    /// and no other bit: a byte `x` below 0x80 is at least "0" when `x + 0x50` reaches 0x80, and above
    /// "9" when `x + 0x46` does; neither sum carries into the next byte.
    @inline(__always)
    static func digitBytes(_ word: UInt64) -> UInt64 {
        (word &+ 0x5050_5050_5050_5050) & ~(word &+ 0x4646_4646_4646_4646) & 0x8080_8080_8080_8080
    }

    /// `nipDigits`, character by character (text where a digit may carry a combining mark).
    private static func nipDigitsByCharacters(_ text: String) -> String? {
        let digits = text.filter { $0.isASCII && $0.isNumber }
        guard digits.count >= 15, digits.count <= 20 else { return nil }
        let characters = Array(digits)
        guard let start = characters.indices.dropLast().first(where: {
            (characters[$0] == "1" && characters[$0 + 1] == "9") || (characters[$0] == "2" && characters[$0 + 1] == "0")
        }) else { return nil }
        let trimmed = String(characters[start...])
        return trimmed.count >= 15 ? trimmed : nil
    }

    /// A short line after "Nama SOP …" that finishes the title ("Kinerja"): one to four words (split at
    /// spaces), the first character a letter, not all capitals unless one word. A plain ASCII line
    /// (`OCRTableBytes.isPlainASCII`: every byte a character) is read on its bytes, its words counted
    /// only up to the fifth; any other line character by character.
    static func continuesTitle(_ text: String) -> Bool {
        let onBytes = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard OCRTableBytes.isPlainASCII(bytes: bytes) else { return nil }
            guard let first = bytes.first, (first | 0x20) >= 0x61, (first | 0x20) <= 0x7A else { return false }
            var words = 0
            var previousIsSpace = true
            for byte in bytes {
                if byte != 0x20, previousIsSpace {
                    words += 1
                    if words > 4 { return false }
                }
                previousIsSpace = byte == 0x20
            }
            return words == 1 || !TextFolding.isUpperCase(text, minimumLetters: 4)
        }
        if let answer = onBytes ?? nil { return answer }
        return continuesTitleByCharacters(text)
    }

    /// `continuesTitle` read character by character: the definition its byte reading follows.
    static func continuesTitleByCharacters(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard !words.isEmpty, words.count <= 4, let first = text.first, first.isLetter else { return false }
        return !TextFolding.isUpperCase(text, minimumLetters: 4) || words.count == 1
    }

    // MARK: Lists

    /// Writes the items of the open lists into the block and closes them (`columns` emptied, its
    /// storage kept for the next lists).
    private mutating func closeLists() {
        guard !columns.isEmpty else { return }
        defer { columns.removeAll() }
        for (column, label) in zip(0..<listLines.columnCount, columns) {
            switch label {
            case .legalBasis: listLines.appendItems(ofColumn: column, to: &block.legalBasis, reading: LegalReferenceParser.parse)
            case .qualifications: listLines.appendItems(ofColumn: column, to: &block.qualifications)
            case .relatedProcedures: listLines.appendItems(ofColumn: column, to: &block.relatedProcedures)
            case .equipment: listLines.appendItems(ofColumn: column, to: &block.equipment)
            case .warnings: listLines.appendItems(ofColumn: column, to: &block.warnings)
            default: listLines.appendItems(ofColumn: column, to: &block.records)
            }
        }
    }

    private static func dateField(_ label: IdentityLabel) -> SOPField {
        switch label {
        case .created: .created
        case .revised: .revised
        case .effective: .effective
        default: .approved
        }
    }

    private mutating func finish() -> IdentityBlock {
        closeLists()
        if !agencyBytes.isEmpty {
            let agency = String(decoding: agencyBytes, as: UTF8.self)
            block.agency = TextFolding.titleCase(OCRTrim.trimmed(agency[...], punctuation: OCRTrim.agencyPunctuation))
        }
        block.locations = locations
        // The block is moved out of the parser, which is dropped after this call, rather than copied
        // (a retain of each of its fields here, a release when the parser goes).
        var finished = IdentityBlock()
        swap(&finished, &block)
        return finished
    }
}

/// Splits the lines under one or two list labels into the items of each list. OCR gives the two
/// columns either side by side on the same lines ("1. Undang-Undang … 1. Pendidikan D3/S1") or one
/// after the other; numbering ("1.", "2.") tells the columns and the items apart, regulation names
/// start unnumbered legal items, and unnumbered lines continue the item before them.
enum TwoColumnList {
    /// The bytes of one list's items, one after the other, and the offset where each item starts:
    /// the items become Strings once, when the list is closed.
    fileprivate struct Column {
        var bytes: [UInt8] = []
        /// Where each item starts in `bytes`, emptied by count for the next list.
        var itemStarts = PlainValueBuffer<Int>()
        var expected = 1
        var numbered = false
        /// `startsLikeRegulation` of the last item once no later text can change it, with the number
        /// of items when it was worked out (`lastItemStartsLikeRegulation`).
        private var settledRegulation: (itemCount: Int, startsLikeRegulation: Bool)?
        var started: Bool { !itemStarts.isEmpty }

        /// Empties the column for a new list, keeping the storage of its buffers. A column without an
        /// item (as the right one of a one-column list) holds no bytes either and is left as it is:
        /// emptying an array costs a call of the general `replaceSubrange` even with nothing to remove.
        mutating func reset() {
            if !itemStarts.isEmpty {
                bytes.removeAll(keepingCapacity: true)
                itemStarts.removeAll()
            }
            expected = 1
            numbered = false
            settledRegulation = nil
        }

        /// The room set aside for a column's bytes and for its item starts when it is first written:
        /// its buffers are kept from list to list of a block, and a block's lists seldom need more, so
        /// they are written without growing the buffers one doubling after the other.
        private static let reservedBytes = 1_024
        private static let reservedItems = 32

        /// Sets aside `reservedBytes` and `reservedItems` before the column's first write.
        @inline(__always)
        private mutating func reserveOnFirstWrite() {
            guard bytes.capacity == 0 else { return }
            bytes.reserveCapacity(Self.reservedBytes)
            itemStarts.reserveCapacity(Self.reservedItems)
        }

        /// Starts a new item with `text`; a numbered item makes the column numbered and moves the
        /// number it expects next.
        mutating func start(_ text: UnsafeBufferPointer<UInt8>, numbered isNumbered: Bool) {
            reserveOnFirstWrite()
            itemStarts.append(bytes.count)
            bytes.append(contentsOf: text)
            if isNumbered {
                numbered = true
                expected += 1
            }
        }

        /// Adds `text` to the last item: after a space, or straight after an item ending in "-".
        mutating func extend(_ text: UnsafeBufferPointer<UInt8>) {
            guard !text.isEmpty else { return }
            reserveOnFirstWrite()
            if itemStarts.isEmpty {
                itemStarts.append(bytes.count)
            } else if !lastItemEnds(with: 0x2D) {
                bytes.append(0x20)
            }
            bytes.append(contentsOf: text)
        }

        /// `lastItem.hasSuffix(mark)` for an ASCII punctuation mark: a last byte `mark` after an ASCII
        /// byte (or alone) is a character of its own; after other bytes the characters decide.
        func lastItemEnds(with mark: UInt8) -> Bool {
            guard let start = itemStarts.last, bytes.count > start, bytes[bytes.count - 1] == mark else { return false }
            if bytes.count - start == 1 || bytes[bytes.count - 2] < 0x80 { return true }
            return lastItem.hasSuffix(String(Unicode.Scalar(mark)))
        }

        /// `TwoColumnList.startsLikeRegulation` of the last item (the column must have one). That reading
        /// looks at no more than the first 61 bytes when they are plain ASCII, and `extend` only adds
        /// bytes at the end, so once the item starts with 61 such bytes its answer is kept until the
        /// next item starts.
        mutating func lastItemStartsLikeRegulation() -> Bool {
            if let settled = settledRegulation, settled.itemCount == itemStarts.count {
                return settled.startsLikeRegulation
            }
            let start = itemStarts[itemStarts.count - 1]
            let settledLength = TwoColumnList.regulationPrefixLength + 1
            let (answer, isSettled) = bytes.withUnsafeBufferPointer { bytes in
                (
                    TwoColumnList.startsLikeRegulation(UnsafeBufferPointer(rebasing: bytes[start...])),
                    bytes.count - start >= settledLength
                        && OCRTableBytes.isPlainASCII(bytes: UnsafeBufferPointer(rebasing: bytes[start..<start + settledLength]))
                )
            }
            if isSettled { settledRegulation = (itemStarts.count, answer) }
            return answer
        }

        /// The text of the last item (the column must have one).
        var lastItem: String { String(decoding: bytes[itemStarts[itemStarts.count - 1]...], as: UTF8.self) }

        /// The text of every item.
        var items: [String] {
            var items: [String] = []
            appendItems(to: &items)
            return items
        }

        /// Appends the text of every item to `items`, each made a String once. An empty `items` (the
        /// first list of its field, nearly always the only one) is given room for them all at once.
        func appendItems(to items: inout [String]) {
            appendItems(to: &items, reading: { $0 })
        }

        /// Appends what `read` reads from the text of each item to `values`, each text made a String
        /// once: the items of a legal-basis list are read into references as their list closes, without
        /// an array of their texts kept for the end of the block. An empty `values` (the first list of its
        /// field, nearly always the only one) is given room for them all at once.
        func appendItems<Value>(to values: inout [Value], reading read: (String) -> Value) {
            if values.isEmpty { values.reserveCapacity(itemStarts.count) }
            for position in itemStarts.indices {
                let end = position + 1 < itemStarts.count ? itemStarts[position + 1] : bytes.count
                values.append(read(String(decoding: bytes[itemStarts[position]..<end], as: UTF8.self)))
            }
        }
    }

    /// The state of `Lines` while it reads the lines one by one.
    fileprivate struct Reader {
        var columns: Int
        var left = Column()
        var right = Column()
        var current = 0

        /// Starts new lists in `columns` (1 or 2) columns, keeping the storage of the buffers.
        mutating func start(columns: Int) {
            self.columns = columns
            left.reset()
            right.reset()
            current = 0
        }

        /// Reads the bytes of one line into the columns, in one pass over its list markers: the text
        /// before the first marker (unnumbered), then each marker's text up to the next marker. Which
        /// column a marker's item goes to is decided on the columns as they were before the line, as
        /// when every piece of the line was placed before any was added; so that state is read first.
        mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard var marker = TwoColumnList.nextMarker(in: bytes, from: 0) else {
                readUnnumbered(TwoColumnList.trimmed(bytes, from: 0, to: bytes.count), of: bytes, into: current)
                return
            }
            let placement = Placement(left: left, right: right, current: current)
            let before = TwoColumnList.trimmed(bytes, from: 0, to: marker.start)
            if !before.isEmpty { readUnnumbered(before, of: bytes, into: 0) }
            var atLineStart = before.isEmpty
            while true {
                let next = TwoColumnList.nextMarker(in: bytes, from: marker.end)
                let text = TwoColumnList.trimmed(bytes, from: marker.end, to: next?.start ?? bytes.count)
                let column = columns == 1 ? 0 : placement.column(of: marker.number, atLineStart: atLineStart)
                let item = UnsafeBufferPointer(rebasing: bytes[text])
                if column == 0 { left.start(item, numbered: true) } else { right.start(item, numbered: true) }
                current = column
                guard let following = next else { return }
                marker = following
                atLineStart = false
            }
        }

        /// Adds the unnumbered text at `text` of `bytes` to column `target` (0 left, 1 right): a new
        /// item of the left list when it starts one (`startsNewItem`), else the end of the last item.
        private mutating func readUnnumbered(_ text: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>, into target: Int) {
            let text = UnsafeBufferPointer(rebasing: bytes[text])
            if target == 0 {
                if TwoColumnList.startsNewItem(text, after: &left) {
                    left.start(text, numbered: false)
                } else {
                    left.extend(text)
                }
                current = 0
            } else {
                right.extend(text)
            }
        }
    }

    /// What decides the column of a numbered item of a line, as the columns stood before the line.
    private struct Placement {
        let leftExpected: Int
        let leftNumbered: Bool
        let leftStarted: Bool
        let rightExpected: Int
        let rightStarted: Bool
        let current: Int

        init(left: Column, right: Column, current: Int) {
            leftExpected = left.expected
            leftNumbered = left.numbered
            leftStarted = left.started
            rightExpected = right.expected
            rightStarted = right.started
            self.current = current
        }

        /// The column (0 left, 1 right) of an item numbered `number` of a two-column line: the left
        /// one when it starts the line with the number the left list expects (unless the right list
        /// expects it too and was the last one written), else the right one when it expects the number
        /// or has no item and the number is 1, else the left one at the line's start and the right one
        /// after it.
        func column(of number: Int, atLineStart: Bool) -> Int {
            if atLineStart, number == leftExpected, leftNumbered || !leftStarted,
                !(rightStarted && number == rightExpected && current == 1 && number > 1)
            {
                return 0
            }
            if number == rightExpected || (!rightStarted && number == 1) { return 1 }
            return atLineStart ? 0 : 1
        }
    }

    /// The lists under one or two labels, read line by line as the lines come: the columns' buffers
    /// are kept from one list to the next (of an identity block), and no line is gathered first.
    struct Lines {
        private var reader = Reader(columns: 1)
        /// Whether no line was read since the lists were started.
        private(set) var isEmpty = true

        /// Starts new lists under `columns` (1 or 2) labels.
        mutating func start(columns: Int) {
            reader.start(columns: columns)
            isEmpty = true
        }

        /// Reads the text of one line (`OCRLine.text`) into the lists: on its UTF-8 bytes where they lie
        /// (a line's text is native, so they are contiguous), without a copy of the string to call the
        /// mutating `withUTF8` on.
        mutating func read(_ text: String) {
            if text.utf8.withContiguousStorageIfAvailable({ reader.read($0) }) == nil {
                var text = text
                text.withUTF8 { reader.read($0) }
            }
            isEmpty = false
        }

        /// Reads the text after a line's list labels into the lists: a slice of the line's text
        /// (`OCRLine.text`) trimmed at both ends, whose tokens are therefore joined by single spaces
        /// already (`OCRLine.tokensJoined` of it is itself), read on its bytes where they lie.
        mutating func read(_ text: Substring) {
            if text.utf8.withContiguousStorageIfAvailable({ reader.read($0) }) == nil {
                var text = text
                text.withUTF8 { reader.read($0) }
            }
            isEmpty = false
        }

        /// The items of each list read since `start`, one array per column.
        var items: [[String]] { reader.columns == 1 ? [reader.left.items] : [reader.left.items, reader.right.items] }

        /// How many lists (columns) were started: 1 or 2.
        var columnCount: Int { reader.columns }

        /// Appends the items of the list in `column` (0 left, 1 right) read since `start` to `items`,
        /// straight from the column's bytes: `items[column]` without the arrays of `items`.
        func appendItems(ofColumn column: Int, to items: inout [String]) {
            if column == 0 { reader.left.appendItems(to: &items) } else { reader.right.appendItems(to: &items) }
        }

        /// Appends what `read` reads from each item of the list in `column` (0 left, 1 right) read since
        /// `start` to `values` (`Column.appendItems(to:reading:)`).
        func appendItems<Value>(ofColumn column: Int, to values: inout [Value], reading read: (String) -> Value) {
            if column == 0 {
                reader.left.appendItems(to: &values, reading: read)
            } else {
                reader.right.appendItems(to: &values, reading: read)
            }
        }
    }

    /// The items of each of `columns` (1 or 2) lists, from the texts of their lines (`OCRLine.text`).
    static func split(_ lines: [String], columns: Int) -> [[String]] {
        var list = Lines()
        list.start(columns: columns)
        for line in lines { list.read(line) }
        return list.items
    }

    /// The offsets of `bytes[start..<end]` without the ASCII white space at either end
    /// (`TextFolding.trim` on bytes).
    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Range<Int> {
        var start = start
        var end = end
        while start < end, TextFolding.isASCIIWhitespace(bytes[start]) { start += 1 }
        while end > start, TextFolding.isASCIIWhitespace(bytes[end - 1]) { end -= 1 }
        return start..<end
    }

    /// Whether an unnumbered line starts a new item of an unnumbered list: it begins like a regulation
    /// ("Peraturan …", "Undang-Undang …") or the list has none yet. The last item's reading, kept once
    /// settled (`lastItemStartsLikeRegulation`), is asked first: the line's own is read only when the
    /// last item starts like a regulation.
    private static func startsNewItem(_ text: UnsafeBufferPointer<UInt8>, after column: inout Column) -> Bool {
        guard !column.numbered else { return false }
        guard column.started else { return true }
        if startsWithLowercaseOrNumber(text) { return false }
        if column.lastItemEnds(with: 0x2C) || column.lastItemEnds(with: 0x2D) { return false }
        return !column.lastItemStartsLikeRegulation() || startsLikeRegulation(text)
    }

    /// How many characters at the start of a text `LegalReferenceParser.startsLikeRegulation` reads.
    static let regulationPrefixLength = 60

    /// `LegalReferenceParser.startsLikeRegulation` of the text whose UTF-8 bytes are `bytes`, which reads
    /// its first 60 characters. When the first 61 bytes are plain ASCII (no byte above 0x7F, no CR,
    /// `OCRTableBytes.isPlainASCII`, read eight bytes at a time), each of the first 60 is a character
    /// of its own, and the kind is read on those bytes where they stand, without a String.
    static func startsLikeRegulation(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let characters = regulationPrefixLength
        let isPlainPrefix = OCRTableBytes.isPlainASCII(bytes: UnsafeBufferPointer(rebasing: bytes.prefix(characters + 1)))
        guard isPlainPrefix else { return LegalReferenceParser.startsLikeRegulation(String(decoding: bytes, as: UTF8.self)) }
        return (LegalReferenceParser.kind(ofUTF8: UnsafeBufferPointer(rebasing: bytes.prefix(characters))) ?? nil) != nil
    }

    /// Whether the first character of `text` is lower case or a number: an ASCII byte followed by an
    /// ASCII byte (or the end) is a character of its own; other starts are read as characters.
    static func startsWithLowercaseOrNumber(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = text.first else { return false }
        if first < 0x80, text.count == 1 || text[1] < 0x80 {
            return (first >= 0x61 && first <= 0x7A) || (first >= 0x30 && first <= 0x39)
        }
        guard let character = String(decoding: text, as: UTF8.self).first else { return false }
        return character.isLowercase || character.isNumber
    }

    /// List markers "1." / "2)" at word starts in the bytes of a line, with their numbers and byte
    /// offsets (the digits and the "." or ")"). An ASCII byte followed by an ASCII byte (or the end)
    /// is a character of its own.
    static func markers(in bytes: UnsafeBufferPointer<UInt8>) -> [Marker] {
        var markers: [Marker] = []
        var next = nextMarker(in: bytes, from: 0)
        while let marker = next {
            markers.append(marker)
            next = nextMarker(in: bytes, from: marker.end)
        }
        return markers
    }

    /// A list marker of a line: its number and the byte offsets of its digits and "." or ")".
    typealias Marker = (number: Int, start: Int, end: Int)

    /// The first list marker (`markers(in:)`) of `bytes` from offset `start` on, which is 0 or the end
    /// of the marker before (the end of the bytes or a space, so no word starts there).
    ///
    /// Every marker ends in "." or ")": those bytes are found eight at a time (`firstMark`), and each
    /// is taken when one or two digits before it start a word (at offset 0 when `start` is 0, else
    /// after a space at or after `start`) and a lone space or the end follows it. Each byte before a
    /// mark is ASCII there, so the digits and a space before them are characters of their own. The
    /// marks are met in order, and two markers are at least three bytes apart, so the first mark
    /// taken is the first marker's.
    static func nextMarker(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Marker? {
        let count = bytes.count
        func isLone(_ index: Int) -> Bool { index + 1 == count || bytes[index + 1] < 0x80 }
        func isDigit(_ index: Int) -> Bool { bytes[index] >= 0x30 && bytes[index] <= 0x39 }
        func startsWord(_ index: Int) -> Bool { index == start ? start == 0 : bytes[index - 1] == 0x20 }
        var index = start + 1
        while true {
            let mark = firstMark(from: index, in: bytes)
            guard mark < count else { return nil }
            index = mark + 1
            guard isLone(mark), mark + 1 == count || (bytes[mark + 1] == 0x20 && isLone(mark + 1)), isDigit(mark - 1)
            else { continue }
            let units = Int(bytes[mark - 1] - 0x30)
            if startsWord(mark - 1) { return (units, mark - 1, mark + 1) }
            if mark - 2 >= start, isDigit(mark - 2), startsWord(mark - 2) {
                return (Int(bytes[mark - 2] - 0x30) * 10 + units, mark - 2, mark + 1)
            }
        }
    }

    /// The offset of the first "." or ")" of `bytes` at or after `start`; when there is none,
    /// `bytes.count`, or `start` itself when it lies past the end (`OCRTableBytes.firstByte`, eight bytes
    /// at a time as `OCRTableBytes.firstSpace` finds spaces).
    @inline(__always)
    static func firstMark(from start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        OCRTableBytes.firstByte(from: start, in: bytes, matchBytes: markBytes, isMatch: { $0 == 0x2E || $0 == 0x29 })
    }

    /// The high bit of each byte of `word` (eight bytes, the first the lowest) that is "." or ")", and
    /// no other bit (`OCRTableBytes.zeroBytes` of `word ^ 0x2E…` and of `word ^ 0x29…`).
    @inline(__always)
    static func markBytes(_ word: UInt64) -> UInt64 {
        OCRTableBytes.zeroBytes(word ^ 0x2E2E_2E2E_2E2E_2E2E) | OCRTableBytes.zeroBytes(word ^ 0x2929_2929_2929_2929)
    }
}
