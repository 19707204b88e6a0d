@testable import SOPKit
import Testing

/// `LayoutTableParser.roleTextMessage`, written at its final size from the chunk's bytes, says what the
/// string interpolation it replaced said: for empty and short texts, texts of 60 bytes and around it in
/// ASCII and outside it (where bytes and characters differ), long texts cut to an excerpt, combining
/// marks, emoji, role names outside ASCII and negative or large step numbers.
@Suite struct LayoutRoleTextMessageTests {
    /// The message as the table parser interpolated it before.
    static func referenceMessage(role: String, step: Int, chunk: LayoutChunk) -> String {
        "text in the role column \"\(role)\" of step \(step) is not activity text; ignored: \"\(ProcedureTableParser.excerpt(chunk.text))\""
    }

    static let texts: [String] = {
        var texts = ["", "x", "3", "√", "Kasi SDM", "e\u{301}", "👩‍👩‍👧"]
        for count in [29, 30, 31, 59, 60, 61, 62, 120] {
            texts.append(String(repeating: "a", count: count))
            texts.append(String(repeating: "é", count: count))
            texts.append(String(repeating: "e\u{301}", count: count))
            texts.append(String(repeating: "ab ", count: count))
            texts.append(String(repeating: "🙂", count: count))
        }
        return texts
    }()

    @Test(arguments: texts)
    func sameAsInterpolation(text: String) {
        let chunk = LayoutChunk(text: text, start: 4, end: 4 + text.unicodeScalars.count)
        for (role, step) in [("Kasi SDM Kesehatan", 3), ("?", 0), ("Pejabat Pembuat Komitmen — Ketua", -12), ("", Int.max)] {
            let message = LayoutTableParser.roleTextMessage(role: role, step: step, chunk: chunk)
            #expect(message == Self.referenceMessage(role: role, step: step, chunk: chunk))
            #expect(Array(message.utf8) == Array(Self.referenceMessage(role: role, step: step, chunk: chunk).utf8))
        }
    }

    /// A chunk cut from a line of the file (its bytes a range of the file's) reads as one made from its text.
    @Test func chunkCutFromALine() {
        let line = "  1   Menerima berkas     √      " + String(repeating: "panjang ", count: 12)
        for chunk in LayoutLine.chunks(of: Substring(line)) {
            #expect(LayoutTableParser.roleTextMessage(role: "Staf", step: 1, chunk: chunk)
                == Self.referenceMessage(role: "Staf", step: 1, chunk: chunk))
        }
    }
}
