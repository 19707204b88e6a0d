@testable import SOPKit

/// Ways in for the tests that the library itself does not need: a list read from strings, and a header
/// word matcher made in one step.
extension LayoutListReader {
    /// `items` of the lines `lines`, given as strings.
    static func items(_ lines: [String]) -> [String] {
        var listLines = LayoutListLines()
        for line in lines { listLines.append(line) }
        return items(listLines)
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

extension OCRWordJoiner {
    /// The UTF-8 bytes of the words joined so far, as an array of their own.
    var bytes: [UInt8] { Array(storage[..<count]) }
}
