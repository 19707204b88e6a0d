@testable import SOPKit
import Testing

/// The byte paths of the OCR table parser agree with the code they replaced: the word end found eight
/// bytes at a time (`OCRTableBytes.firstSpace`), the role-head shape check before a role head is looked
/// up (`OCRRoleEvidence.mayBeRoleHead`), and the word joiner written in place (`OCRWordJoiner`), each
/// compared with a reference copy of the old code on edge cases: empty input, non-ASCII text (é, —, ’,
/// NBSP), tabs, bytes whose low seven bits are a space's, and long input.
@Suite struct OCRTableBytePathTests {
    // MARK: Word ends

    /// The old end of a space-separated word: the first space from `start` on, byte by byte.
    static func referenceFirstSpace(from start: Int, in bytes: [UInt8]) -> Int {
        var end = start
        while end < bytes.count, bytes[end] != 0x20 { end += 1 }
        return end
    }

    /// The old `spaceSeparatedWord`, byte by byte.
    static func referenceWord(from start: Int, in bytes: [UInt8]) -> Range<Int>? {
        var start = start
        while start < bytes.count, bytes[start] == 0x20 { start += 1 }
        guard start < bytes.count else { return nil }
        return start..<referenceFirstSpace(from: start + 1, in: bytes)
    }

    static let lines: [String] = [
        "", " ", "  ", "a", "a ", " a", "Kepala Dinas", "Kepala  Dinas menerima", "12345678 9", "1234567 89",
        "123456789012345 6", "\t\tKepala\tDinas \t", "Kasi\u{00A0}Pelayanan dan\u{00A0}Staf", "caf\u{E9} \u{2014} \u{2019}s",
        "x\u{A0}y\u{A0}z", "no-space-at-all-in-this-long-line-of-bytes", "ends with a space ", "|  Petugas  |  Loket  |",
        String(repeating: "Pelaksana ", count: 500), String(repeating: "é", count: 300) + " x",
        String(repeating: "a", count: 4_000), "\u{0}\u{0} \u{7F}\u{80}",
    ]

    @Test(arguments: lines) func wordEndsAgreeWithTheByteLoop(_ line: String) {
        var bytes = Array(line.utf8)
        // Bytes whose low seven bits are a space's, and control bytes, at every offset of a word.
        bytes += [0xA0, 0x20, 0x00, 0xA0, 0x41, 0x20, 0x21, 0x1F, 0x60, 0x20]
        bytes.withUnsafeBufferPointer { buffer in
            for start in 0...bytes.count {
                #expect(OCRTableBytes.firstSpace(from: start, in: buffer) == Self.referenceFirstSpace(from: start, in: bytes))
                #expect(OCRTableBytes.spaceSeparatedWord(from: start, in: buffer) == Self.referenceWord(from: start, in: bytes))
            }
        }
    }

    @Test func spaceBytesMarksExactlyTheSpaces() {
        // Every byte value at every position of a word, among fillers that are and are not spaces.
        for filler: UInt8 in [0x00, 0x20, 0x41, 0xA0, 0xFF] {
            for position in 0..<8 {
                for value in 0...255 {
                    var bytes = [UInt8](repeating: filler, count: 8)
                    bytes[position] = UInt8(value)
                    var word: UInt64 = 0
                    for (offset, byte) in bytes.enumerated() { word |= UInt64(byte) << (8 * UInt64(offset)) }
                    var expected: UInt64 = 0
                    for (offset, byte) in bytes.enumerated() where byte == 0x20 { expected |= 0x80 << (8 * UInt64(offset)) }
                    #expect(OCRTableBytes.spaceBytes(word) == expected)
                }
            }
        }
    }

    // MARK: Role heads

    /// Words shaped like role heads and near misses: every role head as written in a table, a letter
    /// short or long, its first two letters with other lengths, other capitalised words.
    static var roleHeadCandidates: [String] {
        var words: [String] = []
        for head in OCRRoleEvidence.roleHeadWords {
            let capitalised = head.prefix(1).uppercased() + head.dropFirst()
            words += [capitalised, head.uppercased(), head, capitalised + "s", String(capitalised.dropLast()),
                      capitalised + ",", "(" + capitalised + ")", capitalised + "2", capitalised + "-", capitalised + "é",
                      capitalised + "\u{00A0}", "\t" + capitalised, capitalised.prefix(2) + String(repeating: "x", count: 12)]
        }
        for first in UInt8(ascii: "A")...UInt8(ascii: "Z") {
            for second in [UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "K"), UInt8(ascii: "1"), 0x20] {
                for length in 1...18 {
                    var bytes = [first, second]
                    while bytes.count < length { bytes.append(UInt8(ascii: "a")) }
                    words.append(String(decoding: bytes.prefix(length), as: UTF8.self))
                }
            }
        }
        return words + ["", "K", "É", "Ékasi", "K\u{E9}pala", "Menyerahkan", "Surat", "Pengajuan", "Pengelola", "Perencana",
                        "Pendamping", "Pengadministrasi", "Pengadministrasian", "Ka", "KA", "Kx", "—Kasi", "Kasi’", "Lurah\t"]
    }

    @Test func startsRoleNameAgreesWithTheTrimmedKeyForEveryShape() {
        for word in Self.roleHeadCandidates {
            let head = word[...].trimmingOCRPunctuation()
            let expected = head.first?.isUppercase == true && OCRRoleEvidence.roleHeads.contains(TextFolding.key(head).utf8)
            #expect(OCRRoleEvidence.startsRoleName(word[...]) == expected, "\(word.debugDescription)")
        }
    }

    @Test func everyCapitalisedRoleHeadHasItsShape() {
        let shapes = OCRRoleEvidence.roleHeadShapes
        for head in OCRRoleEvidence.roleHeadWords {
            let capitalised = Array((head.prefix(1).uppercased() + head.dropFirst()).utf8)
            let upper = Array(head.uppercased().utf8)
            capitalised.withUnsafeBufferPointer { #expect(OCRRoleEvidence.mayBeRoleHead(shapeOf: $0, shapes: shapes), "\(head)") }
            upper.withUnsafeBufferPointer { #expect(OCRRoleEvidence.mayBeRoleHead(shapeOf: $0, shapes: shapes), "\(head)") }
        }
    }

    @Test func mentionsAgreeOnLinesOfManyShapes() {
        let lines = [
            "Kepala Dinas menyerahkan berkas kepada Kasi Pelayanan dan Staf Loket",
            "diteruskan ke Kasubbag Umum dan Kepegawaian, lalu Petugas Arsip", "KEPALA DINAS | SEKRETARIS",
            "Pengajuan oleh Pemohon kepada Pengelola Gudang", "Kep Dinas; Ka Bidang: Kasie Pemerintahan",
            "\tKepala\tDinas", "Kepala\u{00A0}Dinas", "— Kepala Dinas — Kasi’ Umum", String(repeating: "Kepala Dinas ", count: 200),
        ]
        let found = OCRRoleEvidence.mentions(in: lines.enumerated().map { OCRLine(number: $0.offset + 1, text: $0.element) })
        #expect(found.contains("Kepala Dinas"))
        #expect(found.contains("Kasi Pelayanan"))
        #expect(found.contains("Pemohon"))
        #expect(!found.contains("Pengajuan"))
        // Each name once, longest first, its shorter beginnings after it.
        #expect(Set(found).count == found.count)
    }

    // MARK: Header words

    static let headerWordTexts: [String] = [
        "", "-", "Kepala", "KEPALA", "kepala-", "Kasubbag", "PPMEP", "Ld", "y", "S", "ekretaris", "Kesejahter", "aan",
        "Bidang-Bidang", "dan/atau", "&", "/", "Kasi2", "2", "UPT.", "(Staf)", "Sekretaris\r\n", "\r\nLurah", "a\rb",
        "Kepala\u{00A0}Dinas", "Caf\u{E9}", "\u{2014}Kasi\u{2019}", "\tStaf\t", "K\u{301}asi", "\u{212A}asi",
        String(repeating: "Perencanaan", count: 300), String(repeating: "\u{E9}", count: 100),
    ]

    @Test(arguments: headerWordTexts) func oneReadingOfAHeaderWordAgreesWithItsThreeReadings(_ text: String) {
        var bytes: [UInt8] = [0x7A]
        let facts = OCRRoleEvidence.HeaderWordMatcher.appendKeyWithoutSpaces(of: text, to: &bytes)
        let key = Array(OCRTableBytes.keyWithoutSpaces(text).utf8)
        #expect(bytes == [0x7A] + key, "\(text.debugDescription)")
        let counts = OCRTableBytes.letterCounts(text)
        #expect(facts.letterCounts == counts, "\(text.debugDescription)")
        let letters = text.filter(\.isLetter)
        #expect(facts.letterCounts == (letters.count, letters.filter(\.isUppercase).count), "\(text.debugDescription)")
        #expect(facts.keyKinds == OCRRoleEvidence.byteKinds(key), "\(text.debugDescription)")
    }

    // MARK: Word joiner

    /// The old joiner: the words joined so far in an array grown by `append(contentsOf:)`.
    struct ReferenceJoiner {
        var bytes: [UInt8] = []

        mutating func append(_ word: String) {
            guard !word.isEmpty else { return }
            appendPiece(Array(word.utf8), startsWithLowercase: word.first?.isLowercase == true)
        }

        mutating func append(piece: [UInt8]) {
            guard !piece.isEmpty else { return }
            appendPiece(piece, startsWithLowercase: OCRWordJoiner.startsWithLowercase(piece))
        }

        private mutating func appendPiece(_ piece: [UInt8], startsWithLowercase: Bool) {
            if !bytes.isEmpty, !(OCRTableBytes.endsWithHyphen(bytes) && startsWithLowercase
                && !OCRTableBytes.endsWithSpacedHyphen(bytes))
            {
                bytes.append(0x20)
            }
            bytes.append(contentsOf: piece)
        }
    }

    static let wordRuns: [[String]] = [
        [], [""], ["", "a", ""], ["Berkas-", "lengkap"], ["Berkas -", "lengkap"], ["Berkas", "-", "lengkap"],
        ["caf\u{E9}-", "\u{E9}t\u{E9}"], ["\u{2014}", "\u{2019}s", "a\u{00A0}b"], ["x\u{0600}-", "y"], ["a-", "\u{301}b"],
        ["\tKepala\t", "Dinas\t-", "\tstaf"], ["a-", "B"], ["-", "a"], ["1", "jam", "-", "menit"],
        [String(repeating: "panjang-", count: 700), "kata", String(repeating: "é", count: 2_000)],
        (0..<300).map { $0 % 7 == 0 ? "kata-" : "kata\($0)" },
    ]

    @Test(arguments: wordRuns) func joinedWordsAgreeWithTheArrayJoiner(_ words: [String]) {
        for capacity in [0, 1, 8, 10_000] {
            var joiner = OCRWordJoiner(capacityHint: capacity)
            var reference = ReferenceJoiner()
            for word in words {
                joiner.append(word[...])
                reference.append(word)
                #expect(joiner.bytes == reference.bytes)
                #expect(joiner.isEmpty == reference.bytes.isEmpty)
            }
            #expect(joiner.text == String(decoding: reference.bytes, as: UTF8.self))
            #expect(joiner.textIfAny == (reference.bytes.isEmpty ? nil : String(decoding: reference.bytes, as: UTF8.self)))
            #expect(OCRTableParser.joinWords(words) == String(decoding: reference.bytes, as: UTF8.self))
        }
    }

    @Test func aReusedJoinerAgreesWithTheArrayJoinerRowAfterRow() {
        var joiner = OCRWordJoiner()
        var pieces = OCRWordJoiner()
        for (row, words) in Self.wordRuns.enumerated() {
            // Room smaller and larger than the row needs, and none.
            joiner.removeAll(reservingCapacity: [0, 3, 50_000][row % 3])
            var reference = ReferenceJoiner()
            for word in words {
                pieces.removeAll()
                pieces.append(word[...])
                joiner.append(piece: pieces.bytes)
                reference.append(piece: Array(word.utf8))
            }
            #expect(joiner.bytes == reference.bytes, "\(row)")
            #expect(joiner.text == String(decoding: reference.bytes, as: UTF8.self), "\(row)")
        }
    }
}
