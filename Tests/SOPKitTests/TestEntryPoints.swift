@testable import SOPKit

/// Ways in for the tests that the library itself does not need: a list and its lines read from strings, a header
/// word matcher made in one step, the role evidence's candidate classes and order as arrays of their
/// own, and the OCR table's key starts read on a text.
extension LayoutListReader {
    /// `items` of the lines `lines`, given as strings.
    static func items(_ lines: [String]) -> [String] {
        var listLines = LayoutListLines()
        for line in lines { listLines.append(line) }
        return items(listLines)
    }

    /// `items(_:item:)` of `lines`, read in an item of its own.
    static func items(_ lines: LayoutListLines) -> [String] {
        var item = ListItemText()
        return items(lines, item: &item)
    }
}

extension LayoutListLines {
    /// Adds a line whose text is `text` (`append(utf8:)` of its bytes).
    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append(utf8: $0) }
    }
}

extension OCRRoleEvidence.HeaderWordMatcher {
    /// The matcher of the header words `words`, for the word numbers of `numbers`, with a cache of its own.
    init(words: [OCRHeaderWord], numbers: OCRRoleEvidence.CandidateWords) {
        var cache = OCRRoleEvidence.KnownWordMatchCache()
        self.init(words: words, numbers: numbers, cache: &cache)
    }

    /// The matcher of the header words `words`, for the word numbers of `numbers`, with the known role
    /// names' words each header word can be taken from `cache` (and noted there).
    init(words: [OCRHeaderWord], numbers: OCRRoleEvidence.CandidateWords, cache: inout OCRRoleEvidence.KnownWordMatchCache) {
        self.init()
        load(words: words, numbers: numbers, cache: &cache)
    }
}

extension OCRRoleEvidence {
    /// `sameWordsClasses(of:into:)` into an array of its own.
    static func sameWordsClasses(of mentions: [Candidate]) -> [Int] {
        var classes: [Int] = []
        sameWordsClasses(of: mentions, into: &classes)
        return classes
    }

    /// `longestFirst(_:maximum:knownWordsPresent:into:)` into an array of its own, every known word
    /// present (no known role name left out).
    static func longestFirst(_ mentionWordCounts: [Int], maximum: Int) -> [Int] {
        var ordered: [Int] = []
        longestFirst(mentionWordCounts, maximum: maximum, knownWordsPresent: .max, into: &ordered)
        return ordered
    }
}

extension OCRWordJoiner {
    /// The UTF-8 bytes of the words joined so far, as an array of their own.
    var bytes: [UInt8] { Array(storage[..<count]) }
}

extension OCRTableBytes {
    /// Whether `TextFolding.key(text)` may start with `byte`, an ASCII lower-case letter or digit, read
    /// on the text: the reference `keyStart(bytes:)` and `keyMayStart(with:start:)` are checked against.
    static func keyMayStart(with byte: UInt8, _ text: some StringProtocol) -> Bool {
        for textByte in text.utf8 {
            if textByte >= 0x80 { return true }
            if FoldedKey.isASCIIAlphanumeric(textByte) { return textByte | 0x20 == byte }
        }
        return false
    }

    /// `keyStart(bytes:)` of `text`'s UTF-8 bytes.
    static func keyStart(_ text: Substring) -> UInt8? {
        var bytesOfText = text
        return bytesOfText.withUTF8(keyStart(bytes:))
    }
}
