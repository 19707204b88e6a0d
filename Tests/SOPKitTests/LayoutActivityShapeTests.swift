@testable import SOPKit
import Testing

/// `LayoutHeaderWords.mayBeActivity`, which now measures a chunk's first words before packing them
/// (`mayHoldActivityWord`, `LayoutWord.wordEnd`), answers as the packing reading it replaced, kept here
/// as the reference: on empty texts, punctuation, digits, words of every length around the activity
/// words', four words and more, bytes outside ASCII at each word, tabs, no-break spaces and very long
/// texts, with the words at each offset of an eight-byte block.
@Suite struct LayoutActivityShapeTests {
    /// The old `mayBeActivity`: every word of the first three packed and looked up.
    static func referenceMayBeActivity(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        var words = 0
        var first = LayoutWord()
        var hasActivityWord = false
        while true {
            while index < bytes.count, !LayoutBytes.isASCIIAlphanumeric(bytes[index]) {
                if bytes[index] >= 0x80 { return true }
                index += 1
            }
            guard index < bytes.count else { break }
            if words == 3 { return false }
            let (word, end) = LayoutWord.read(bytes, from: index)
            index = end
            words += 1
            if words == 1 { first = word }
            if word.count == 8 || word.count == 9, word.isIn(LayoutHeaderWords.activityWords) { hasActivityWord = true }
        }
        return words > 0 && (LayoutHeaderWords.activityFirstWords.contains(first) || hasActivityWord)
    }

    /// Chunk texts around the activity labels.
    static let texts: [String] = {
        var texts = [
            "", " ", ":", "-", "1", "12345678", "Kegiatan", "KEGIATAN", "kegiatan:", "Uraian Kegiatan", "Uraian",
            "Uraia", "Uraiann", "Deskripsi", "Deskripsii", "Prosedur", "Langkah", "Langkah-langkah", "Aktivitas",
            "Aktifitas", "AKTIVITAS", "Nama Kegiatan", "Jenis Kegiatan Utama", "Satu Dua Kegiatan",
            "Satu Dua Tiga Kegiatan", "Satu Dua Tiga Empat", "Kegiatan1", "kegiatanx", "kegiat4n", "1 Kegiatan",
            "No", "No.", "Pelaksana", "Mutu Baku", "Waktu", "Output", "Keterangan", "Menerima berkas permohonan",
            "Kegiatan\u{00A0}Utama", "Kegi\u{301}atan", "Kégiatan", "Uraian Kégiatan", "a b c é", "a b c d é",
            "tab\tKegiatan", "Aktivitas\u{7F}", "(Kegiatan)", "K", "a", "ab cd ef", "aaaaaaaa bbbbbbbbb kkkkkkkk",
            "kkkkkkkk", "aaaaaaaaa", "kkkkkkkkkk", "uuuuuu", "llllllll", "ddddddddd", "pppppppppp", "zzzzzzzz",
            "Peraturan Menteri", "Kabupaten", "Lampiran", "Dokumen", "Kegiatann", "Aktivita", "Uraiannn",
            "Dasar Kegiatan", "Dasar Hukum Kegiatan", "Dasar Hukum Aktivitas", "Dasar Hukum Prosedur",
            String(repeating: "Kegiatan ", count: 40), String(repeating: "x", count: 200) + " Kegiatan",
        ]
        // The activity words at each offset of an eight-byte block, behind punctuation and spaces.
        for word in ["Kegiatan", "aktivitas", "Uraian", "Mulai"] {
            for offset in 0..<9 {
                texts.append(String(repeating: " ", count: offset) + word)
                texts.append(String(repeating: ".", count: offset) + word + " x")
                texts.append("ab " + String(repeating: "-", count: offset) + word)
            }
        }
        return texts
    }()

    @Test(arguments: texts) func mayBeActivityAgreesWithPackingEveryWord(_ text: String) {
        let chunk = LayoutChunk(text: text, start: 0, end: text.unicodeScalars.count)
        let reference = Array(text.utf8).withUnsafeBufferPointer(Self.referenceMayBeActivity)
        #expect(LayoutHeaderWords.mayBeActivity(chunk) == reference)
        // The first look never turns down a text the packing reading lets through.
        if reference { #expect(Array(text.utf8).withUnsafeBufferPointer(LayoutHeaderWords.mayHoldActivityWord)) }
    }

    @Test(arguments: texts) func wordEndAgreesWithTheByteLoop(_ text: String) {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            for start in 0...buffer.count {
                var end = start
                while end < buffer.count, LayoutBytes.isASCIIAlphanumeric(buffer[end]) { end += 1 }
                #expect(LayoutWord.wordEnd(buffer, from: start) == end)
                #expect(LayoutWord.read(buffer, from: start).end == end)
            }
        }
    }

    @Test func shapesComeFromTheWordLists() {
        for word in LayoutHeaderWords.activityFirstWordTexts {
            #expect(LayoutHeaderWords.hasActivityShape(length: word.utf8.count, initial: word.utf8.first!, isFirst: true))
        }
        for word in LayoutHeaderWords.activityWordTexts {
            #expect(LayoutHeaderWords.hasActivityShape(length: word.utf8.count, initial: word.utf8.first!, isFirst: false))
        }
        // Exactly the pairs of the lists: every other length and first byte is turned down.
        for initial in UInt8(0)...UInt8(255) {
            for length in 0..<40 {
                let isFirstShape = LayoutHeaderWords.activityFirstWordTexts.contains {
                    $0.utf8.first == initial && $0.utf8.count == length
                }
                let isAnyShape = LayoutHeaderWords.activityWordTexts.contains {
                    $0.utf8.first == initial && $0.utf8.count == length
                }
                #expect(LayoutHeaderWords.hasActivityShape(length: length, initial: initial, isFirst: true) == isFirstShape)
                #expect(LayoutHeaderWords.hasActivityShape(length: length, initial: initial, isFirst: false) == isAnyShape)
            }
        }
        #expect(LayoutHeaderWords.hasActivityShape(length: 8, initial: UInt8(ascii: "p"), isFirst: true))
        #expect(!LayoutHeaderWords.hasActivityShape(length: 8, initial: UInt8(ascii: "p"), isFirst: false))
        #expect(LayoutHeaderWords.hasActivityShape(length: 9, initial: UInt8(ascii: "a"), isFirst: false))
        #expect(!LayoutHeaderWords.hasActivityShape(length: 9, initial: UInt8(ascii: "p"), isFirst: true))
        #expect(!LayoutHeaderWords.hasActivityShape(length: 9, initial: UInt8(ascii: "k"), isFirst: true))
        #expect(!LayoutHeaderWords.hasActivityShape(length: 8, initial: UInt8(ascii: "u"), isFirst: false))
        #expect(!LayoutHeaderWords.hasActivityShape(length: 8, initial: UInt8(ascii: "8"), isFirst: true))
        #expect(!LayoutHeaderWords.hasActivityShape(length: 8, initial: 0xC3, isFirst: true))
    }
}
