import Foundation
@testable import SOPKitCLI
import Testing

/// The import's compact path list gives back every path as appended, and sorts them as
/// `[String].sorted()` sorts the same Strings: ASCII paths by bytes, others (accents precomposed or
/// combining, canonically equivalent spellings, scalars of two to four bytes) as Strings.
@Suite struct PathListTests {
    /// A list of `paths` below `prefix`, in the order given.
    static func list(_ prefix: String, _ paths: [String]) -> PathList {
        var list = PathList(prefix: prefix)
        for path in paths { list.append(prefix + path) }
        return list
    }

    @Test(arguments: [
        ("root/", ["b.txt", "a.txt", "a/b.txt", "A.txt", "a-b.txt", "a.TXT", ""]),
        ("/", ["x.txt", "", "w/v.pdf"]),
        ("corpus/", ["z.txt"]),
        ("folder/", []),
        ("dir é/", ["é.txt", "e.txt", "f.txt"]),
    ])
    func pathsComeBackAsAppendedWithTheirPrefix(prefix: String, paths: [String]) {
        let list = Self.list(prefix, paths)
        #expect(list.count == paths.count)
        #expect(Array(list) == paths.map { prefix + $0 })
    }

    @Test(arguments: [
        ["b.txt", "a.txt", "a/b.txt", "A.txt", "a-b.txt", "a.TXT", "a0.txt", "a"],
        ["é.txt", "e.txt", "f.txt", "e\u{301}.txt", "z.txt", "É.txt"],
        ["e\u{301}x.txt", "\u{E9}a.txt", "\u{E9}x.txt", "e\u{301}a.txt"],
        ["日本.txt", "a.txt", "😀.txt", "ñ.txt", "n.txt", "\u{7F}.txt", " .txt"],
        [],
    ])
    func sortingOrdersAsStringsOrder(paths: [String]) {
        let prefix = "in/"
        #expect(Array(Self.list(prefix, paths).sorted()) == paths.map { prefix + $0 }.sorted())
    }

    @Test func randomNamesSortAsStringsSort() {
        let pieces = ["a", "b", "B", "z", "0", "9", "-", "_", ".", "/", " ", "é", "e\u{301}", "É", "ñ", "日", "😀", "txt"]
        var generator = SplitMix(seed: 0x5041_5448)
        for round in 0..<200 {
            let count = Int.random(in: 0...40, using: &generator)
            let asciiOnly = round % 2 == 0
            let names = (0..<count).map { _ in
                (0..<Int.random(in: 1...6, using: &generator)).map { _ in
                    let piece = pieces[Int.random(in: 0..<pieces.count, using: &generator)]
                    return asciiOnly && piece.utf8.contains(where: { $0 >= 0x80 }) ? "x" : piece
                }.joined()
            }
            let sorted = Self.list("p/", names).sorted()
            #expect(Array(sorted) == names.map { "p/" + $0 }.sorted(), "round \(round): \(names)")
        }
    }
}
