@testable import SOPKit
import Testing

/// The reviewer rules' word lists compared packed (`ReviewerRules.isStopWord`, `isPrefixedNonVerb`,
/// `isRootVerb`) say what the lists say of a word in lower case, wherever the word stands in its text:
/// in a text of fewer than sixteen bytes (copied) and of sixteen or more (loaded and shifted).
@Suite struct ReviewerPackedWordTests {
    /// A test of a run of `length` bytes at `start` in a text.
    typealias PackedTest = (UnsafeBufferPointer<UInt8>, Int, Int) -> Bool

    /// What `test` says of `word` alone, after a short prefix, and inside a text of sixteen bytes or more.
    static func answers(_ word: String, _ test: PackedTest) -> [Bool] {
        ["", "x ", "Awal kata: "].flatMap { prefix in
            ["", ".", " dan sisa teks panjang sekali"].map { suffix in
                let bytes = Array((prefix + word + suffix).utf8)
                return bytes.withUnsafeBufferPointer { test($0, prefix.utf8.count, word.utf8.count) }
            }
        }
    }

    /// Each packed test with its list.
    static var tests: [(name: String, test: PackedTest, list: Set<String>)] {
        [
            ("stop word", ReviewerRules.isStopWord, ReviewerRules.stopWords),
            ("prefixed non-verb", ReviewerRules.isPrefixedNonVerb, Set(ReviewerRules.prefixedNonVerbs)),
            ("root verb", ReviewerRules.isRootVerb, ReviewerRules.rootVerbs),
        ]
    }

    @Test func listedWordsInAnyCase() {
        let rows: [(String, stop: Bool, nonVerb: Bool, root: Bool)] = [
            ("di", true, false, false), ("KE", true, false, false), ("Dan", true, false, false), ("itu", true, false, false),
            ("Yang", true, false, false), ("oLeH", true, false, false), ("untuk", true, false, false),
            ("DENGAN", true, false, false), ("kepada", true, false, false), ("data", false, true, false),
            ("Dinas", false, true, false), ("DIREKTUR", false, true, false), ("Direktorat", false, true, false),
            ("disposisi", false, true, false), ("TERLAMPIR", false, true, false), ("diklat", false, true, false),
            ("Dokumen", false, true, false), ("buat", false, false, true), ("KIRIM", false, false, true),
            ("Terima", false, false, true), ("periksa", false, false, true), ("serahkan", false, false, true),
            ("Rekap", false, false, true), ("ajukan", false, false, true), ("catat", false, false, true),
            // Near misses: one letter more, less or changed, a digit, and lists' words run together.
            ("d", false, false, false), ("dii", false, false, false), ("ke1", false, false, false), ("dang", false, false, false),
            ("kepadaa", false, false, false), ("dat", false, false, false), ("datas", false, false, false),
            ("direktorab", false, false, false), ("direktorats", false, false, false), ("disposisis", false, false, false),
            ("terlampira", false, false, false), ("direktu", false, false, false), ("buatt", false, false, false),
            ("serahkar", false, false, false), ("serahkann", false, false, false), ("b0at", false, false, false),
            ("didi", false, false, false), ("dandi", false, false, false), ("12", false, false, false),
        ]
        for (word, stop, nonVerb, root) in rows {
            #expect(Self.answers(word, ReviewerRules.isStopWord).allSatisfy { $0 == stop }, "\(word)")
            #expect(Self.answers(word, ReviewerRules.isPrefixedNonVerb).allSatisfy { $0 == nonVerb }, "\(word)")
            #expect(Self.answers(word, ReviewerRules.isRootVerb).allSatisfy { $0 == root }, "\(word)")
            #expect(ReviewerRules.stopWords.contains(word.lowercased()) == stop, "\(word)")
            #expect(ReviewerRules.prefixedNonVerbs.contains(word.lowercased()) == nonVerb, "\(word)")
            #expect(ReviewerRules.rootVerbs.contains(word.lowercased()) == root, "\(word)")
        }
    }

    /// Every word of the lists, in lower and upper case, is found; with its last letter changed, it is not.
    @Test func everyListedWordAndItsNeighbour() {
        for (name, test, list) in Self.tests {
            for word in list {
                #expect(Self.answers(word, test).allSatisfy { $0 }, "\(name) \(word)")
                #expect(Self.answers(word.uppercased(), test).allSatisfy { $0 }, "\(name) \(word)")
                let changed = String(word.dropLast()) + (word.hasSuffix("q") ? "x" : "q")
                #expect(Self.answers(changed, test).allSatisfy { !$0 }, "\(name) \(changed)")
            }
        }
    }

    /// A word next to bytes outside ASCII is read on its own bytes only: the texts' bytes before and
    /// after it play no part.
    @Test func wordsBesideNonASCIIText() {
        let rows: [(text: String, word: String, stop: Bool, nonVerb: Bool, root: Bool)] = [
            ("é dan", "dan", true, false, false), ("DAN é", "DAN", true, false, false),
            ("Dinas ‘Pendidikan’", "Dinas", false, true, false), ("«buat» laporan", "buat", false, false, true),
            ("ánta", "nta", false, false, false), ("Kepala ölçü", "Kepala", false, false, false),
            ("ölçü KEPADA", "KEPADA", true, false, false),
        ]
        for row in rows {
            let bytes = Array(row.text.utf8)
            let start = bytes.firstRange(of: Array(row.word.utf8))!.lowerBound
            let length = row.word.utf8.count
            bytes.withUnsafeBufferPointer { buffer in
                #expect(ReviewerRules.isStopWord(buffer, from: start, length: length) == row.stop, "\(row.text)")
                #expect(ReviewerRules.isPrefixedNonVerb(buffer, from: start, length: length) == row.nonVerb, "\(row.text)")
                #expect(ReviewerRules.isRootVerb(buffer, from: start, length: length) == row.root, "\(row.text)")
            }
        }
    }

    /// Generated words of one to twelve letters, drawn mostly from the lists' letters in both cases, agree
    /// with the lists.
    @Test func generatedWordsAgreeWithTheLists() {
        let letters = Array("dianektrusplmoybgDIANEKTRUSP9".utf8)
        var generator = SplitMix(seed: 0x5EB_0034)
        for _ in 0..<6000 {
            let length = Int.random(in: 1...12, using: &generator)
            let word = String(decoding: (0..<length).map { _ in letters.randomElement(using: &generator)! }, as: UTF8.self)
            for (name, test, list) in Self.tests {
                let expected = list.contains(word.lowercased())
                #expect(Self.answers(word, test).allSatisfy { $0 == expected }, "\(name) \(word)")
            }
        }
    }
}
