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
}
