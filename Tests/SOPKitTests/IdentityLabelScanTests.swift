@testable import SOPKit
import Testing

/// The identity-label scan's words read eight bytes at a time (`Vocabulary.appendAlphanumericBlocks`)
/// against the byte-by-byte loop it shortens, and whole labels against the reading on characters.
@Suite struct IdentityLabelScanTests {
    /// The scan of one word as `asciiIdentityLabel` reads it: the blocks first when `blocks`, then the
    /// byte loop (the whole word without them). Returns the offset after the word, the folded key, or nil
    /// for a byte outside ASCII in the word.
    static func scanWord(_ bytes: [UInt8], from start: Int, keyLength initial: Int, capacity: Int, blocks: Bool) -> (Int, [UInt8])? {
        bytes.withUnsafeBufferPointer { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { key -> (Int, [UInt8])? in
                for index in 0..<initial { key[index] = 0x2D }
                var offset = start
                var keyLength = initial
                if blocks { Vocabulary.appendAlphanumericBlocks(bytes, from: &offset, to: key, length: &keyLength) }
                while offset < bytes.count {
                    let byte = bytes[offset]
                    if byte >= 0x80 { return nil }
                    guard FoldedKey.isASCIIAlphanumeric(byte) else { break }
                    if keyLength < key.count {
                        key[keyLength] = byte | 0x20
                        keyLength += 1
                    }
                    offset += 1
                }
                return (offset, Array(key[..<keyLength]))
            }
        }
    }

    static let words = [
        "", "a", "Nomor", "TANGGAL", "Pengesahan", "Kualifikasi1234567", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
        "Tanggal:1", "Tgl.Revisi", "Nama\tSOP", "é", "Nomoré", "Pengesahané", "Peralatan—Perlengkapan", "Keterkaitan’s",
        "Dasar\u{A0}Hukum", "AZaz09@[`{/:", String(repeating: "x", count: 100), String(repeating: "Ab9", count: 30) + "é",
    ]

    @Test func blocksAgreeWithTheByteLoop() {
        for word in Self.words {
            let bytes = Array(word.utf8)
            for start in 0...min(bytes.count, 9) {
                for (initial, capacity) in [(0, 48), (3, 48), (39, 48), (40, 48), (41, 48), (47, 48), (0, 8), (1, 8)] {
                    let expected = Self.scanWord(bytes, from: start, keyLength: initial, capacity: capacity, blocks: false)
                    let answer = Self.scanWord(bytes, from: start, keyLength: initial, capacity: capacity, blocks: true)
                    #expect(answer?.0 == expected?.0 && answer?.1 == expected?.1, "\(word) \(start) \(initial) \(capacity)")
                }
            }
        }
    }

    @Test func labelsAgreeWithCharacters() {
        let labels = ["Nomor SOP", "Nomor Standar Operasional Prosedur", "Nama Standar Operasional Prosedur", "Tanggal Mulai Berlaku",
            "Peralatan dan Perlengkapan", "Keterkaitan dengan SOP lain", "Pencatatan dan Pendokumentasian", "Kualifikasi Pelaksanaan",
            "TANGGAL PENGESAHAN", "Tgl.Pembuatan", "Disahkan oleh",
            // Phrases of eight bytes or fewer, and near misses before, at and after the eighth byte.
            "No", "NIP", "Nama", "SOP", "Nama SOP", "Nama SOQ", "Nama SOPx", "Nomor SOQ", "Nomor SOPx", "Nomorx",
            "Nomer SOP", "Tgl Revisi", "Tgl Revisx", "Nomor Standar Operasional Prosedux", "Nip", "Ni",
            // Texts whose first two bytes fall in a phrase's group without starting it (a digit in place of
            // the letter 0x40 above it), texts split after their first letter, and one-letter words.
            "J5dul", "K5alifikasi Pelaksana", "M5lai Berlaku", "N ip", "T gl Revisi", "N/ip", "Nama S O P", "N", "S", "Sop",
            // Texts whose group holds no phrase, or phrases of fewer words than the text has before a byte
            // outside ASCII (the tails), and texts whose second byte is outside ASCII.
            "Melakukan verifikasi berkas", "Mengesahkan", "Mengesahkan oleh", "Xylofon Nomor SOP", "Q", "Ab", "Mé", "Ké Nomor",
            "Disahkan oleh pejabat", "Ditetapkan Oleh", "Dasar Hukum Peraturan", "Unit Kerja Bagian Umum", "Sarana dan"]
        let tails = ["", " : 12", ":x", " é", "é", " Nomoré", "\u{301}", " lain-lain dan sebagainya sampai akhir", "1234567890 é",
            String(repeating: " panjang", count: 12), " \tTanggal"]
        for label in labels {
            for tail in tails {
                let text = label + tail
                for allowWeak in [false, true] {
                    let answer = Vocabulary.identityLabel(at: text, allowWeakWithoutColon: allowWeak)
                    let expected = Vocabulary.identityLabelComparingCharacters(at: text[...], allowWeakWithoutColon: allowWeak)
                    #expect(answer == expected, "\(text) \(allowWeak)")
                }
            }
        }
    }

    /// The label read on bytes with its value's offset (`identityLabel(utf8:)`, decided or left to the
    /// characters, and `identityLabelOffset`) against the reading on characters, for labels with every
    /// kind of tail and texts that start with no letter, a byte outside ASCII or nothing at all.
    @Test func byteLabelsAgreeWithCharacters() {
        let texts = ["Nomor SOP", "Nomor SOP : 503/2020", "Tgl.Revisi", "NIP", "Nama", "Nama Instansi Dinas", "Sop", "Judul",
            "Dasar Hukum :", "Keterangan", "Kualifikasi Pelaksana:", "Melakukan verifikasi", "Ké Nomor", "Mé", "Q", "", " Nomor SOP",
            ":Nomor", "1. Nomor SOP", "é Nomor", "Émile", "Nomor\u{301} SOP", "Nomoré", "Nomor SOP\u{301}", "Peralatan ", "Nomor .. : x"]
        let tails = ["", " : 12", ":x", " é", "é", "\u{301}", " :\u{301}", ". \u{301}", " \tTanggal", "  :  ", String(repeating: " ", count: 20)]
        var decided = 0
        for base in texts {
            for tail in tails {
                let text = base + tail
                for allowWeak in [false, true] {
                    let first = text.first
                    let expected = first?.isLetter == true
                        ? Vocabulary.identityLabelComparingCharacters(at: text[...], allowWeakWithoutColon: allowWeak) : nil
                    let expectedOffset = expected.map(Vocabulary.ByteLabelMatch.init)
                    #expect(Vocabulary.identityLabelOffset(at: text, allowWeakWithoutColon: allowWeak) == expectedOffset, "\(text)")
                    let answer = Array(text.utf8).withUnsafeBufferPointer {
                        Vocabulary.identityLabel(utf8: $0, allowWeakWithoutColon: allowWeak)
                    }
                    if let answer {
                        decided += 1
                        #expect(answer == expectedOffset, "\(text) \(allowWeak)")
                        #expect(answer.map { $0.restIsEmpty == ($0.restStart == text.utf8.count) } ?? true)
                    }
                }
            }
        }
        #expect(decided > 250)
    }

    /// `phraseGroup` of real first two bytes: the low five bits of the first, shifted by five, over those
    /// of the second; a digit shares its group with the letter 0x40 above it, and any two bytes (non-ASCII
    /// ones included) give a group below `phraseGroupCount`.
    @Test func phraseGroupsOfFirstTwoBytes() {
        let cases: [([UInt8], Int)] = [
            (Array("no".utf8), 14 << 5 | 15), (Array("na".utf8), 14 << 5 | 1), (Array("tg".utf8), 20 << 5 | 7),
            (Array("ta".utf8), 20 << 5 | 1), (Array("x ".utf8), 24 << 5), (Array("pe".utf8), 16 << 5 | 5),
            (Array("0e".utf8), 16 << 5 | 5), (Array("zz".utf8), 26 << 5 | 26), (Array("é".utf8), 3 << 5 | 9),
            ([0xFF, 0xFF], 1023), ([0x00, 0x00], 0),
        ]
        for (bytes, group) in cases {
            #expect(Vocabulary.phraseGroup(first: bytes[0], second: bytes[1]) == group, "\(bytes)")
            #expect(group < Vocabulary.phraseGroupCount)
        }
    }
}
