@testable import SOPKit
import Testing

/// Word repair tells whether a token is a plain known word in one pass that also hashes its core: the
/// same answers as the two passes it replaced.
@Suite struct OCRRepairKnownWordTests {
    /// Tokens as OCR reads them: plain, punctuated, damaged, non-ASCII ("\u{212A}" is the Kelvin sign,
    /// canonically equivalent to "K"), empty.
    static let tokens = [
        "", "a", "Kepala", "kepala", "KEPALA", "\u{212A}epala", "Kepala.", "(Surat)", "surat,", "di.", "DI",
        "Pencumpulan", "1Sposist", "Ihdikator", "LA(KIP", "P.enyu_sunan", "surat-menyurat", "a1b", "abc1", "ab.cd",
        "caf\u{E9}", "cafe\u{301}", "..", "é", "Pengumpulan", "dan", "x\r\n", "menit|", "|", "Dokumen\u{301}",
    ]

    /// The definition of `isPlainKnownWord` before the core's hash was worked out in the same pass.
    static func isPlainKnownWordReference(_ token: String) -> Bool {
        let bytes = Array(token.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 && ($0 < 0x30 || $0 > 0x39) }) else { return false }
        let isLetter = { (byte: UInt8) in (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        guard let first = bytes.firstIndex(where: isLetter), let last = bytes.lastIndex(where: isLetter) else {
            return false
        }
        let core = bytes[first...last]
        guard core.allSatisfy(isLetter) else { return false }
        return core.count < 4 || Array(core).withUnsafeBufferPointer { LexiconWordTable.shared.containsASCIILetters($0) }
    }

    @Test func plainKnownWordAgreesWithTwoPasses() {
        let probes = Self.tokens + OCRFrontBytesTests.lexiconProbes.flatMap { [$0, "(\($0))", "\($0),", "\($0)1", "-\($0)-"] }
        for probe in probes {
            #expect(OCRRepair.isPlainKnownWord(probe[...]) == Self.isPlainKnownWordReference(probe), "\(probe.debugDescription)")
        }
    }

    @Test func lexiconHashReadLetterByLetter() {
        for word in ["", "a", "Kepala", "kepala", "PENGUMPULAN", "xyz"] {
            var state = LexiconWordTable.hashSeed
            for byte in word.utf8 { state = LexiconWordTable.hashStep(state, byte) }
            #expect(LexiconWordTable.finishedHash(state) == Array(word.utf8).withUnsafeBufferPointer(LexiconWordTable.hash))
        }
    }
}
