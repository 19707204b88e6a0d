import Testing

@testable import SOPKit

/// The layout check searches a line for two blankish bytes side by side (`FormatDetector.mayBeSpaced`)
/// sixteen pairs at a time in vectors (eight bytes at a time in a line of 8 to 16 bytes), ending with
/// the pairs that end at its last byte. It must answer as the byte-by-byte definition and as the
/// reading it replaced (kept below), wherever the bytes fall: at every offset of inputs from empty to
/// long, with text outside ASCII (é, —, ’, no-break spaces) around them.
@Suite struct LayoutDetectionVectorTests {
    /// The bytes the generated inputs are made of: letters, spaces, tabs, control characters, the
    /// bytes of a no-break space, of "é", "—" and "’", and bytes that differ from a tab by one bit.
    static let palette: [UInt8] = [
        0x41, 0x61, 0x7A, 0x20, 0x09, 0x01, 0x0C, 0x1F, 0x21, 0x7F, 0xC2, 0xA0, 0xC3, 0xA9, 0xE2, 0x80, 0x94, 0x99,
        0x89, 0x19, 0x29, 0x08, 0x0B, 0xFF,
    ]

    /// A line of text with characters outside ASCII, without a tab or two blankish bytes side by side.
    static let text = Array("Menyiapkan dokumen é—’ serta memeriksa kelengkapan berkas permohonan (SOP) No. 12".utf8)

    /// Deterministic inputs of every length up to 80 and a few long ones, drawn from `palette`.
    static let generated: [[UInt8]] = {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var inputs: [[UInt8]] = []
        for length in 0...80 {
            for _ in 0..<6 {
                // Sparse inputs: mostly letters, so that tabs and blankish pairs are rare.
                inputs.append((0..<length).map { _ in next(8) == 0 ? palette[next(palette.count)] : 0x61 })
            }
        }
        for length in [255, 256, 257, 1_000, 4_099] {
            inputs.append((0..<length).map { _ in next(40) == 0 ? palette[next(palette.count)] : 0x61 })
        }
        return inputs
    }()

    /// Whether two adjacent bytes of `bytes` are both blankish: the definition of `mayBeSpaced`.
    static func hasBlankishPair(_ bytes: [UInt8]) -> Bool {
        zip(bytes, bytes.dropFirst()).contains { FormatDetector.isBlankish($0) && FormatDetector.isBlankish($1) }
    }

    /// `FormatDetector.mayBeSpaced` as it read the bytes after its last whole word one by one.
    static func mayBeSpacedByWordsThenBytes(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousIsBlankish = false
        var index = 0
        if let base = line.baseAddress {
            while index + 8 <= line.count {
                let blankish = FormatDetector.blankishBytes(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                if blankish & (blankish << 8) != 0 || previousIsBlankish && blankish & 0x80 != 0 { return true }
                previousIsBlankish = blankish >> 63 != 0
                index += 8
            }
        }
        while index < line.count {
            let blankish = FormatDetector.isBlankish(line[index])
            if blankish, previousIsBlankish { return true }
            previousIsBlankish = blankish
            index += 1
        }
        return false
    }

    /// `FormatDetector.isIndentedText` takes a line as filled and spaced only when it is: the line cut
    /// into chunks (the rule's reading) has a first chunk at column 10 or later, and `LineSpacing`
    /// reads it as spaced text. Every generated input after 0 to 17 spaces, ending with a letter, a
    /// space, DEL, a byte outside ASCII or as it is.
    @Test func indentedTextIsFilledAndSpaced() {
        var taken = 0
        for input in Self.generated {
            for indent in [0, 9, 10, 11, 17] {
                for end: [UInt8] in [[], [0x78], [0x20], [0x7F], [0xA9], [0x7E]] {
                    let line = [UInt8](repeating: 0x20, count: indent) + input + end
                    let isIndented = line.withUnsafeBufferPointer(FormatDetector.isIndentedText)
                    let expected = line.count >= 11 && line.prefix(10).allSatisfy { $0 == 0x20 } && line.last.map { $0 >= 0x21 && $0 <= 0x7E } == true
                    #expect(isIndented == expected, "\(line)")
                    guard isIndented else { continue }
                    taken += 1
                    let chunks = line.withUnsafeBufferPointer(LayoutLine.chunks(utf8:))
                    #expect(chunks.first.map { $0.start >= 10 } == true, "\(line)")
                    let spacing = line.withUnsafeBufferPointer { FormatDetector.LineSpacing(of: $0, needsFooter: false) }
                    #expect(spacing?.isSpaced == true, "\(line)")
                }
            }
        }
        #expect(taken > 1_000)
    }

    @Test func blankishPairsAreFoundAtEveryOffset() {
        let pairs: [[UInt8]] = [[0x20, 0x20], [0x20, 0x09], [0x09, 0x09], [0x01, 0x20], [0xC2, 0xA0], [0x20, 0xC2], [0xA0, 0x0C]]
        for length in 0...40 {
            let line = Array(Self.text.prefix(length))
            #expect(!line.withUnsafeBufferPointer(FormatDetector.mayBeSpaced))
            for position in 0..<max(length - 1, 0) {
                for pair in pairs {
                    var bytes = line
                    bytes[position] = pair[0]
                    bytes[position + 1] = pair[1]
                    #expect(bytes.withUnsafeBufferPointer(FormatDetector.mayBeSpaced), "\(bytes)")
                }
                // One blankish byte alone makes no pair.
                var single = line
                single[position] = 0x20
                #expect(single.withUnsafeBufferPointer(FormatDetector.mayBeSpaced) == Self.hasBlankishPair(single), "\(single)")
            }
        }
        let long = Array(repeating: Self.text, count: 1_000).flatMap { $0 }
        #expect(!long.withUnsafeBufferPointer(FormatDetector.mayBeSpaced))
    }

    @Test func spacedLineCheckAgreesWithEveryByteAndWithTheByteTail() {
        for bytes in Self.generated {
            for cut in 0..<min(bytes.count + 1, 17) {
                let input = Array(bytes[cut...])
                let spaced = input.withUnsafeBufferPointer(FormatDetector.mayBeSpaced)
                #expect(spaced == Self.hasBlankishPair(input), "\(input)")
                #expect(spaced == input.withUnsafeBufferPointer(Self.mayBeSpacedByWordsThenBytes), "\(input)")
            }
        }
    }

    @Test func lanesAreSeenInEveryPosition() {
        #expect(!FormatDetector.anyLane(SIMDMask(repeating: false)))
        #expect(FormatDetector.anyLane(SIMDMask(repeating: true)))
        for lane in 0..<16 {
            var lanes = SIMDMask<SIMD16<Int8>>(repeating: false)
            lanes[lane] = true
            #expect(FormatDetector.anyLane(lanes), "lane \(lane)")
        }
        for byte in 0...255 {
            let lanes = FormatDetector.blankishLanes(SIMD16(repeating: UInt8(byte)))
            #expect(FormatDetector.anyLane(lanes) == FormatDetector.isBlankish(UInt8(byte)), "byte \(byte)")
        }
    }
}
