@testable import SOPKit
import Testing

/// The performer inference reads every activity of an SOP into one `RoleText.Reading` whose buffers
/// serve each activity in turn (`Reading.reread`), and the role scan copies that reading's bytes into
/// its own tokens (`RoleText.reread`): each reading must be the one a fresh reading gives, whatever was
/// read before, and a text read from the reading must not change when the reading is read into again.
@Suite struct ActivityReadingReuseTests {
    /// Activities: empty, short and long, in capitals, with tabs, NBSP, an em dash, a curly apostrophe,
    /// combining marks, digits glued to words, "&", and a text much longer than the others.
    static let texts: [String] = [
        "", " ", "&", "\t", "Kepala Dinas", "MENERIMA berkas permohonan", "Menerima\tberkas\tdari Kepala Seksi",
        "jika tidak lengkap dikembalikan kepada Staf", "Kepala\u{A0}Dinas — memeriksa", "Staf’s berkas", "café é",
        "cafe\u{301} KEPALA", "x1 X1 x12 AB1", "Memerintahkan Kasubag PPMEP, lalu Staf & Kasi", "😀 Staf",
        String(repeating: "Menyampaikan laporan kepada Kepala Dinas melalui Sekretaris ", count: 40),
    ]

    /// What a reading holds, as text.
    static func facts(_ reading: RoleText.Reading) -> [String] {
        [reading.folded.description, "\(reading.hasLowerCase) \(reading.isASCII)"]
            + reading.words.map {
                "\($0.entry) \($0.start) \($0.end) \($0.breakBefore) \($0.isCapitalised) \($0.isAllCapitals) \($0.isLettersOnly)"
            }
    }

    @Test func rereadReadingIsReadingAfresh() {
        for first in Self.texts {
            for second in Self.texts {
                var reading = RoleText.Reading(first)
                reading.reread(second)
                #expect(Self.facts(reading) == Self.facts(RoleText.Reading(second)), "\(first) → \(second)")
            }
        }
    }

    /// A reading read into again and again, and the tokens read from it, as the inference uses them.
    @Test func tokensKeepTheirBytesWhenTheReadingIsReadAgain() {
        var reading = RoleText.Reading("")
        var tokens: RoleText?
        for text in Self.texts + Self.texts.reversed() {
            reading.reread(text)
            if tokens == nil {
                tokens = RoleText(reading)
            } else {
                tokens?.reread(reading)
            }
            let before = RoleTextRereadTests.facts(tokens!)
            reading.reread("Sekretaris Daerah MENERIMA")
            #expect(RoleTextRereadTests.facts(tokens!) == before, "\(text)")
            #expect(before == RoleTextRereadTests.facts(RoleText(text)), "\(text)")
        }
    }
}
