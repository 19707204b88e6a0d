@testable import SOPKit
import Testing

/// `LegalReferenceParser.kind(ofKey:)`, which reads an ASCII key's bytes against the kinds' prefixes
/// (sorted by their byte counts), answers as the comparison of characters with every kind.
@Suite struct LegalKindBytesTests {
    /// Keys: each kind's prefix alone, with a word after it, glued to more letters, cut short, after
    /// "salinan" and "copy", and keys that start no kind.
    static let keys: [String] = {
        let prefixes = [
            "peraturan pemerintah pengganti undang undang", "perppu", "undang undang dasar", "undang undang", "uu",
            "undang", "peraturan pemerintah", "pp", "peraturan presiden", "perpres", "keputusan presiden", "keppres",
            "instruksi presiden", "inpres", "peraturan menteri", "peraturan menpan", "peraturan mendagri",
            "peraturan men", "permen", "peraturan bersama menteri", "keputusan menteri", "kepmen",
            "surat edaran menteri", "peraturan daerah", "perda", "peraturan gubernur", "pergub", "peraturan bupati",
            "perbup", "peraturan walikota", "peraturan wali kota", "perwal", "perwali", "keputusan gubernur",
            "keputusan bupati", "keputusan walikota", "keputusan wali kota", "keputusan kepala", "peraturan kepala",
            "peraturan badan", "peraturan lembaga", "peraturan lkpp", "keputusan", "instruksi", "surat edaran",
            "peraturan",
        ]
        var keys = ["", "a", "x", "s", "c", "salinan", "salinan ", "copy", "copy ", "salinan copy", "salinan copy ",
            "nomor 5 tahun 2010", "tentang", "p", "pe", "per", "u", "uud", "zzz", "1 peraturan", "é peraturan",
            "peraturané", "peraturan é", "perdaé", "uu\u{301}"]
        for prefix in prefixes {
            keys += [prefix, prefix + " nomor 5", prefix + "x", prefix + "nya nomor 1", String(prefix.dropLast()),
                "salinan " + prefix, "copy " + prefix + " no 1", "salinan copy " + prefix, prefix + "é", prefix + " é"]
        }
        return keys
    }()

    @Test(arguments: keys) func kindAgreesWithCharacters(_ key: String) {
        #expect(LegalReferenceParser.kind(ofKey: key) == LegalReferenceParser.kindComparingCharacters(ofKey: key), "\(key)")
    }

    @Test func kindExamples() {
        let cases: [(String, String?)] = [
            ("peraturan bupati landak nomor 5", "Peraturan Bupati"), ("uu nomor 9", "Undang-Undang"),
            ("permendagri nomor 86", "Peraturan Menteri"), ("salinan copy perppu no 2", "Peraturan Pemerintah Pengganti Undang-Undang"),
            ("perwali nomor 1", "Peraturan Walikota"), ("perbupx nomor 4", "Peraturan Bupati"), ("nomor 5", nil), ("", nil),
            ("peraturan walikotanya nomor 1", "Peraturan"), ("undangan rapat", "Undang-Undang"),
        ]
        for (key, kind) in cases { #expect(LegalReferenceParser.kind(ofKey: key) == kind, "\(key)") }
    }
    /// Random texts of the kinds' words, "salinan" and "copy", pieces of words, digits, separators, a
    /// no-break space, non-ASCII letters and combining marks, in both cases: `kind(ofUTF8:)`, when it
    /// answers, and `kind(of:)` answer as the comparison of characters with the text's key.
    @Test func kindOfGeneratedTextsAgreesWithCharacters() {
        let pieces = ["peraturan", "Peraturan", "PERATURAN", "undang", "Undang-Undang", "uu", "pp", "presiden", "menteri",
            "men", "pan", "wali", "kota", "walikota", "surat", "edaran", "keputusan", "instruksi", "perda", "perdana",
            "perwal", "perwali", "salinan", "Salinan", "copy", "COPY", "dasar", "pemerintah", "pengganti", "lkpp",
            "bersama", "nomor", "5", "2015", " ", " ", "  ", "-", ".", ":", "\t", "\r\n", "\u{A0}", "é", "\u{301}",
            "p", "e", "r", "a", "n", "s", "x"]
        var generator = SplitMix(seed: 0x4B1D_0026)
        for _ in 0..<40_000 {
            var text = ""
            for _ in 0..<Int(generator.next() % 12) { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
            let expected = LegalReferenceParser.kindComparingCharacters(ofKey: TextFolding.key(text))
            var copy = text
            if let onBytes = copy.withUTF8(LegalReferenceParser.kind(ofUTF8:)) { #expect(onBytes == expected, "\(text.debugDescription)") }
            #expect(LegalReferenceParser.kind(of: text) == expected, "\(text.debugDescription)")
        }
    }
}
