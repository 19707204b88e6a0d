@testable import SOPKit
import Testing

/// The role-word check of an OCR table's activity words on packed bytes: the bytes packed from loads
/// that stay inside them, the letters and capitals counted eight bytes at a time, and the answers of
/// `OCRRoleWordKeys.isRoleWord` for tokens about the length a packed word holds, against the
/// reference reading of the token.
@Suite struct OCRRoleWordPackingTests {
    /// The bytes of `bytes` packed byte by byte, the first lowest, zero past the last.
    static func packedReference(_ bytes: [UInt8]) -> UInt64 {
        var word: UInt64 = 0
        for (index, byte) in bytes.enumerated() { word |= UInt64(byte) << (8 * UInt64(index)) }
        return word
    }

    @Test(arguments: [
        [], [0x41], [0x41, 0x62], [0x61, 0x62, 0x63], [0x4B, 0x65, 0x70, 0x61], [0x4B, 0x65, 0x70, 0x61, 0x6C],
        [0x4B, 0x65, 0x70, 0x61, 0x6C, 0x61], [0x31, 0x2D, 0x7A, 0x7F, 0x00, 0x20, 0x5A],
        [0xC3, 0xA9, 0x80, 0xFF, 0x0D, 0x0A, 0x09, 0x7E], [0x53, 0x65, 0x6B, 0x72, 0x65, 0x74, 0x61, 0x72],
    ] as [[UInt8]])
    func packedBytesAreTheBytesInOrder(_ bytes: [UInt8]) {
        // Each byte count is read from the start of a longer buffer too, whose bytes past it must not show.
        let padded = bytes + [0xAA, 0xBB, 0xCC, 0xDD, 0xEE, 0x11, 0x22, 0x33]
        for buffer in [bytes, padded] {
            let packed = buffer.withUnsafeBytes { raw in
                raw.baseAddress.map { OCRRoleWordKeys.packedBytes($0, count: bytes.count) } ?? 0
            }
            #expect(packed == Self.packedReference(bytes), "\(bytes) in \(buffer.count) bytes")
        }
    }

    @Test func packedBytesOfRandomRunsAreTheBytesInOrder() {
        var generator = SplitMix(seed: 0x0CA7_AB1E)
        for _ in 0..<500 {
            let buffer = (0..<24).map { _ in UInt8.random(in: 0...0xFF, using: &generator) }
            let start = Int.random(in: 0...16, using: &generator)
            let count = Int.random(in: 0...8, using: &generator)
            let packed = buffer.withUnsafeBytes { OCRRoleWordKeys.packedBytes($0.baseAddress! + start, count: count) }
            #expect(packed == Self.packedReference(Array(buffer[start..<(start + count)])), "\(buffer) \(start) \(count)")
        }
    }

    /// The letters and capitals among eight ASCII bytes, as top bits, read byte by byte.
    static func letterMasksReference(_ bytes: [UInt8]) -> (letters: UInt64, uppercase: UInt64) {
        var letters: UInt64 = 0
        var uppercase: UInt64 = 0
        for (index, byte) in bytes.enumerated() {
            let bit = UInt64(0x80) << (8 * UInt64(index))
            if (0x41...0x5A).contains(byte) {
                letters |= bit
                uppercase |= bit
            } else if (0x61...0x7A).contains(byte) {
                letters |= bit
            }
        }
        return (letters, uppercase)
    }

    @Test(arguments: [
        ("KEPALA", 6, 6), ("Kepala", 6, 1), ("kepala", 6, 0), ("@AZ[`az{", 4, 2), ("\u{7F}\u{0}\u{1}\u{1F} 09", 0, 0),
        ("A1b2C3d4", 4, 2), ("", 0, 0), ("Z", 1, 1), ("a-z_A^Z~", 4, 2),
    ])
    func letterMasksCountLettersAndCapitals(_ text: String, _ letters: Int, _ capitals: Int) {
        let bytes = Array(text.utf8)
        let masks = OCRRoleWordKeys.letterMasks(Self.packedReference(bytes))
        #expect(SourceText.topBitCount(masks.letters) == letters, "\(text.debugDescription)")
        #expect(SourceText.topBitCount(masks.uppercase) == capitals, "\(text.debugDescription)")
        let reference = Self.letterMasksReference(bytes)
        #expect(masks.letters == reference.letters && masks.uppercase == reference.uppercase, "\(text.debugDescription)")
    }

    @Test func letterMasksOfEveryASCIIByteInEveryPlace() {
        for byte in UInt8(0)...0x7F {
            for place in 0..<8 {
                var bytes = [UInt8](repeating: 0x2E, count: 8)
                bytes[place] = byte
                let masks = OCRRoleWordKeys.letterMasks(Self.packedReference(bytes))
                let reference = Self.letterMasksReference(bytes)
                #expect(masks.letters == reference.letters && masks.uppercase == reference.uppercase, "\(byte) at \(place)")
            }
        }
    }

    /// Tokens about the sixteen bytes a packed word holds: of letters only, all capitals, with a digit
    /// or a hyphen, a role's word and a word one letter off it, lower and upper case.
    static let tokens = [
        "Walikota", "WALIKOTA", "walikotA", "Walikotb", "Kabupaten", "KABUPATEN", "Kabupatem", "Sekretaris", "SekretariS",
        "Kepegawaian", "Pengeluaran", "Pengadministrasi", "PENGADMINISTRASI", "Pengadministrasj", "Pengadministrasix",
        "Pengadministrasii", "Pejabatpembuatkom", "Kepala1", "Kepala-", "K", "k", "KA", "Ka", "Umum", "Camat", "Loket1",
        "Bendaharawanxyzq", "BENDAHARAWANXYZQ", "Bendaharawanxyzqr",
    ]

    @Test(arguments: OCRTableWordBytesTests.roleNames + [
        ["Pengadministrasi Umum", "Kepala Bidang Walikota"], ["Pengadministrasix Kabupatem"], ["Bendaharawanxyzq"],
    ])
    func roleWordsAboutAPackedWordAgreeWithTheReference(_ roles: [String]) {
        let keys = OCRRoleWordKeys(roles: roles)
        for token in Self.tokens {
            let inLine = "x \(token) y"
            for text in [token[...], inLine.dropFirst(2).dropLast(2)] {
                let reference = OCRTableRowPassTests.isRoleWordReference(text, keys: keys)
                #expect(keys.isRoleWord(text) == reference, "\(roles) \(token.debugDescription)")
            }
        }
    }

    @Test(arguments: [
        ("Walikota", [], true), ("Walikotb", [], false), ("Pengadministrasi", ["Pengadministrasi Umum"], true),
        ("Pengadministrasi", [], false), ("Pengadministrasix", ["Pengadministrasix"], true),
        ("Pengadministrasii", ["Pengadministrasix"], false), ("KA", [], true), ("Ka", [], false), ("Loket", ["Petugas Loket 1"], true),
        ("Loket1", ["Petugas Loket 1"], false), ("Umum", ["Kasubbag Umum"], true), ("Umum", ["Lurah"], false),
    ] as [(String, [String], Bool)])
    func roleWordsAreTheCommonAndTheRolesWords(_ token: String, _ roles: [String], _ isRoleWord: Bool) {
        #expect(OCRRoleWordKeys(roles: roles).isRoleWord(token[...]) == isRoleWord, "\(token) \(roles)")
    }
}
