@testable import SOPKit
import Testing

/// `Vocabulary.isSectionTitle(key:)` against the code it replaced, kept here as the reference: spaces
/// counted first, then the first byte looked up in a set, then every title tried.
@Suite struct SectionTitleKeyTests {
    static let titles = [
        "latar belakang", "maksud dan tujuan", "maksud", "tujuan", "ruang lingkup", "prosedur", "persyaratan",
        "sarana dan prasarana", "sarana prasarana", "biaya", "tempat", "jadwal", "penanganan", "definisi",
        "pengertian", "kebijakan", "waktu penyelesaian", "produk layanan", "mekanisme pengaduan",
        "uraian prosedur", "dasar pelaksanaan",
    ]

    static func referenceIsSectionTitle(key: String) -> Bool {
        let starts = titles.map { Array($0.utf8) }
        let firstBytes = Set(starts.map { $0[0] })
        let bytes = Array(key.utf8)
        guard let first = bytes.first, bytes.count <= 80, firstBytes.contains(first) else { return false }
        var spaces = 0
        for byte in bytes where byte == 0x20 { spaces += 1 }
        guard spaces < 9 else { return false }
        for start in starts where start[0] == first && bytes.starts(with: start) {
            if bytes.count == start.count || bytes[start.count] == 0x20 { return true }
        }
        return false
    }

    static var keys: [String] {
        var keys = ["", " ", "a", "z", "{", "`", "\t", "é", "—", "’", "\u{A0}", "maksudx", "maksud\tdan", "tujuanku",
            "Latar belakang", "latar belakangnya", "latar  belakang", "waktu", "biaya\u{A0}x", "uraian prosedur é"]
        for title in titles {
            keys += [title, title + " ", title + " a b c d e f g", title + " a b c d e f g h i", title + "x",
                title + " " + String(repeating: "x", count: 80 - title.utf8.count - 1),
                title + " " + String(repeating: "x", count: 80 - title.utf8.count), String(title.dropLast()),
                title + " é—’", "é" + title, title.uppercased(), String(repeating: title + " ", count: 20)]
        }
        return keys
    }

    @Test func agreesWithTheReference() {
        for key in Self.keys {
            #expect(Vocabulary.isSectionTitle(key: key) == Self.referenceIsSectionTitle(key: key), "\(key)")
        }
    }

    @Test func initialsAreTheTitlesFirstLetters() {
        for byte in UInt8(0x61)...0x7A {
            let expected = Self.titles.contains { $0.utf8.first == byte }
            #expect((Vocabulary.sectionTitleInitials & 1 << (byte - 0x61) != 0) == expected)
        }
    }
}
