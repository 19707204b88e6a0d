@testable import SOPKit
import Testing

/// The one-pass `UTF8Scan` gives the line table of `SourceText.lineRanges(of:)` and the control count
/// of `TextDecoder.controlCount`, and decoding through it gives the source text the separate passes
/// gave, on empty input, Indonesian non-ASCII text, ill-formed UTF-8, every mix of line ends and
/// controls at every alignment of the scan's 16-byte blocks, and inputs longer than the 64 KiB the
/// binary check reads.
@Suite struct DecodingScanTests {
    /// Texts with the bytes the scan treats apart: line ends, tabs, form feeds, controls, NUL,
    /// non-ASCII letters and punctuation (é, —, ’, NBSP) and ill-formed sequences.
    static let samples: [[UInt8]] = {
        let texts = [
            "", "a", "\n", "\r", "\r\n", "\n\r", "\r\r\n", "a\tb\tc\n", "Kepala Dinas é\r\nSekretaris — Bidang’s\u{A0}x",
            "1.\tMemberi\t√\t\t10 menit\r\n2.\tMenyusun\u{C}\u{1}\u{2}\u{7}\n", "\u{0}", "x\u{0}y\n", "abcdefg\nhijklmn\r\nopq\rr",
            "\u{FEFF}judul\n", "  \t \n", "\u{1B}[0m\u{8}\u{B}", String(repeating: "é", count: 9) + "\n",
        ]
        var samples = texts.map { Array($0.utf8) }
        samples += [[0xC3], [0xE2, 0x80], [0xFF, 0x0A, 0x41], [0xED, 0xA0, 0x80, 0x0D, 0x0A], [0x80, 0x0D, 0x0D, 0x0A, 0x0A]]
        return samples
    }()

    /// The scan of `bytes` agrees with the passes it replaced.
    static func expectAgrees(_ bytes: [UInt8], _ comment: String = "") {
        let scan = UTF8Scan(bytes)
        let checked = min(bytes.count, TextDecoder.binaryCheckLength)
        let controls = bytes.withUnsafeBufferPointer { TextDecoder.controlCount(UnsafeBufferPointer(rebasing: $0[..<checked])) }
        #expect(scan.lineRanges == SourceText.lineRanges(of: bytes), "\(bytes.prefix(40)) \(comment)")
        #expect(scan.lineRanges == OCRFrontBytesTests.lineRangesByBytes(bytes), "\(bytes.prefix(40)) \(comment)")
        #expect(scan.countedControls == controls, "\(bytes.prefix(40)) \(comment)")
        #expect(scan.isValid == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes.prefix(40)) \(comment)")
        #expect(scan.hasNUL == bytes.contains(0), "\(bytes.prefix(40)) \(comment)")
        #expect(scan.tabCount == bytes.filter { $0 == 0x09 }.count, "\(bytes.prefix(40)) \(comment)")
    }

    @Test func samplesAtEveryAlignment() {
        for sample in Self.samples {
            for padding in 0..<18 {
                let ascii = [UInt8](repeating: 0x61, count: padding)
                Self.expectAgrees(ascii + sample, "padding \(padding)")
                Self.expectAgrees(sample + ascii, "padding \(padding)")
                Self.expectAgrees(ascii + sample + ascii + sample, "padding \(padding)")
            }
        }
    }

    @Test func randomMixesOfLineEndsAndControls() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = [0x0A, 0x0D, 0x09, 0x0C, 0x00, 0x01, 0x1F, 0x20, 0x61, 0x7F, 0x80, 0xC3, 0xA9, 0xE2, 0x80, 0x94, 0xFF]
        for length in 0..<48 {
            for _ in 0..<60 {
                Self.expectAgrees((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
            }
        }
    }

    /// A non-ASCII character (é, —, ’, NBSP, an ill-formed byte) at every offset of a 16-byte block,
    /// with a line end, a tab or a control byte at every other offset of the block.
    @Test func nonASCIIAtEveryOffsetOfABlock() {
        let characters: [[UInt8]] = [Array("é".utf8), Array("—".utf8), Array("’".utf8), Array("\u{A0}".utf8), [0xFF], [0xE2, 0x80]]
        for character in characters {
            for offset in 0..<20 {
                for (special, position) in [(0x0A, 0), (0x0D, 3), (0x09, 7), (0x01, 8), (0x0A, 15), (0x00, 17)] as [(UInt8, Int)] {
                    var bytes = [UInt8](repeating: 0x61, count: 40)
                    bytes[position] = special
                    bytes.replaceSubrange(offset..<offset, with: character)
                    Self.expectAgrees(bytes, "\(character) at \(offset), \(special) at \(position)")
                }
            }
        }
    }

    /// Long random texts, mostly printable ASCII as real text is, with every kind of byte the scan
    /// treats apart mixed in.
    @Test func longRandomTexts() {
        var generator = SplitMix(seed: 0x5CA1_AB1E)
        let rare: [UInt8] = [0x0A, 0x0D, 0x09, 0x0C, 0x00, 0x01, 0x1F, 0x7F, 0x80, 0xC3, 0xA9, 0xE2, 0x94, 0xFF]
        for length in [1_000, 20_000, 70_000] {
            for rarity in [3, 20, 200] {
                let bytes = (0..<length).map { _ -> UInt8 in
                    Int.random(in: 0..<rarity, using: &generator) == 0
                        ? rare.randomElement(using: &generator)! : UInt8.random(in: 0x20...0x7E, using: &generator)
                }
                Self.expectAgrees(bytes, "length \(length), one rare byte in \(rarity)")
            }
        }
    }

    @Test func controlsAroundTheBinaryCheckLength() {
        let limit = TextDecoder.binaryCheckLength
        for offset in [-9, -8, -1, 0, 1, 7, 8] {
            var bytes = [UInt8](repeating: 0x61, count: limit + 64)
            bytes[limit + offset] = 0x01
            bytes[limit + offset - 20] = 0x0A
            Self.expectAgrees(bytes, "control at \(offset)")
        }
        let long = Array(String(repeating: "Kepala Dinas é —\tSekretaris\r\n\u{2}", count: 5_000).utf8)
        Self.expectAgrees(long, "long text")
        Self.expectAgrees(Array(repeating: 0x61, count: SourceText.maximumLineLength * 2 + 3), "one long line")
    }

    @Test func corpusFiles() {
        for path in Fixtures.corpusInputs { Self.expectAgrees(Fixtures.bytes(path), path) }
    }

    /// Decoding gives the source text that the separate passes (`SourceText`'s own line table,
    /// `looksBinary`) gave.
    @Test func decodingAgreesWithSeparatePasses() {
        let long = Array(String(repeating: "a", count: SourceText.maximumLineLength + 10).utf8) + Array("\né\n".utf8)
        let binary = [UInt8]((0..<200).map { $0 % 3 == 0 ? 0x01 : 0x61 })
        for bytes in Self.samples + [long, binary, Array("  \n\t ".utf8)] + Fixtures.corpusInputs.map(Fixtures.bytes) {
            let scan = UTF8Scan(bytes)
            let decoded = TextDecoder.decode(bytes, file: "t")
            guard !scan.hasNUL, scan.isValid, !bytes.starts(with: [0xEF, 0xBB, 0xBF]),
                TextDecoder.utf16WithoutBOM(bytes) == nil
            else { continue }
            let isBlank = bytes.allSatisfy { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }
            switch decoded {
            case .text(let source, let diagnostics):
                #expect(!isBlank && !TextDecoder.looksBinary(bytes) && diagnostics.isEmpty)
                let expected = SourceText(file: "t", bytes: bytes, encoding: .utf8)
                #expect(source.lineRanges == expected.lineRanges && source.cutLines == expected.cutLines)
                #expect(source.tabCount == expected.tabCount && expected.tabCount == bytes.filter { $0 == 0x09 }.count)
                #expect(source.bytes == bytes && source.encoding == .utf8)
            case .failure(let diagnostic):
                #expect(diagnostic.code == (isBlank ? .emptyInput : .binaryInput))
                #expect(isBlank || TextDecoder.looksBinary(bytes))
            }
        }
    }

    /// An LF ends the line a CR before it ended (`followsCR`), not another one: looked back at, at the
    /// start of the bytes, after a CR, after an LF, after other bytes and after a CR that is not
    /// right before it.
    @Test(arguments: [
        ("\n", 0, false), ("\r\n", 1, true), ("\n\n", 1, false), ("a\n", 1, false), ("\r\r\n", 2, true),
        ("\ra\n", 2, false), ("é\r\n", 3, true), ("\r\n\n", 2, false),
    ] as [(String, Int, Bool)])
    func anLFFollowsACROnlyRightAfterIt(_ text: String, _ index: Int, _ expected: Bool) {
        let bytes = Array(text.utf8)
        #expect(bytes[index] == 0x0A)
        #expect(bytes.withUnsafeBufferPointer { UTF8Scan.followsCR(index, in: $0) } == expected)
    }
}
