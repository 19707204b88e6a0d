@testable import SOPKit
import Testing

/// The procedure table's cells are grown as UTF-8 bytes: `LayoutText.append(utf8:toBytes:)` against
/// `LayoutText.append(_:to:)` on a string, and pieces that are collapsed joined into a collapsed text.
@Suite struct LayoutCellBytesTests {
    /// Sequences of pieces appended one after another to an empty cell: joining marks after ASCII and
    /// other letters, words broken without a hyphen, text outside ASCII at the break, white space that
    /// collapsing changes, and empty pieces.
    static let pieceSequences: [[String]] = [
        [], [""], ["", ""], ["a"], ["", "a", ""], ["non-", "organik"], ["Survei/", "Anggota"], ["1-", "2"], ["a -", "b"],
        ["é-", "b"], ["e\u{301}-", "b"], ["ª/", "b"], ["日-", "本"], ["😀-", "x"], ["-", "x"], ["/", "x"], ["a", "-", "b"],
        ["Pengadmini", "strasi"], ["Kepegawaia", "n", "Umum"], ["Bagian Pengadmini", "strasi umum"], ["data", "dan"],
        ["adminé", "strasi"], ["admini", "strasié"], ["é admini", "strasi"], ["admini", "strasi\u{301}"],
        ["Kepala  Bagian", " Umum "], ["a\u{A0}b", "c\tд"], ["x\r\n", "y"], ["\u{3000}", "z"], ["surat", "masuk", "-", ""],
        ["abc", "\u{301}def"], ["Berkas-", "berkas", "lengkap/", "Tidak"],
    ]

    @Test(arguments: pieceSequences) func bytesGrowAsTheString(_ pieces: [String]) {
        var text = ""
        var bytes: [UInt8] = []
        for piece in pieces {
            LayoutText.append(piece, to: &text)
            Array(piece.utf8).withUnsafeBufferPointer { LayoutText.append(utf8: $0, toBytes: &bytes) }
            #expect(bytes == Array(text.utf8), "\(pieces)")
        }
        if pieces.allSatisfy({ TextFolding.collapseWhitespace($0) == $0 }) {
            #expect(TextFolding.collapseWhitespace(text) == text, "\(pieces)")
        }
    }

    @Test(arguments: [
        ("", false), ("-", false), ("a-", true), ("a/", true), ("1-", false), ("é-", true), ("日/", true), ("😀-", false),
        ("a-b", false), ("a–", false), (" -", false),
    ])
    func joiningMarksNeedALetterBefore(text: String, endsWithMark: Bool) {
        #expect(Array(text.utf8).withUnsafeBufferPointer(LayoutText.endsWithJoiningMark) == endsWithMark)
    }
}
