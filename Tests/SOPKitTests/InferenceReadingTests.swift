@testable import SOPKit
import Testing

/// The kinds of work and the conditional clauses of an activity, read from the words of its
/// `RoleText.Reading` as looked up once in the role lexicon, are those that the words of its key
/// (`FoldedKey.words`) and its runs of letters say.
@Suite struct InferenceReadingTests {
    /// Activities: work words first, later, in capitals, glued to punctuation and digits, after "&",
    /// repeated, and in non-ASCII text (which the reading leaves to the key's words).
    static let activities = [
        "", "&", "& menandatangani surat", "Menandatangani surat keputusan", "MENERIMA berkas permohonan",
        "menerima", "Menerimanya berkas", "Kepala Dinas menandatangani", "Mengetik, menginput & mengarsipkan",
        "Mengajukan permohonan ke Dinas", "Menyiapkan ATK dan ruangan rapat", "memerintahkan staf mencatat",
        "Menyampaikan pengaduan", "mengisi formulir2 dan berkas", "cap/stempel", "3 menandatangani", "Membuat laporan",
        "Menerima berkas dari pemohon é", "Menandatangani café", "menerima\u{A0}permohonan", "Ménerima permohonan",
        "menandatangani\u{301} surat", "Café & konsumsi", "é menerima", "Menyetujui usul tembusannya register",
        "Mendaftar, melapor; mengentri", "x" + String(repeating: "y", count: 40) + " agenda",
    ]

    /// The kinds of work of a word, from the lists.
    static func referenceKinds(_ word: Substring) -> PerformerInference.WorkWord {
        PerformerInference.workWordLists.reduce(into: PerformerInference.WorkWord()) { kinds, list in
            if list.1.contains(String(word)) { kinds.formUnion(list.0) }
        }
    }

    @Test(arguments: activities) func workKindsAreThoseOfTheKeyWords(_ activity: String) {
        let words = FoldedKey.words(activity)
        let found = PerformerInference.wordFacts(of: activity, reading: RoleText.Reading(activity)).kinds
        let first = words.first.map(Self.referenceKinds) ?? PerformerInference.WorkWord()
        let any = words.reduce(into: PerformerInference.WorkWord()) { $0.formUnion(Self.referenceKinds($1)) }
        #expect(found.first == first, "\(activity)")
        #expect(found.any == any, "\(activity)")
        #expect(found.startsWithMenerima == (words.first == "menerima"), "\(activity)")
    }

    /// Activities with conditional clauses: several, negative or not, in capitals, glued to digits and
    /// punctuation, inside longer words, after "&", and in non-ASCII text.
    static let clauseActivities = activities + [
        "jika tidak lengkap dikembalikan kepada Staf", "Jika lengkap diteruskan, apabila belum sesuai dikembalikan",
        "Jika\ttidak lengkap", "Memeriksa — jika belum sesuai", "Staf’s jika tidak", "tahap 2 & 3 sesuai", "menerima\tberkas",
        String(repeating: "Memeriksa berkas dan menyampaikan kepada Kepala Dinas ", count: 30) + "apabila ditolak",
        "JIKA TIDAK LENGKAP", "bila2 tidak", "2jika tidak", "jika2 belum", "x1bilamana tidak", "kalau&tidak", "&jikalau gagal",
        "jikalaupun tidak", "bilamana", "apabila: ditolak; jika: sesuai", "jika tdk apabila keliru bila bukan kalau salah",
        "jika tidak é", "é jika tidak", "jika\u{A0}tidak", "jika\u{301} tidak", "jiKa Tidak, Bila kurang", "kejika tidak",
        "Memeriksa berkas jika kesalahan data maka dikembalikan", "jika tidak lengkap kembalikan", "dikembalikannya jika",
    ]

    @Test(arguments: clauseActivities) func clausesAreThoseOfTheText(_ activity: String) {
        let reading = RoleText.Reading(activity)
        var found: [ActivityClauses.Clause] = []
        ActivityClauses.appendConditionalClauses(of: activity, reading: reading, to: &found)
        let reference = ActivityClauses.conditionalClauses(activity)
        // An activity that the walk over its words finds no room for a clause in has none.
        if !PerformerInference.wordFacts(of: activity, reading: reading).mayHaveClauses {
            #expect(reference.isEmpty, "\(activity)")
        }
        #expect(found.map(\.range) == reference.map(\.range), "\(activity)")
        #expect(found.map { $0.text(in: activity) } == reference.map { $0.text(in: activity) }, "\(activity)")
        #expect(found.map(\.negative) == reference.map(\.negative), "\(activity)")
        #expect(found.allSatisfy { $0.mayHaveDigit || !ActivityClauses.hasASCIIDigit($0.text(in: activity)) }, "\(activity)")
        let returns: Set<Substring> = ["dikembalikan", "kembalikan", "dikembalikannya"]
        let decides = !reference.isEmpty
            && (reference.count >= 2 || reference[0].negative || FoldedKey.words(activity).contains(where: returns.contains))
        #expect(ActivityClauses.isDecision(activity, reading: reading, clauses: found[...]) == decides, "\(activity)")
    }

    /// A question ends at a word whose last character is a comma or semicolon, as `hasSuffix` says.
    @Test func lastCharacterIsTheSuffix() {
        let words: [Substring] = [
            "", ",", ";", "a,", "a;", "a", ",a", ",\u{301}", "a;\u{301}", "\u{600},", "lengkap,", "lengkap;;", "a\r\n", ",\r\n",
            "é,", "a\u{FE50}", "a\u{FF0C}",
        ]
        for word in words {
            let last = word.last
            #expect((last == "," || last == ";") == (word.hasSuffix(",") || word.hasSuffix(";")), "\(word.unicodeScalars)")
        }
    }

    /// The words given entries for the inference change no reading of a role name or activity.
    @Test func inferenceWordsChangeNoRoleReading() {
        let plain = RoleLexicon(RoleName.variants)
        let inferenceWords = PerformerInference.lexiconWords + ActivityClauses.lexiconWords
        for text in RoleTextReferenceTests.texts + Self.clauseActivities + inferenceWords.map(String.init) {
            let shared = RoleText(text)
            let read = RoleText(text, lexicon: plain)
            #expect(shared.tokenTexts == read.tokenTexts, "\(text)")
            #expect(shared.tokens.map(\.isNameWord) == read.tokens.map(\.isNameWord), "\(text)")
            #expect(shared.terms.count == read.terms.count, "\(text)")
        }
    }
}
