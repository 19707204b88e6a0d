@testable import SOPKit
import Testing

/// `TextFolding.titleCase`, written straight into the result's storage with acronyms and lower-case
/// words checked on `PackedLetters`, answers as the code it replaced (kept below as `ReferenceTitleCase`)
/// on agency names, mixed case, acronyms, non-ASCII text, tabs, empty and very long text.
@Suite struct TitleCaseBytesTests {
    /// Agency names of the corpus and their variants: words of both lists, punctuation that starts a
    /// capital, digits inside acronyms, é, —, ’, NBSP, tabs, runs of spaces.
    static let names = [
        "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Banyumas",
        "Badan Pendapatan Daerah Kabupaten Klaten Sutrisno Wibowo, S.H., M.H",
        "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah Kota Palangka Raya Hendra Kusuma Putra, S.T",
        "Dinas Koperasi, Usaha Kecil, Menengah, Perindustrian dan Perdagangan Kabupaten Tanjung Jabung Barat",
        "Kelurahan Sukajadi Kecamatan Sukajadi Kota Bandung Dedi Suryadi, S.Ip",
        "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Lombok Timur",
        "BADAN KESBANG-POL (KESBANGPOL)/UPTD", "UPTD PUSKESMAS 2 BPBD", "Rsud kota", "P3A DP3A p3a PA",
        "RSUD rsud Rsud RSUD, (RSUD) RSUD-BPBD R.S.U.D. BAPPERIDA BAPPERIDAX DUKCAPIL DPMPTSP KUMKM",
        "DAN dan Dan DI KE dari PADA untuk SERTA yang ATAU dengan OLEH dalam ATAS bagi dan, dan- (dan) dan.",
        "dan dinas", "di", "ATAS NAMA", "ii iii IV iv Iv II. III/IV", "a b c A-B-C a.b.c (x)(y) /z/",
        "DINAS PENDIDIKAN D\u{C9}POK", "D\u{C9}POK DAN BPBD", "BADAN \u{2014} BPBD dan KOTA", "JUM\u{2019}AT DAN RSUD",
        "DINAS\u{A0}PENDIDIKAN DAN\u{A0}KEBUDAYAAN", "DINAS\tPENDIDIKAN \tDAN\t KEBUDAYAAN", "  DINAS  PENDIDIKAN  ",
        "", " ", "   ", "\t", "-", "--dan", "123 456", "Ã©", "ÉCOLE dan ÉTAT", "abcdefghijklm ABCDEFGHIJKL PERTANGGUNGJAWABAN",
        "\u{0}DAN \u{1F}BPBD \u{7F}RSUD", "[BPBD] {RSUD} BPBD's _dan_ dan_",
    ]

    /// `isASCIILetters`, which picks the acronyms of letters only, is the characters' `isLetter` on ASCII
    /// words: letters of both cases, digits, punctuation, the bytes next to "A"–"Z" and "a"–"z", empty.
    @Test(arguments: ["BPS", "P3A", "DP3A", "KB", "", "A", "z", "@", "[", "`", "{", "RS-UD", "R.S", "B P", "abcXYZ", "a1"])
    func asciiLettersAreTheCharactersLetters(_ word: String) {
        #expect(TextFolding.isASCIILetters(word) == word.allSatisfy(\.isLetter), "\(word)")
    }

    /// Every name as written, upper-cased, lower-cased, as a slice of a longer text, and very long.
    static let texts: [String] = {
        var texts = names + names.map { $0.uppercased() } + names.map { $0.lowercased() }
        texts.append(String(repeating: "DINAS PENDIDIKAN DAN KEBUDAYAAN BPBD ", count: 2_000))
        texts.append(String(repeating: "x", count: 70_000))
        texts.append(String(repeating: "DINAS D\u{C9}POK DAN BPBD ", count: 1_000))
        return texts
    }()

    @Test func agreesWithTheReplacedCode() {
        for text in Self.texts {
            #expect(TextFolding.titleCase(text) == ReferenceTitleCase.titleCase(text), "\(text.prefix(80))")
            let slice = ("<< " + text + " >>").dropFirst(3).dropLast(3)
            #expect(TextFolding.titleCase(slice) == ReferenceTitleCase.titleCase(slice), "\(text.prefix(80))")
        }
    }

    /// Random texts built from the words of both lists, near misses and separators.
    @Test func agreesOnRandomTexts() {
        let pieces = [
            "dan", "DAN", "Dan", "bpbd", "BPBD", "Bpbd", "RSUD", "p3a", "P3A", "BAPPERIDA", "dukcapil", "UKM", "ukm", "x",
            "yang", "dengan", "DENGAN", "abcdefghijklmn", "-", "(", "/", ".", ",", "’", "é", "É", "—", "\u{A0}", "\t", "1",
        ]
        var generator = SplitMix(seed: 16)
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<Int(generator.next() % 8) {
                text += pieces[Int(generator.next() % UInt64(pieces.count))]
                if generator.next() % 3 != 0 { text += " " }
            }
            #expect(TextFolding.titleCase(text) == ReferenceTitleCase.titleCase(text), "\(text)")
        }
    }

    /// `PackedLetters` keys are equal exactly when the letters are equal ignoring case, and a set of
    /// them holds exactly its words: sets of one word to hundreds (probing past full runs of slots),
    /// probed with every word, near misses, too-long words and random words of one to 14 letters.
    @Test func packedLettersMatchIgnoringCase() {
        let words = ["dan", "di", "bappeda", "bapperida", "abcdefghijkl", "a", "z"]
        let set = PackedLetters.WordSet(words)
        let probes = words + words.map { $0.uppercased() } + ["", "da", "dann", "abcdefghijklm", "abcdefghijkm", "bapperidb", "Z"]
        for probe in probes {
            var letters = PackedLetters()
            for byte in probe.utf8 { letters.append(byte) }
            #expect(letters.isOne(of: set) == words.contains(probe.lowercased()), "\(probe)")
        }
        var generator = SplitMix(seed: 27)
        func randomWord(maximumLength: Int) -> String {
            let length = 1 + Int(generator.next() % UInt64(maximumLength))
            return String(decoding: (0..<length).map { _ in UInt8(0x61 + generator.next() % 3) }, as: UTF8.self)
        }
        for size in [1, 2, 3, 14, 54, 200, 500] {
            let words = Swift.Set((0..<size).map { _ in randomWord(maximumLength: 12) })
            let set = PackedLetters.WordSet(words)
            for probe in Array(words) + (0..<2_000).map({ _ in randomWord(maximumLength: 14) }) {
                var letters = PackedLetters()
                for byte in probe.utf8 { letters.append(byte) }
                #expect(letters.isOne(of: set) == words.contains(probe), "\(probe)")
            }
        }
    }
}

/// `TextFolding.titleCase` as it was before it wrote into the result's storage: the reference.
private enum ReferenceTitleCase {
    static func titleCase(_ text: some StringProtocol) -> String {
        var string = String(text)
        if let ascii = string.withUTF8({ $0.allSatisfy { $0 < 0x80 } ? titleCaseASCII($0) : nil }) { return ascii }
        let words = string.split(separator: " ", omittingEmptySubsequences: true)
        var output: [String] = []
        output.reserveCapacity(words.count)
        for (position, word) in words.enumerated() {
            output.append(titleCaseWord(word, isFirst: position == 0))
        }
        return output.joined(separator: " ")
    }

    static let lowerCaseWords: Set<String> = [
        "dan", "di", "ke", "dari", "pada", "untuk", "serta", "yang", "atau", "dengan", "oleh", "dalam", "atas", "bagi",
    ]

    static let acronyms: Set<String> = [
        "BPS", "RI", "OPD", "SKPD", "UPT", "UPTD", "DPRD", "BKD", "PTSP", "DPM", "RSUD", "BPBD", "BKPSDM", "BAPPEDA",
        "PMD", "KB", "PPKB", "PUPR", "PU", "KUKM", "UMKM", "SDM", "TI", "TIK", "II", "III", "IV", "BPKAD", "BPKPD",
        "BAPPERIDA", "DUKCAPIL", "P3A", "PPPA", "DP3A", "DLH", "LH", "ESDM", "KPU", "SATPOL", "PP", "NTB", "NTT",
        "DKI", "DIY", "SD", "SMP", "SMA", "SMK", "TK", "PAUD", "DPMPTSP", "BLUD", "PKM", "UKM", "KUMKM",
    ]

    static let lowerCaseWordBytes = ASCIIWordSet(lowerCaseWords)
    static let acronymBytes = ASCIIWordSet(acronyms.map { $0.lowercased() })

    static func titleCaseASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var letters: [UInt8] = []
        var start = 0
        while start < bytes.count {
            guard bytes[start] != 0x20 else {
                start += 1
                continue
            }
            var end = start
            while end < bytes.count, bytes[end] != 0x20 { end += 1 }
            let isFirst = output.isEmpty
            if !isFirst { output.append(0x20) }
            let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
            letters.removeAll(keepingCapacity: true)
            var hasLowerCase = false
            for byte in word where (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A {
                letters.append(byte)
                if byte >= 0x61 { hasLowerCase = true }
            }
            if !hasLowerCase, acronymBytes.containsLowercased(letters) {
                output.append(contentsOf: word)
            } else {
                let wordStart = output.count
                for byte in word { output.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
                if isFirst || !lowerCaseWordBytes.contains(output[wordStart...]) {
                    var capitalizeNext = true
                    for position in wordStart..<output.count {
                        let byte = output[position]
                        if capitalizeNext, byte >= 0x61, byte <= 0x7A {
                            output[position] = byte & 0xDF
                            capitalizeNext = false
                        } else if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "/")
                            || byte == UInt8(ascii: ".")
                        {
                            capitalizeNext = true
                        }
                    }
                }
            }
            start = end
        }
        return String(decoding: output, as: UTF8.self)
    }

    static func titleCaseWord(_ word: Substring, isFirst: Bool) -> String {
        let letters = word.filter(\.isLetter)
        if acronyms.contains(String(letters).uppercased()) && letters.uppercased() == String(letters) {
            return String(word)
        }
        let lower = word.lowercased()
        if !isFirst, lowerCaseWords.contains(lower) { return lower }
        var result = ""
        var capitalizeNext = true
        for character in lower {
            if capitalizeNext, character.isLetter {
                result += character.uppercased()
                capitalizeNext = false
            } else {
                result.append(character)
                if character == "-" || character == "(" || character == "/" || character == "." {
                    capitalizeNext = true
                }
            }
        }
        return result
    }
}
