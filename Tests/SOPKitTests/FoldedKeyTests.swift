@testable import SOPKit
import Testing

/// The byte-level readers of keys and words agree with the character-level definitions they replace.
@Suite struct FoldedKeyTests {
    /// Texts from SOP cells, with the punctuation, no-break spaces, curly quotes and combining marks
    /// that the byte-level readers must treat as the character-level ones do.
    static let texts = [
        "", " ", "Nomor SOP : 503/12", "Tgl. Pembuatan\u{A0}:  1 Mei 2020", "  Waktu (menit) ", "Out Put",
        "Kepala Dinas menandatangani surat “Keputusan” – selesai", "Kasubbag.Umum/ Staf", "café au lait",
        "a \u{301}b", "x \u{200D}y", "\u{0600} dan", "Sesuai  kebutuhan", "KELENGKAPAN PERSYARATAN",
        "mutu baku waktu", "waktu \u{301}", "Keterangan lain-lain", "No.", "Uraian Kegiatan :",
    ]

    @Test func wordsAreTheKeyWords() {
        for text in Self.texts {
            #expect(FoldedKey.words(text) == TextFolding.keyWords(text), "\(text)")
            #expect(FoldedKey.spaceSeparated(text[...]) == text.split(separator: " "), "\(text)")
        }
    }

    @Test func foldedASCIIIsTheKey() {
        let asciiTexts = (Self.texts + ByteLevelHelperTests.texts).filter { $0.utf8.allSatisfy { $0 < 0x80 } } + [
            "\tKepala\tDinas\t", "a\r\nb", "@[`{", "AZaz09", "Z-z", String(repeating: "Kepala-Dinas ", count: 400),
        ]
        for text in asciiTexts {
            let bytes = Array(text.utf8)
            let folded = bytes.withUnsafeBufferPointer { source in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, source.count)) { key in
                    Array(key[..<FoldedKey.foldASCII(source, into: key)])
                }
            }
            #expect(folded == Array(TextFolding.key(text).utf8), "\(text.debugDescription)")
        }
    }

    @Test func prefixIsTheStartOfTheKey() {
        for text in Self.texts {
            for capacity in [1, 4, 8, 32] {
                let key = Array(TextFolding.key(text).utf8)
                let (prefix, isWhole) = FoldedKey.withPrefix(of: text, capacity: capacity) { (Array($0), $1) }
                #expect(prefix == Array(key.prefix(capacity)), "\(text) \(capacity)")
                #expect(isWhole == (key.count <= capacity), "\(text) \(capacity)")
            }
        }
    }

    /// The fold that asks a gate of its first bytes (`withPrefix(of:capacity:gateLength:gate:_:)`) against
    /// the plain fold and the gate asked of the whole key's first bytes: nil exactly when the key has
    /// that many bytes and the gate turns them down, else the plain fold's prefix and `isWhole`.
    @Test func gatedPrefixIsThePrefixTheGateLetsThrough() {
        let gates: [(UnsafeBufferPointer<UInt8>) -> Bool] = [
            { _ in true }, { _ in false }, { $0.first == UInt8(ascii: "w") }, { $0.count < 3 || Vocabulary.hasHeaderInitials($0) },
        ]
        let texts = Self.texts + ["ab", "a b", "a\u{A0}b", "Ke", "K e t", "Kép", "W\u{A0}aktu", "  wa", "w-a-k-t-u"]
        for text in texts {
            let key = Array(TextFolding.key(text).utf8)
            for capacity in [3, 4, 8, 32] {
                for gateLength in [1, 2, 3] where gateLength <= capacity {
                    for gate in gates {
                        let answer = FoldedKey.withPrefix(of: text, capacity: capacity, gateLength: gateLength, gate: gate) {
                            (Array($0), $1)
                        }
                        let turnedDown = key.count >= gateLength && !key.prefix(gateLength).withUnsafeBufferPointer(gate)
                        if turnedDown {
                            #expect(answer == nil, "\(text) \(capacity) \(gateLength)")
                        } else {
                            #expect(answer?.0 == Array(key.prefix(capacity)), "\(text) \(capacity) \(gateLength)")
                            #expect(answer?.1 == (key.count <= capacity), "\(text) \(capacity) \(gateLength)")
                        }
                    }
                }
            }
        }
    }

    @Test func headerWordsFromBytes() {
        let cases: [(String, Vocabulary.HeaderWord?)] = [
            ("No.", .number), ("NO URUT", .number), ("Uraian Kegiatan", .activity), ("Pelaksana", .performersGroup),
            ("Mutu Baku", .qualityGroup), ("Kelengkapan", .requirements), ("Persyaratan/ Kelengkapan", .requirements),
            ("Waktu (menit)", .duration), ("Waktu Penyelesaian", .duration), ("waktu \u{301}", nil), ("Out Put", .output),
            ("Output yang dihasilkan", .output), ("Ket.", .notes), ("Keterangan lain", .notes), ("Mutu baku lain", .qualityGroup),
            ("Kepala Dinas", nil), ("Waktu", .duration), ("", nil), ("W", nil), ("No", .number), ("Ke", nil), ("K\u{A0}et.", nil),
            ("Keterangan", .notes), ("Ketua Tim", nil), ("  waktu  ", .duration), ("Nomor\u{A0}Urut", .number),
        ]
        for (text, expected) in cases {
            #expect(Vocabulary.headerWord(text) == expected, "\(text)")
        }
    }

    @Test func identityLabelsFromBytes() {
        let cases: [(String, Bool, IdentityLabel?, String)] = [
            ("Nomor SOP : 503/12", false, .number, "503/12"), ("Tgl. Pembuatan : 1 Mei 2020", false, .created, "1 Mei 2020"),
            ("Nama SOP", false, .title, ""), ("Nomor 12", false, nil, ""), ("Nomor 12", true, .number, "12"),
            ("SOP", false, nil, ""), ("Dasar Hukum:", false, .legalBasis, ""), ("Keterkaitan dengan SOP lain", false, .relatedProcedures, ""),
            ("Nama Standar Operasional Prosedur : Izin", false, .title, "Izin"), ("Disahkan oleh", false, .approver, ""),
            ("Kepala Dinas", false, nil, ""), ("Tanggal Efektif\u{301} : 1", false, nil, ""), ("Pencatatan dan Pendataan", false, .records, ""),
            ("1. Nomor", false, nil, ""), ("Nomor: 5", false, .number, "5"), ("Judul : Izin Usaha", false, .title, "Izin Usaha"),
        ]
        for (text, allowWeak, label, rest) in cases {
            let match = Vocabulary.identityLabel(at: text, allowWeakWithoutColon: allowWeak)
            #expect(match?.label == label, "\(text)")
            if label != nil { #expect(match.map { String($0.rest) } == rest, "\(text)") }
        }
    }

    @Test func wordSetAnswersAsASetOfStrings() {
        let words = ["tidak", "belum", "jika", "tdk"]
        let set = ASCIIWordSet(words)
        for word in ["tidak", "Tidak", "tidakk", "tida", "", "jika", "jik\u{301}a", "belum", "t\u{212A}", "tdk"] {
            #expect(set.contains(word[...]) == Set(words).contains(word), "\(word)")
            #expect(set.containsLowercased(word.utf8) == (word.utf8.allSatisfy { $0 < 0x80 } && Set(words).contains(word.lowercased())), "\(word)")
        }
    }

    @Test func charactersOfTheirOwn() {
        let cases: [(String, Bool)] = [("a b", true), ("a \u{301}b", false), ("\u{0600} b", false), ("é b", true), ("a “b”", true), ("a ,", true)]
        for (text, expected) in cases {
            let slice = text[...]
            let space = slice.utf8.firstIndex(of: 0x20)!
            #expect(FoldedKey.isCharacterOfItsOwn(space, in: slice) == expected, "\(text)")
        }
    }

    @Test func wordTableAnswersAsADictionary() {
        let words: [Substring: Int] = ["kepala": 0, "dinas": 1, "&": 2, "kasubbag": 3, "sekretaris": 4, "pp": 5]
        let table = try! #require(ASCIIWordTable(words.map { (word: $0.key, value: $0.value) }))
        for word in ["kepala", "dinas", "&", "kasubbag", "kasubba", "Kepala", "", "p", "pp", "sekretaris", "k\u{301}"] {
            let found = Array(word.utf8).withUnsafeBufferPointer { table.value(for: $0) }
            #expect(found == words[word[...]], "\(word)")
        }
        #expect(ASCIIWordTable([(word: "Kepala", value: 0)]) == nil)
        #expect(ASCIIWordTable([(word: "caf\u{E9}", value: 0)]) == nil)
    }

    @Test func nipRangesFromBytes() {
        let cases: [(String, String?)] = [
            ("Drs. H. Ahmad, M.Si NIP. 19650312 199003 1 005", "NIP. 19650312 199003 1 005"),
            ("nip:19750603200101103", "nip:19750603200101103"), ("Pembina NIP", nil), ("SNIP 1234", nil),
            ("Kepala Dinas, nip 1 2 3", "nip 1 2 3"), ("Drs. Bambang Sugiarto, MM", nil),
            ("Dr. Siti Aisyah, S.Kép NIP 1980", "NIP 1980"), ("\u{131}NIP 12", nil), ("\u{131} NIP 12", "NIP 12"),
        ]
        for (text, expected) in cases {
            #expect(IdentityBlockParser.nipRange(in: text).map { String(text[$0]) } == expected, "\(text)")
        }
    }

    @Test func verbsFromTheFirstWordsBytes() {
        let cases: [(String, Bool)] = [
            ("Menerima berkas permohonan", true), ("Dinas menerima berkas", false), ("Terima berkas", true),
            ("Diklat teknis", false), ("Data diperiksa", false), ("Me", false), ("", false), ("“Menerima” berkas", false),
            ("Mém\u{301}eriksa berkas", false), ("Ber \u{301}kas", true), (String(repeating: "me", count: 40), true),
            ("Rekap data", true), ("Buat surat", true), ("Surat dibuat", false),
        ]
        for (activity, expected) in cases {
            #expect(ReviewerRules.startsWithVerb(activity) == expected, "\(activity)")
        }
    }
}
