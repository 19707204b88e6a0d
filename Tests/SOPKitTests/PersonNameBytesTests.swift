@testable import SOPKit
import Testing

/// What `PersonName.looksLikeName` counts in plain ASCII text, eight bytes at a time, and the degree
/// tokens read on packed letters, agree with the byte-by-byte and character readings.
@Suite struct PersonNameBytesTests {
    /// Texts and their counts: words, visible bytes, upper-case and lower-case letters, and whether a
    /// comma or period is among them; nil for text that is not plain ASCII.
    static let countedTexts: [(text: String, counts: PersonName.NameCounts?)] = [
        ("", PersonName.NameCounts()),
        ("HERI ADIWIJAYA, SE", PersonName.NameCounts(words: 3, visible: 16, upper: 15, lower: 0, hasCommaOrPeriod: true)),
        ("Ir. Win Rizal, M.E.", PersonName.NameCounts(words: 4, visible: 16, upper: 5, lower: 7, hasCommaOrPeriod: true)),
        ("  a  B ", PersonName.NameCounts(words: 2, visible: 2, upper: 1, lower: 1, hasCommaOrPeriod: false)),
        ("A\tB", PersonName.NameCounts(words: 1, visible: 3, upper: 2, lower: 0, hasCommaOrPeriod: false)),
        ("ABCDEFGH", PersonName.NameCounts(words: 1, visible: 8, upper: 8, lower: 0, hasCommaOrPeriod: false)),
        ("ABCDEFGH ", PersonName.NameCounts(words: 1, visible: 8, upper: 8, lower: 0, hasCommaOrPeriod: false)),
        ("abcdefg hijklmn.", PersonName.NameCounts(words: 2, visible: 15, upper: 0, lower: 14, hasCommaOrPeriod: true)),
        ("@[`{ 09", PersonName.NameCounts(words: 2, visible: 6, upper: 0, lower: 0, hasCommaOrPeriod: false)),
        ("KEPALA DINAS é", nil), ("NAMA\r\nNIP", nil), ("\u{7F}", PersonName.NameCounts(words: 1, visible: 1, upper: 0, lower: 0)),
        (String(repeating: "AB ", count: 40), PersonName.NameCounts(words: 40, visible: 80, upper: 80, lower: 0)),
    ]

    @Test func countsOfTexts() {
        for (text, expected) in Self.countedTexts {
            let counts = Array(text.utf8).withUnsafeBufferPointer { PersonName.NameCounts(plainASCII: $0) }
            #expect(counts == expected, "\(text.debugDescription)")
        }
    }

    /// The counts read byte by byte, as `looksLikeName` read them before.
    static func countsByteByByte(_ bytes: [UInt8]) -> PersonName.NameCounts? {
        var counts = PersonName.NameCounts()
        var previous: UInt8 = 0x20
        for byte in bytes {
            if byte >= 0x80 || byte == 0x0D { return nil }
            if byte != 0x20 {
                counts.visible += 1
                if previous == 0x20 { counts.words += 1 }
                if byte >= 0x41, byte <= 0x5A { counts.upper += 1 } else if byte >= 0x61, byte <= 0x7A { counts.lower += 1 }
            }
            if byte == 0x2C || byte == 0x2E { counts.hasCommaOrPeriod = true }
            previous = byte
        }
        return counts
    }

    @Test func generatedCountsAgreeByteByByte() {
        let alphabet: [UInt8] = Array("AZaz@[`{09 ,.-\t".utf8) + [0x20, 0x20, 0x0D, 0x7F, 0x80, 0xC3]
        var generator = SplitMix(seed: 0x0DE6_2033)
        for _ in 0..<5_000 {
            let count = Int(generator.next() % 40)
            var bytes: [UInt8] = []
            for _ in 0..<count { bytes.append(alphabet[Int(generator.next() % UInt64(alphabet.count))]) }
            let counts = bytes.withUnsafeBufferPointer { PersonName.NameCounts(plainASCII: $0) }
            #expect(counts == Self.countsByteByByte(bytes), "\(bytes)")
        }
    }

    /// `looksLikeName` read on characters: the reading of text that is not plain ASCII.
    static func looksLikeNameByCharacters(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard !words.isEmpty, words.count <= 10 else { return false }
        let visible = words.joined()
        guard visible.filter(\.isLetter).count * 10 >= visible.count * 6 else { return false }
        if hasDegreeByCharacters(text), text.contains(",") || text.contains(".") { return true }
        let letters = visible.filter(\.isLetter)
        return words.count >= 2 && words.count <= 6 && !letters.isEmpty && letters.allSatisfy(\.isUppercase)
    }

    /// `hasDegree` read on characters.
    static func hasDegreeByCharacters(_ text: String) -> Bool {
        let degrees: Set<String> = [
            "spt", "sh", "se", "msi", "mm", "ssos", "skom", "st", "mt", "sip", "mpd", "spd", "dr", "drs", "dra",
            "ir", "h", "hj", "amd", "me", "mkes", "skep", "ns", "skm", "map", "mak", "sak", "msc", "phd", "mh", "mp",
            "ssi", "stp", "spsi", "sstp", "mtp", "ap", "mkom", "sp", "mba", "ak", "psi", "ssit", "sstr", "str",
            "apt", "sfarm", "mfarm", "sked", "skg", "drg", "sth", "shi", "mag", "sag", "mhum", "shum", "sds", "mds",
            "sn", "ssn", "msn", "mtr", "ssy", "sag", "mpa", "msp", "mec", "mecdev", "sst", "msm", "mkn", "spdi",
            "mpdi", "sei", "mei", "sthi", "ipu", "cpa", "mars", "sphil", "sgz", "sstat", "mstat", "skeb", "bsc",
            "ba", "ma", "mse", "sa", "ssa"
        ]
        for token in text.split(whereSeparator: { $0 == " " || $0 == "," }) {
            guard token.count <= 8, token.first?.isUppercase == true else { continue }
            guard degrees.contains(String(token.filter(\.isLetter)).lowercased()) else { continue }
            if token.contains(".") || token.count <= 4 { return true }
        }
        return false
    }

    static let nameTexts = [
        "HERI ADIWIJAYA, SE", "H. YAN ERY, S.Pt, M.Si", "Ir. Win Rizal, M.E.", "KEPALA DINAS", "Kepala Dinas Kesehatan",
        "NIP. 19700101 199003 1 005", "A", "AB CD EF GH IJ KL MN", "Drs. H. AHMAD", "dr. Ani, SKM", "MECDEV.", "Mecdevs.",
        "S.Ag", "SAG, X", "Budi, S.H.", "ST ST", "  JOKO   WIDODO  ", "x, Dr", "PEMBINA TK. I", "Se.", "SEKRETARIS, DRS",
    ]

    @Test(arguments: nameTexts) func looksLikeNameAgreesWithCharacters(_ text: String) {
        #expect(PersonName.looksLikeName(text) == Self.looksLikeNameByCharacters(text), "\(text)")
    }

    @Test(arguments: nameTexts) func degreeOnBytesAgreesWithCharacters(_ text: String) {
        #expect(Array(text.utf8).withUnsafeBufferPointer(PersonName.hasDegreeASCII) == Self.hasDegreeByCharacters(text), "\(text)")
    }

    @Test func generatedNamesAgreeWithCharacters() {
        let pieces = ["HERI", "Win", "SE", "S.Pt", "M.Si", "Dr.", "Ir", "ST", "skm", "X", ", ", ".", " ", " ", "  ", "12", "MECDEV"]
        var generator = SplitMix(seed: 0x4E41_4D45)
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<Int(generator.next() % 10) { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
            #expect(PersonName.looksLikeName(text) == Self.looksLikeNameByCharacters(text), "\(text.debugDescription)")
        }
    }
}
