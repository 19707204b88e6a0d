@testable import SOPKit
import Testing

/// `OCRRoleEvidence.writeASCIIKey` writes the key of a name once and notes the key of each beginning of
/// it; `namesLongestFirst` orders the names without sorting. Both are compared with the code before
/// them: `TextFolding.writeKeyBytes` of each beginning with its words counted from its spaces, and the
/// sort of the names' indices by word count, then index.
@Suite struct OCRRoleMentionKeysTests {
    /// `writeKeyBytes` of `text` as a String, and its word count (the reference).
    static func referenceKey(_ text: ArraySlice<UInt8>) -> (key: String, wordCount: Int) {
        let bytes = Array(text)
        return bytes.withUnsafeBufferPointer { source in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, source.count)) { output in
                let length = TextFolding.writeKeyBytes(source, to: output)
                let key = UnsafeBufferPointer(rebasing: output[..<length])
                var spaces = 0
                for byte in key where byte == 0x20 { spaces += 1 }
                return (String(decoding: key, as: UTF8.self), length == 0 ? 0 : spaces + 1)
            }
        }
    }

    /// ASCII names at the edges, with the offsets of their word ends: empty, separators only, leading
    /// and trailing separators, runs of separators, tabs, CR LF, digits, capitals, "&" and "/", inner
    /// punctuation, and a very long name.
    static let names: [(text: String, ends: [Int])] = [
        ("", []),
        ("", [0]),
        ("Kasi", [4]),
        ("Kasi Operasi dan Pengendalian", [4, 12, 16, 29]),
        ("KEPALA  SUB-BAGIAN\tUMUM", [6, 18, 23]),
        ("  Staf. (Umum) ", [7, 14, 15]),
        ("Petugas & Loket / 2", [7, 9, 15, 17, 19]),
        ("& / -", [1, 3, 5]),
        ("Lurah\r\nSukajadi", [5, 7, 15]),
        ("Tim 01 Reviu", [3, 6, 12]),
        ("Kepala Dinas", [6, 6, 12]),
        (String(repeating: "Kepala Dinas Sosial ", count: 200), [6, 2000, 4000]),
    ]

    @Test func writesTheKeyOfEveryBeginning() {
        for (text, ends) in Self.names {
            let bytes = Array(text.utf8)
            let words = ends.map { OCRRoleEvidence.NameWordEnd(end: $0, isJoiner: false) }
            bytes.withUnsafeBufferPointer { source in
                words.withUnsafeBufferPointer { ends in
                    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, source.count)) { output in
                        withUnsafeTemporaryAllocation(of: OCRRoleEvidence.PrefixKey.self, capacity: max(1, ends.count)) { prefixes in
                            OCRRoleEvidence.writeASCIIKey(source, ends: ends, to: output, prefixKeys: prefixes)
                            for (position, end) in ends.enumerated() {
                                let reference = Self.referenceKey(bytes[..<end.end])
                                let key = String(decoding: UnsafeBufferPointer(rebasing: output[..<prefixes[position].length]), as: UTF8.self)
                                #expect(key == reference.key, "\(text.debugDescription) to \(end.end)")
                                #expect(prefixes[position].wordCount == reference.wordCount, "\(text.debugDescription) to \(end.end)")
                            }
                        }
                    }
                }
            }
        }
    }

    /// Word counts at the edges: none, one name, ties, counts within and beyond the spread read count by
    /// count, zero counts, and many names.
    static let wordCountLists: [[Int]] = [
        [], [1], [0], [2, 2, 2], [1, 3, 2, 3, 1, 6], [6, 5, 4, 3, 2, 1, 0], [0, 7, 3, 7, 0],
        [1, 8, 1, 9, 2], [12, 1, 30, 1, 12], (0..<300).map { ($0 * 7) % 6 + 1 }, (0..<50).map { ($0 * 13) % 40 },
    ]

    @Test(arguments: wordCountLists) func ordersAsTheSortDid(_ wordCounts: [Int]) {
        let names = wordCounts.indices.map { "Nama \($0)" }
        let sorted = names.indices.sorted { lhs, rhs in
            wordCounts[lhs] != wordCounts[rhs] ? wordCounts[lhs] > wordCounts[rhs] : lhs < rhs
        }.map { names[$0] }
        var ordered = ["kept"]
        OCRRoleEvidence.namesLongestFirst(names, wordCounts: wordCounts, into: &ordered)
        #expect(ordered == ["kept"] + sorted)
    }
}
