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
            "Nomer SOP", "Tgl Revisi", "Tgl Revisx", "Nomor Standar Operasional Prosedux", "Nip", "Ni"]
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
}
