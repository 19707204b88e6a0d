@testable import SOPKit
import Testing

/// The question of a decision read on the bytes of an ASCII clause is the one its words read as
/// substrings give, and a clause that is not ASCII is left to the substrings.
@Suite struct DecisionQuestionBytesTests {
    /// Clauses: negations, stop words, verbs first and later, punctuation around and inside words,
    /// commas and semicolons that end the question, several spaces, tabs and line breaks, digits,
    /// capitals, words that trim to nothing, one word, empty, and text that is not ASCII.
    static let clauses = [
        "", "jika", "jika ", " jika tidak", "jika tidak lengkap", "jika data tidak lengkap dikembalikan kepada Staf",
        "apabila berkas belum sesuai maka diperbaiki", "Jika   Data  TIDAK   Lengkap", "jika (IKU) tidak tercapai,",
        "jika lengkap, diteruskan", "jika lengkap; diteruskan", "jika lengkap,diteruskan kepada Kepala",
        "jika memeriksa berkas", "jika berkas memeriksa ulang", "jika tidak disetujui Kepala Dinas",
        "jika -- tidak ... lengkap", "jika - lengkap", "jika tidak ,", "jika ; lengkap", "jika tdk sesuai",
        "bila masih terdapat kekurangan dikembalikan", "jika data\tlengkap\tdan benar", "jika data\r\nlengkap",
        "jika data lengkap\r\n", "jika ,\r\n lengkap", "jika \r\n, lengkap", "jika 2 berkas", "jika (2) berkas",
        "jika dan/atau lengkap", "jika me-nerima berkas", "jika di teruskan", "jika dibuat", "jika diparaf", "jika untuk",
        "jika x", "jika X", "jika lengkap?", "jika \"lengkap\"", "jika ‘lengkap’", "jika café tersedia", "jika tidak é",
        "jika data\u{A0}lengkap", "jika lengkap\u{301} sekali", "jika é", "jika Ülengkap", "JIKA BERKAS TIDAK LENGKAP MAKA",
        "jika a", "jika ab,", "jika meneliti", "jika data meneliti", "jika tidak meneliti lagi",
    ]

    /// A clause over all of `text`.
    static func clause(_ text: String) -> ActivityClauses.Clause {
        ActivityClauses.Clause(range: text.startIndex..<text.endIndex, negative: false)
    }

    @Test(arguments: clauses) func questionOnBytesIsTheQuestionOfTheWords(_ text: String) {
        let reference = ActivityClauses.questionBySubstrings(text[...])
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            #expect(ActivityClauses.questionOnBytes(text[...]) == reference, "\(text.debugDescription)")
        } else {
            #expect(ActivityClauses.questionOnBytes(text[...]) == nil, "\(text.debugDescription)")
        }
        #expect(ActivityClauses.question(of: Self.clause(text), in: text) == reference, "\(text.debugDescription)")
    }

    /// A clause inside a longer activity: only its own bytes are read.
    @Test func questionOfAClauseInsideAnActivity() {
        let activity = "Memeriksa berkas, jika tidak lengkap dikembalikan kepada Staf"
        let start = activity.range(of: "jika")!.lowerBound
        let end = activity.range(of: " dikembalikan")!.lowerBound
        let text = activity[start..<end]
        #expect(ActivityClauses.questionOnBytes(text) == "Lengkap?")
        #expect(ActivityClauses.questionBySubstrings(text) == "Lengkap?")
        #expect(ActivityClauses.question(of: ActivityClauses.Clause(range: start..<end, negative: true), in: activity) == "Lengkap?")
    }
}
