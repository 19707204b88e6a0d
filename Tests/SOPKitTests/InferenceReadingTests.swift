@testable import SOPKit
import Testing

/// The kinds of work of an activity, read from the words of its `RoleText.Reading` as looked up once in
/// the role lexicon, are those that the words of its key (`FoldedKey.words`) say in `workWordLists`.
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
        let found = PerformerInference.workKinds(of: activity, reading: RoleText.Reading(activity))
        let first = words.first.map(Self.referenceKinds) ?? PerformerInference.WorkWord()
        let any = words.reduce(into: PerformerInference.WorkWord()) { $0.formUnion(Self.referenceKinds($1)) }
        #expect(found.first == first, "\(activity)")
        #expect(found.any == any, "\(activity)")
        #expect(found.startsWithMenerima == (words.first == "menerima"), "\(activity)")
    }

    /// The words given entries for the inference change no reading of a role name or activity.
    @Test func inferenceWordsChangeNoRoleReading() {
        let plain = RoleLexicon(RoleName.variants)
        for text in RoleTextReferenceTests.texts + Self.activities + PerformerInference.lexiconWords.map(String.init) {
            let shared = RoleText(text)
            let read = RoleText(text, lexicon: plain)
            #expect(shared.tokenTexts == read.tokenTexts, "\(text)")
            #expect(shared.tokens.map(\.isNameWord) == read.tokens.map(\.isNameWord), "\(text)")
            #expect(shared.terms.count == read.terms.count, "\(text)")
        }
    }
}
