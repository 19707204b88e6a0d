import Testing

@testable import SOPKit

/// `LayoutWord.read` (eight bytes judged and packed at a time) against appending the word's bytes one
/// by one, and `LayoutWordSet` against searching its list word by word.
@Suite struct LayoutWordTests {
    /// The word at `start` read byte by byte: the reference for `LayoutWord.read`.
    static func readByEveryByte(_ bytes: [UInt8], from start: Int) -> (word: LayoutWord, end: Int) {
        var word = LayoutWord()
        var index = start
        while index < bytes.count, LayoutBytes.isASCIIAlphanumeric(bytes[index]) {
            word.append(bytes[index])
            index += 1
        }
        return (word, index)
    }

    /// Words and texts of every length around the eight-byte blocks, with the bytes next to the ranges
    /// of digits and letters ("/", ":", "@", "[", "`", "{"), DEL, control bytes and bytes outside ASCII.
    static let texts: [String] = [
        "", "a", "Z", "0", "9", "no", "Nomor SOP", "KEGIATAN", "Kegiatan/Aktivitas", "aktivitas", "AKTIFITAS",
        "abcdefg", "abcdefgh", "abcdefghi", "ABCDEFGHIJKLMNO", "abcdefghijklmnop", "abcdefghijklmnopq",
        "abcdefghijklmnopqrstuvwxyz0123456789", "0123456789abcdefXYZ", "a/b:c@d[e`f{g", "/:@[`{", "abc/defghijkl",
        "abcdefg/hijklmnopq", "abcdefgh:ijk", "abcdefghijklmno@p", "abcdefghijklmnop[q", "abc\u{7F}def", "abc\u{1}defghij",
        "abcdéfghij", "abcdefgé", "abcdefghé", "éabc", "Keterangan\u{301}", "No.", "1. Persiapan", "  lead", "tab\tbed",
        "Waktu (menit)", "UraianKegiatanYangPanjangSekali", "x y z", "ABCDEFGH IJKLMNOP QRSTUVWX", "\u{A0}nbsp",
    ]

    @Test(arguments: texts) func readAgreesWithEveryByte(_ text: String) {
        let bytes = Array(text.utf8)
        for start in 0...bytes.count {
            let expected = Self.readByEveryByte(bytes, from: start)
            let read = bytes.withUnsafeBufferPointer { LayoutWord.read($0, from: start) }
            #expect(read.word == expected.word, "\(text) from \(start)")
            #expect(read.end == expected.end, "\(text) from \(start)")
        }
    }

    @Test func alphanumericBytesMarkEveryLetterAndDigit() {
        for value in 0...255 {
            let byte = UInt8(value)
            for position in 0..<8 {
                // The byte among letters, and among spaces, so that neighbours cannot hide a wrong bit.
                for filler: UInt8 in [0x61, 0x20, 0xFF] {
                    var block = [UInt8](repeating: filler, count: 8)
                    block[position] = byte
                    let word = block.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
                    let marks = LayoutWord.alphanumericBytes(word)
                    for (offset, element) in block.enumerated() {
                        let marked = marks >> (8 * UInt64(offset)) & 0xFF
                        #expect(marked == (LayoutBytes.isASCIIAlphanumeric(element) ? 0x80 : 0), "byte \(element) at \(offset)")
                    }
                }
            }
        }
    }

    /// Lists of words, long and short, and words that are in them, differ by a letter, share their
    /// first sixteen bytes, or are empty.
    static let lists: [[String]] = [
        [
            "nomor", "no", "nomer", "tanggal", "tgl", "mulai", "disahkan", "pengesahan", "ditetapkan", "disyahkan",
            "mengesahkan", "nama", "nip", "judul", "sop", "unit", "satuan", "instansi", "perangkat", "dasar",
            "kualifikasi", "keterkaitan", "keterangan", "terkait", "peralatan", "perlengkapan", "sarana", "peringatan",
            "pencatatan", "pendataan",
        ],
        ["kegiatan", "aktivitas", "aktifitas", "uraian", "prosedur", "langkah", "deskripsi"],
        ["abcdefghijklmnopq", "", "x"],
        [],
    ]

    static let probes: [String] = lists.flatMap { $0 } + [
        "Nomor", "NOMOR", "nomo", "nomorx", "n", "o", "kegiatann", "kegiata", "abcdefghijklmnop", "abcdefghijklmnopq",
        "abcdefghijklmnopqr", "", "X", "y", "pendataan1", "1", "aktivitasx", "peringatan", "peringatan2",
    ]

    @Test(arguments: lists) func wordSetAgreesWithList(_ list: [String]) {
        let set = LayoutWordSet(list)
        let words = list.map(LayoutWord.init)
        for probe in Self.probes {
            let word = LayoutWord(probe)
            #expect(set.contains(word) == word.isIn(words), "\(probe) in \(list)")
            #expect(word.isIn(set) == word.isIn(words), "\(probe) in \(list)")
        }
    }

    @Test func wordSetHoldsSixtyThreeWords() {
        let list = (0..<63).map { "w\($0)" }
        let set = LayoutWordSet(list)
        for text in list { #expect(set.contains(LayoutWord(text)), "\(text)") }
        for text in (63..<200).map({ "w\($0)" }) { #expect(!set.contains(LayoutWord(text)), "\(text)") }
    }
}
