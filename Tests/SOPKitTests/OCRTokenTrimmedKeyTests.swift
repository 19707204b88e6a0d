@testable import SOPKit
import Testing

/// The key of a short token of ASCII bytes with one run of letters and digits and a few bytes around
/// it ("1.", "(IKU)", "Kegiatan,") is that run lower-cased, taken from the class cache's marks
/// (`OCRToken.trimmedRun(of:)`) rather than written again: the run found, and the keys of lines read
/// with a cache, agree with `TextFolding.key`.
@Suite struct OCRTokenTrimmedKeyTests {
    @Test func trimmedRunsOfTokens() {
        let cases: [(String, (leading: Int, trailing: Int)?)] = [
            ("1.", (0, 1)), ("(IKU)", (1, 1)), ("Kegiatan,", (0, 1)), ("|", (1, 0)), ("-", (1, 0)), ("x)))", (0, 3)),
            ("(x)))", (1, 3)), ("x))))", nil), ("((x", nil), ("a.b", nil), ("1.2.", nil), ("--", nil), ("(a", (1, 0)),
            ("Rp.10", nil), ("abc", (0, 0)), ("", (0, 0)), ("2.|", (0, 2)), ("(1,5)", nil),
        ]
        for (token, expected) in cases {
            let found = Array(token.utf8).withUnsafeBufferPointer(OCRToken.trimmedRun(of:))
            #expect(found?.leading == expected?.leading && found?.trailing == expected?.trailing, "\(token)")
            if let found, !token.isEmpty {
                let bytes = Array(token.utf8)
                let run = bytes[found.leading..<(bytes.count - found.trailing)].map { $0 | 0x20 }
                #expect(run == Array(TextFolding.key(token).utf8), "\(token)")
            }
        }
    }

    /// Lines of tokens with and without a trimmed run, drawn with the seeded `SplitMix`, read twice with
    /// one class cache (the second time from the cache's marks): their keys are `TextFolding.key` of
    /// the line, and whether they hold an activity header word is as the uncached scan finds it.
    @Test func cachedKeysOfTrimmedTokensAgreeWithTheKey() {
        let tokens = ["1.", "(IKU)", "Kegiatan,", "(Kegiatan)", "|", "-", "x)))", "(x)))", "a.b", "2.|", "uraian:", "(Uraian",
            "Aktivitas.", "(aktifitas)))", "KEGIATAN", "Waktu", "10", "(a", "menit|", "Ket.", "No.", "((x", "x))))"]
        var random = SplitMix(seed: 0x0C34_7E11)
        var classes = OCRToken.ClassCache(slotCount: 1024)
        for _ in 0..<400 {
            let line = (0..<Int.random(in: 1...8, using: &random)).map { _ in tokens.randomElement(using: &random)! }
                .joined(separator: " ")
            for _ in 0..<2 {
                let cached = OCRToken.scan(of: line, classes: &classes)
                let alone = OCRToken.scan(of: line)
                #expect(cached.key == TextFolding.key(line), "\(line)")
                #expect(cached.key == alone.key && cached.keyHoldsActivityHeaderWord == alone.keyHoldsActivityHeaderWord, "\(line)")
            }
        }
    }
}
