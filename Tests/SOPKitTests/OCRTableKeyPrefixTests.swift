@testable import SOPKit
import Testing

/// The key-prefix questions of the OCR procedure table answered on a token's bytes
/// (`OCRTableBytes.plainKeyStarts`, `OCRTableBytes.tokenKeyHasPrefix(bytes:plainASCII:of:_:)` and
/// `OCRTableParser.flexibleTimeWord`) agree with the `TextFolding` and `OCRTableBytes` text answers
/// they stand for, on plain ASCII, non-ASCII, tabbed, empty and very long words.
@Suite struct OCRTableKeyPrefixTests {
    static let words = OCRTableBytesTests.words + [
        "", "disesuaikan", "Disesuaikan.", "(disesuaikan)", "DISESU", "disesu", "dises", "di-sesuaikan", "di sesuaikan",
        "di\tsesuaikan", "\tdisesuaikan", "1disesuaikan", "sesuai", "Sesuai,", "sesuai-", "sesuai-x", "sesuai1", "(sesuai)",
        "sesuaikan", "SESUAI", "ses uai", "Menyesuaikan", "menyesuai", "menyesu", "MENYESUAIKAN|", "—disesuaikan",
        "disesuaikan’", "\u{00A0}sesuai", "sesuai\u{00A0}", "sésuai", "dïsesuaikan", "Disesu\u{00A0}aikan", "d1sesuaikan",
        "kebutuhan", "x", "-", "||", String(repeating: "disesuaikan", count: 400), String(repeating: "a", count: 5_000),
    ]

    /// Calls `body` with the UTF-8 bytes of `text` and whether they are plain ASCII.
    private static func withBytes<Result>(
        _ text: String, _ body: (UnsafeBufferPointer<UInt8>, Bool) -> Result
    ) -> Result {
        Array(text.utf8).withUnsafeBufferPointer { body($0, OCRTableBytes.isPlainASCII(bytes: $0)) }
    }

    @Test(arguments: words) func plainPrefixMatchesTextFolding(_ text: String) {
        Self.withBytes(text) { bytes, plainASCII in
            for prefix: StaticString in ["disesu", "sesuai", "menyesuai", "kebutuhan", ""] {
                let prefixText = prefix.description
                let expected = TextFolding.keyHasPrefix(text, prefixText)
                #expect(OCRTableBytes.tokenKeyHasPrefix(bytes: bytes, plainASCII: plainASCII, of: text[...], prefix) == expected)
                guard plainASCII else { continue }
                #expect(OCRTableBytes.plainKeyStarts(bytes: bytes, with: prefix) == expected, "\(text) \(prefixText)")
                #expect(expected == TextFolding.key(text).hasPrefix(prefixText), "\(text) \(prefixText)")
                #expect(
                    OCRTableBytes.plainKeyStarts(bytes: bytes, with: prefix, whole: true)
                        == TextFolding.keyMatches(text, prefixText), "\(text) \(prefixText)")
            }
        }
    }

    /// What `OCRTableParser.flexibleTimeWord` stood for: the questions asked of each token before.
    private static func referenceFlexibleWord(_ text: Substring) -> OCRTableParser.FlexibleTimeWord? {
        let keyStart = OCRTableBytes.keyStart(text)
        let mayBeSesuai = OCRTableBytes.keyMayStart(with: 0x73, start: keyStart)
        let mayBeDisesu = OCRTableBytes.keyMayStart(with: 0x64, start: keyStart)
        let mayBeMenyesuai = OCRTableBytes.keyMayStart(with: 0x6D, start: keyStart)
        if mayBeSesuai, TextFolding.keyMatches(text, "sesuai") { return .sesuai }
        if mayBeDisesu && OCRTableBytes.keyHasPrefix(text, "disesu")
            || mayBeMenyesuai && OCRTableBytes.keyHasPrefix(text, "menyesuai")
        {
            return .disesuaikan
        }
        return nil
    }

    @Test(arguments: words) func flexibleTimeWordMatchesTextQuestions(_ text: String) {
        let inLine = "x \(text) y"
        for slice in [text[...], inLine.dropFirst(2).dropLast(2)] {
            var bytesOfSlice = slice
            let found = bytesOfSlice.withUTF8 { OCRTableParser.flexibleTimeWord(bytes: $0, of: slice) }
            #expect(found == Self.referenceFlexibleWord(slice), "\(text)")
        }
    }
}
