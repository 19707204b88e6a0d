@testable import SOPKit
import Testing

/// `LineClassifier.mayStartActivityHeaderWord`, the first-byte check `LineClassifier.isTableHeader`
/// asks before `Vocabulary.mayBeActivityHeaderWord`.
@Suite struct ActivityHeaderFirstByteTests {
    @Test(arguments: [
        ("1", false), ("12.", false), ("9Kegiatan", false), ("Menerima berkas", false), ("Waktu", false), ("No", false),
        ("Output", false), ("zeta", false), ("Ékegiatan", true), ("", false), ("Kegiatan", true), ("kegiatan", true),
        ("URAIAN KEGIATAN", true), ("Aktivitas", true), ("aktifitas", true), ("Prosedur", true), ("Langkah", true),
        ("Deskripsi Kegiatan", true), ("Pelaksana", true), ("(Kegiatan)", true), ("\u{A0}Uraian", true), ("é", true),
        ("@Kegiatan", true), ("[x", true), ("`a", true), ("{", true), (" Kegiatan", true),
    ])
    func firstByte(text: String, mayStart: Bool) {
        #expect(LineClassifier.mayStartActivityHeaderWord(text) == mayStart)
    }

    /// No text that names the activity column is turned down: on the header texts of
    /// `ActivityHeaderPrecheckTests`, each with every ASCII byte and some bytes outside ASCII before
    /// it, and on thousands of random texts; and a text turned down is also turned down by
    /// `Vocabulary.mayBeActivityHeaderWord` unless its first word runs into a byte outside ASCII.
    @Test func noActivityHeaderIsTurnedDown() {
        var texts = ActivityHeaderPrecheckTests.headerTexts
        for byte in UInt8(0x20)...UInt8(0x7E) {
            let lead = String(decoding: [byte], as: UTF8.self)
            texts += ["Kegiatan", "uraian kegiatan", "Aktivitas", "Deskripsi Kegiatan"].map { lead + $0 }
        }
        let pieces = ["k", "K", "a", "u", "p", "l", "d", "m", "x", "egiatan", "raian", "ktivitas", "rosedur", "angkah",
            "eskripsi", " ", "(", ".", "1", "\u{A0}", "é", "\u{301}", "—", "\t", "Kegiatan", "Uraian"]
        var generator = SplitMix(seed: 0x6B65_6769)
        for round in 0..<10_000 {
            texts.append((0..<(round % 6 + 1)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined())
        }
        var turnedDown = 0
        for text in texts where !LineClassifier.mayStartActivityHeaderWord(text) {
            turnedDown += 1
            #expect(Vocabulary.headerWord(text) != .activity, "\(text.debugDescription)")
            let firstWord = text.utf8.prefix { FoldedKey.isASCIIAlphanumeric($0) }
            if text.utf8.dropFirst(firstWord.count).first.map({ $0 < 0x80 }) ?? true {
                #expect(!Vocabulary.mayBeActivityHeaderWord(text), "\(text.debugDescription)")
            }
        }
        // The check turns many texts down, so it is not vacuous.
        #expect(turnedDown > texts.count / 5)
    }
}
