@testable import SOPKit
import Testing

/// The byte-level paths of the identity-block normalisers (NIP digits, numbered and glued list
/// splitting, the agency's region check) agree with the `Character`- and scalar-based definitions
/// they replaced, on texts that include non-ASCII letters, combining marks, no-break spaces and CR.
@Suite struct NormaliserBytesTests {
    /// NIP texts: spaced and unspaced digits, ties, runs broken by other characters, non-ASCII.
    static let nipTexts = [
        "", " ", "NIP", "NIP. 19700101 199003 1 002", "NIP : 197001011990031002", "NIP 1234567", "NIP 12345678",
        "12 34 56 78", "1234 5678 / 87654321", "1234567 12345678", "12345678 123456789", "NIP\t19700101\t199003",
        "NIP 1970\r\n0101 1990", "19700101 199003 1 002 ", " 1 2 3 4 5 6 7 8", "NIP. 1970010１ 199003", "NIP ١٢٣٤٥٦٧٨٩",
        "Dr. É 19700101 199003 1 002", "19700101\u{301}99003", "1970 0101\u{00A0}1990 03", "NIP,19700101,199003",
        "a1b2c3d4e5f6g7h8", "12345678x12345678",
    ]

    /// The reference `NIP.digits(in:)`: `Character` by `Character`.
    static func nipDigitsByCharacters(_ text: String) -> String? {
        var best = ""
        var current = ""
        for character in text {
            if character.isASCII, character.isNumber {
                current.append(character)
            } else if character == " ", !current.isEmpty {
                continue
            } else {
                if current.count > best.count { best = current }
                current = ""
            }
        }
        if current.count > best.count { best = current }
        return best.count >= 8 ? best : nil
    }

    @Test(arguments: nipTexts) func nipDigitsAgreeWithCharacters(_ text: String) {
        #expect(NIP.digits(in: text) == Self.nipDigitsByCharacters(text), "\(text)")
        #expect(NIP.digits(in: text[...]) == Self.nipDigitsByCharacters(text), "\(text)")
    }

    @Test func nipDigitsExamples() {
        #expect(NIP.digits(in: "NIP. 19700101 199003 1 002") == "197001011990031002")
        #expect(NIP.digits(in: "1234 5678 / 87654321") == "12345678")
        #expect(NIP.digits(in: "NIP 1234567") == nil)
        #expect(NIP.digits(in: "NIP 1970\r\n0101 1990") == "01011990")
    }

    /// List texts: numbered markers in and out of order, glued items, mixed-case words, non-ASCII.
    static let listTexts = [
        "", " ", "  \t ", "1.", "1. ", "1. A", " 1. A 2. B 3. C", "1. A 3. B 2. C", "1) A 2) B", "1. A  2. B\t", "x 1. A 2. B",
        "1. A 2.B 2. C", "10. A 11. B", "1. Émile 2. Über 3. e\u{301}", "1. A\u{00A0}2. B", "1. A\r\n2. B",
        "Nomor 5587).Peraturan Pemerintah", "RenstraFormat penyusunan LKjIPDokumen", "InternalSOP", "(LKjIP)Memiliki",
        "PermenPANRB Nomor 35KemenPANRB", "SiMPEGAplikasi", "eKinerjaLaporan", "Laporan KinerjaMenPAN", "ab.Cd", "ABc",
        "ÉtatRenstra", "RenstraÉtat", "Rencana\u{301}Strategis", "UUD 1945.Peraturan", "Dokumen).Surat", "a", "Ab",
        "LKjIPDokumen RenstraFormat", "  RenstraFormat  ", "BerAKHLAKPegawai", "SiLPAKas", "KemenKesDinas",
        "1. Peraturan Presiden Nomor 8 Tahun 2006 2. Peraturan Nomor 29 Tahun 2014 x. 3) UU 12.5 tentang 4. Akhir",
        "1. Satu yang panjang 12. Dua belas 2. Dua 2.Tanpa spasi 03. Tiga 3. e\u{301} 4. Empat (5) 5. ", "1. 2. 3. 4.",
        "1. Satu.\u{00A0}2. Dua 2. Dua lagi", "1. Pertama 123. Kedua 23. Ketiga 2. Keempat", "1. A...............2. B ..... 2. C",
    ]

    /// The reference `splitNumbered`: items cut from an array of the bytes, then trimmed.
    static func splitNumberedReference(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        var markers: [(start: Int, contentStart: Int)] = []
        var expected = 1
        var index = 0
        func marker(at index: Int) -> (Int, Int)? {
            var value = 0
            var cursor = index
            while cursor < bytes.count, cursor - index < 2, bytes[cursor] >= 0x30, bytes[cursor] <= 0x39 {
                value = value * 10 + Int(bytes[cursor] - 0x30)
                cursor += 1
            }
            guard cursor > index, cursor + 1 < bytes.count,
                bytes[cursor] == UInt8(ascii: ".") || bytes[cursor] == UInt8(ascii: ")"), bytes[cursor + 1] == 0x20
            else { return nil }
            return (value, cursor + 2)
        }
        while index < bytes.count {
            let atWordStart = index == 0 || bytes[index - 1] == 0x20
            if atWordStart, let (number, contentStart) = marker(at: index), number == expected {
                markers.append((index, contentStart))
                expected += 1
                index = contentStart
                continue
            }
            if markers.isEmpty, bytes[index] != 0x20 { break }
            index += 1
        }
        guard !markers.isEmpty else { return nonEmpty([text]) }
        var items: [String] = []
        for (position, marker) in markers.enumerated() {
            let end = position + 1 < markers.count ? markers[position + 1].start : bytes.count
            items.append(String(decoding: bytes[marker.contentStart..<end], as: UTF8.self))
        }
        return nonEmpty(items)
    }

    /// The reference `splitGlued`: on an array of scalars, with every protected position marked first.
    static func splitGluedReference(_ text: String) -> [String] {
        let words = [
            "MenPAN", "KemenPAN", "PermenPAN", "LKjIP", "LKjIp", "eKinerja", "eGov", "SiLPA", "SiPD", "MenKes",
            "KemenKes", "PermenKes", "KemenDagri", "PermenDagri", "MenDagri", "KemenKeu", "PermenKeu", "BerAKHLAK",
            "PermenPANRB", "KemenPANRB", "SiMPEG", "SiMDA", "SiKD",
        ].map { Array($0.unicodeScalars) }
        let scalars = Array(text.unicodeScalars)
        var protected = Array(repeating: false, count: scalars.count)
        for start in scalars.indices {
            for word in words where word.count <= scalars.count - start {
                if scalars[start..<(start + word.count)].elementsEqual(word) {
                    for position in (start + 1)..<(start + word.count) { protected[position] = true }
                }
            }
        }
        func isUpper(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isUppercase }
        func isLower(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isLowercase }
        func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }
        func string(_ slice: ArraySlice<Unicode.Scalar>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: slice)
            return String(view)
        }
        var items: [String] = []
        var itemStart = 0
        var wordLetters = 0
        var lowerRun = 0
        for index in scalars.indices {
            let scalar = scalars[index]
            var boundary: Int?
            if isUpper(scalar), index > 0 {
                let previous = scalars[index - 1]
                if previous == "." || previous == ")" {
                    let beforePunctuation = index >= 2 ? scalars[index - 2] : " "
                    if previous == ")" || beforePunctuation == ")" || isDigit(beforePunctuation) || wordLetters >= 4 {
                        boundary = index
                    }
                } else if isLower(previous), lowerRun >= 2 {
                    let nextIsLower = index + 1 < scalars.count && isLower(scalars[index + 1])
                    if nextIsLower || (lowerRun >= 3 && wordLetters >= 5) { boundary = index }
                } else if isUpper(previous), index + 1 < scalars.count, isLower(scalars[index + 1]), wordLetters >= 2 {
                    boundary = index
                }
            }
            if let candidate = boundary, protected[candidate] { boundary = nil }
            if let boundary {
                items.append(string(scalars[itemStart..<boundary]))
                itemStart = boundary
                wordLetters = 0
                lowerRun = 0
            }
            if isUpper(scalar) || isLower(scalar) {
                wordLetters += 1
                lowerRun = isLower(scalar) ? lowerRun + 1 : 0
            } else if scalar == "." || scalar == ")" {
                lowerRun = 0
            } else {
                wordLetters = 0
                lowerRun = 0
            }
        }
        items.append(string(scalars[itemStart...]))
        return nonEmpty(items)
    }

    /// Trimmed items without the empty ones.
    static func nonEmpty(_ items: [String]) -> [String] {
        items.map { TextFolding.trim($0) }.filter { !$0.isEmpty }
    }

    @Test(arguments: listTexts) func splitNumberedAgreesWithReference(_ text: String) {
        let split = ListSplitter.splitNumbered(text)
        #expect(split == Self.splitNumberedReference(text), "\(text)")
        #expect(split.map { Array($0.utf8) } == Self.splitNumberedReference(text).map { Array($0.utf8) })
    }

    @Test(arguments: listTexts) func splitGluedAgreesWithReference(_ text: String) {
        let split = ListSplitter.splitGlued(text)
        #expect(split == Self.splitGluedReference(text), "\(text)")
        #expect(split.map { Array($0.utf8) } == Self.splitGluedReference(text).map { Array($0.utf8) })
    }

    /// The identity parser appends list items in place: the items already held stay as they are and the
    /// appended ones are those of the split.
    @Test(arguments: listTexts) func appendingInPlaceAddsTheSplitItems(_ text: String) {
        for held in [[], ["Peraturan Bupati"], ["a", "", "é"]] as [[String]] {
            var numbered = held
            ListSplitter.appendNumberedItems(of: text, to: &numbered)
            #expect(numbered == held + ListSplitter.splitNumbered(text), "\(text)")
            var glued = held
            ListSplitter.appendGluedItems(of: text, to: &glued)
            #expect(glued == held + ListSplitter.splitGlued(text), "\(text)")
        }
    }

    @Test func splitExamples() {
        #expect(ListSplitter.splitNumbered(" 1. A 2. B 3. C") == ["A", "B", "C"])
        #expect(ListSplitter.splitNumbered("  \t ") == [])
        #expect(ListSplitter.splitGlued("RenstraFormat penyusunan LKjIPDokumen") == ["Renstra", "Format penyusunan LKjIP", "Dokumen"])
        #expect(ListSplitter.splitGlued("PermenPANRB Nomor 35KemenPANRB") == ["PermenPANRB Nomor 35KemenPANRB"])
    }

    /// Agency and region texts: contained or not, with punctuation, non-ASCII and empty keys.
    static let regionCases: [(String, String)] = [
        ("Dinas Kesehatan Kabupaten Banyumas", "KABUPATEN BANYUMAS"), ("Dinas Kesehatan", "KABUPATEN BANYUMAS"),
        ("Badan Kepegawaian Kota Bandung", "kota  bandung"), ("Badan", "Kota Bandung Barat Daya"), ("Dinas", "-"),
        ("", "-"), ("Dinas Kabupaten Landak", "Kab. Landak"), ("Dinas Kab. Landak", "Kab Landak"), ("Kota", "Kota"),
        ("Dinas Kabupaten Pidie Jaya", "Kabupaten Pidie"), ("Dinas Kabupaten Pidie", "Kabupaten Pidie Jaya"),
        ("Dinas Kabupaten Énde", "Kabupaten Énde"), ("Dinas Kabupaten Ende", "Kabupaten Énde"),
        ("Dinas Kabupaten Ende\u{301}", "Kabupaten Ende"), ("Dinas\u{00A0}Kota Batu", "Kota\u{00A0}Batu"), ("aab", "ab"),
    ]

    /// The reference containment of keys: a window of `Character`s, as the standard library's
    /// `StringProtocol.contains(String)` searches (an empty part is contained in any text).
    static func keyContainsByCharacters(_ text: String, _ part: String) -> Bool {
        let characters = Array(TextFolding.key(text))
        let partCharacters = Array(TextFolding.key(part))
        guard !partCharacters.isEmpty else { return true }
        guard partCharacters.count <= characters.count else { return false }
        return (0...(characters.count - partCharacters.count)).contains { start in
            characters[start..<(start + partCharacters.count)].elementsEqual(partCharacters)
        }
    }

    @Test func keyContainsAgreesWithCharacters() {
        for (text, part) in Self.regionCases {
            #expect(AgencyName.keyContains(text, keyOf: part) == Self.keyContainsByCharacters(text, part), "\(text) | \(part)")
        }
    }

    @Test func composeJoinsRegionWords() {
        let parts: [(text: String, line: Int)] = [("PEMERINTAH DAERAH  KABUPATEN   BANYUMAS", 1), ("BADAN KEPEGAWAIAN", 2)]
        #expect(AgencyName.compose(parts) == "Badan Kepegawaian Kabupaten Banyumas")
        #expect(AgencyName.compose([("PEMERINTAH KOTA BATU", 1), ("DINAS KOTA BATU", 2)]) == "Dinas Kota Batu")
    }
    /// Date texts: ISO dates with signs, spaces and non-ASCII digits, and the ones SOPs write.
    static let dateTexts = [
        "", " ", "-", "2019-01-14", " 2019-01-14\t", "2019-01", "2019", "+201-01-14", "2019-+1-14", "2019-01-+4", "2019 -01-14",
        "2019-01-14.", "2019-13-01", "2019-02-30", "２０１９-01-14", "2019-01-1４", "14 Januari 2019", "14-01-2019", "2019--01",
        "2019-01-14-01", "2019-1-14", "Januari 2022", "2019-01-14\r\n", "\u{00A0}2019-01-14", "2019-01-14\u{301}",
    ]

    /// The reference ISO reading of `IndonesianDate`: split at "-", parts read by `Int`.
    static func isoDateReference(_ text: String) -> DateReading? {
        let parts = TextFolding.trim(text).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts.count <= 3, parts[0].count == 4, let year = Int(parts[0]),
            parts.dropFirst().allSatisfy({ $0.count == 2 && Int($0) != nil })
        else { return nil }
        let month = Int(parts[1])!
        guard month >= 1, month <= 12 else { return .unreadable }
        guard parts.count == 3 else { return .date(PartialDate(year: year, month: month)) }
        let day = Int(parts[2])!
        guard day >= 1, day <= IndonesianDate.daysIn(month: month, year: year) else { return .unreadable }
        return .date(PartialDate(year: year, month: month, day: day))
    }

    @Test(arguments: dateTexts) func isoPrefilterRulesOutOnlyNonISOTexts(_ text: String) {
        if !IndonesianDate.mayBeISODate(text) { #expect(Self.isoDateReference(text) == nil, "\(text)") }
        if let iso = Self.isoDateReference(text), case .date = iso { #expect(IndonesianDate.parse(text) == iso, "\(text)") }
    }

    /// The ISO reading (on bytes) gives the reference's answer (a date, unreadable, or none) for every
    /// date text that may be one and for generated texts of digits, "-", "+", spaces, tabs and CR LF.
    @Test func isoDateOnBytesAgreesWithTheReference() {
        let pieces = ["2019", "201", "20191", "01", "1", "13", "00", "14", "29", "30", "31", "-", "--", "+", "+1", " ", "\t", "\r\n", "x"]
        let years = ["2019", "2020", "1900", "+201", "201", "20191", "0000"]
        let parts = ["01", "02", "12", "13", "00", "28", "29", "30", "31", "+1", "1", "001", "x1"]
        let spaces = ["", "", " ", "\t", "\r\n", "  "]
        var generator = SplitMix(seed: 0x1503_0DA7)
        var texts = Self.dateTexts
        for _ in 0..<20_000 {
            // Half are shaped like ISO dates, half are any run of pieces.
            if Bool.random(using: &generator) {
                var text = spaces.randomElement(using: &generator)! + years.randomElement(using: &generator)! + "-"
                text += parts.randomElement(using: &generator)!
                if Bool.random(using: &generator) { text += "-" + parts.randomElement(using: &generator)! }
                texts.append(text + spaces.randomElement(using: &generator)!)
            } else {
                texts.append((0..<Int.random(in: 1...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
            }
        }
        var dates = 0
        for text in texts {
            // Only a text of digits, "-", "+" and ASCII white space is read as an ISO date at all.
            let reference = IndonesianDate.mayBeISODate(text) ? Self.isoDateReference(text) : nil
            #expect(IndonesianDate.isoDate(text) == reference, "\(text)")
            if case .date = reference { dates += 1 }
        }
        #expect(dates > 1_000)
    }

    @Test func isoPrefilterExamples() {
        #expect(IndonesianDate.mayBeISODate(" 2019-01-14\t"))
        #expect(IndonesianDate.mayBeISODate("+201-01-14"))
        #expect(!IndonesianDate.mayBeISODate("14 Januari 2019"))
        #expect(!IndonesianDate.mayBeISODate("２０１９-01-14"))
        #expect(IndonesianDate.parse("+201-01-14") == .date(PartialDate(year: 201, month: 1, day: 14)))
        #expect(IndonesianDate.parse("2019-01-14") == .date(PartialDate(year: 2019, month: 1, day: 14)))
    }
    /// NIPs: valid, with defects, short, long, with non-ASCII digits, spaces and CR.
    static let nips = [
        "197001011990031002", "197001011990033002", "190001011990031002", "197013011990031002", "197002301990031002",
        "197001011980031002", "197001011990001002", "197001011990130002", "000000000000000000", "99999999999999999",
        "1970010119900310020", "", "19700101199003100١", "19700101 199003100", "1970010119900310\r\n", "19700101199003100e\u{301}",
        "１９７００１０１１９９００３１００２", "20000229199003100a",
    ]

    /// The reference `NIP.problems(of:)`: read from an array of characters.
    static func nipProblemsByCharacters(_ nip: String, referenceYear: Int = 2100) -> [NIP.Problem] {
        let digits = Array(nip)
        guard digits.count == 18, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return [.length(digits.count)] }
        func number(_ range: Range<Int>) -> Int { Int(String(digits[range]))! }
        var problems: [NIP.Problem] = []
        let birthYear = number(0..<4)
        let birthMonth = number(4..<6)
        let birthDay = number(6..<8)
        let birthValid = birthYear >= 1900 && birthYear <= referenceYear && birthMonth >= 1 && birthMonth <= 12
            && birthDay >= 1 && birthDay <= IndonesianDate.daysIn(month: birthMonth, year: birthYear)
        if !birthValid { problems.append(.birthDate(String(digits[0..<8]))) }
        let appointmentYear = number(8..<12)
        let appointmentMonth = number(12..<14)
        let appointmentValid = appointmentYear >= 1940 && appointmentYear <= referenceYear
            && appointmentMonth >= 1 && appointmentMonth <= 12 && (!birthValid || appointmentYear >= birthYear + 15)
        if !appointmentValid { problems.append(.appointmentDate(String(digits[8..<14]))) }
        if digits[14] != "1" && digits[14] != "2" { problems.append(.sexDigit(digits[14])) }
        return problems
    }

    @Test(arguments: nips) func nipProblemsAgreeWithCharacters(_ nip: String) {
        #expect(NIP.problems(of: nip) == Self.nipProblemsByCharacters(nip), "\(nip)")
        #expect(NIP.problems(of: nip, referenceYear: 1980) == Self.nipProblemsByCharacters(nip, referenceYear: 1980), "\(nip)")
    }

    /// Approver texts: position and name after various commas, honorifics, degrees, non-ASCII, CR.
    static let approverTexts = [
        "", ",", ", ", "Plt. Inspektur Kab. Landak, HERI ADIWIJAYA, SE", "Kepala Dinas Koperasi, Usaha Kecil, Menengah",
        "Kepala BKPSDM, Drs. AGUS WIDODO, M.Si", "Kepala, H. YAN ERY, S.Pt", "Kepala,hj. Siti", "Kepala, Prof Siti",
        ", HERI ADIWIJAYA", "Kepala,  ", "Kepala, SE", "Kepala, S.Pt, BUDI", "Kepala, A, BUDI", "Kepala,BUDI,SE",
        "Kepala Dinas, BUDI\r\nSANTOSO", "Kepala\r\n, BUDI", "Kepala, ÉMILE DURAND", "Kepala Éducation, BUDI SANTOSO",
        "Kepala, Dr. e\u{301}", "Kepala, Dr.\u{301} Budi", "Kepala, \tBUDI", "Kepala, BU-DI", "Kepala, B1", "Kepala, IR.",
        "Camat,   DR.", "Sekretaris Daerah, Ir.",
    ]

    /// The reference `PersonName.splitPositionAndName`: character by character.
    static func splitPositionAndNameByCharacters(_ text: String) -> (position: String, name: String)? {
        var searchStart = text.startIndex
        while let comma = text[searchStart...].firstIndex(of: ",") {
            let after = text[text.index(after: comma)...].drop { $0 == " " }
            let firstWord = after.prefix { $0 != " " && $0 != "," }
            let letters = firstWord.filter(\.isLetter)
            let honorific = ["h", "hj", "dr", "drs", "dra", "ir", "prof"].contains(letters.lowercased()) && firstWord.hasSuffix(".")
            if (letters.count >= 2 && letters.allSatisfy(\.isUppercase) && !PersonName.hasDegree(firstWord)) || honorific {
                let position = TextFolding.trim(text[..<comma])
                let name = TextFolding.trim(after)
                if !position.isEmpty, !name.isEmpty { return (position, name) }
            }
            searchStart = text.index(after: comma)
        }
        return nil
    }

    @Test(arguments: approverTexts) func splitPositionAndNameAgreesWithCharacters(_ text: String) {
        let split = PersonName.splitPositionAndName(text)
        let reference = Self.splitPositionAndNameByCharacters(text)
        #expect(split?.position == reference?.position, "\(text)")
        #expect(split?.name == reference?.name, "\(text)")
        #expect(split.map { Array($0.name.utf8) } == reference.map { Array($0.name.utf8) }, "\(text)")
    }
    /// Activity words and cells: verbs, words that are not verbs, short words, non-ASCII, CR.
    static let activityWords = [
        "", "Me", "Memimpin", "Menyampaikan", "Mengirim", "Melakukan", "Merekap", "Mewujudkan", "Meyakinkan", "Mengetik,",
        "Menteri", "Menteri,", "MENTERI", "Mekanisme", "Membuat", "Mebel", "Medan", "Memo", "MeMBUAT", "memimpin", "Me-nulis",
        "Menpan", "MenPAN", "Menpan1", "Meeting", "Mei", "Memériksa", "Me\u{301}mimpin", "Memimpin\r\n", "Mem\r\nimpin",
        "Mendagri.", "Menu2", "Meréka", "Mengé", "Me1234", "Mexxxx", "Menyusun\u{00A0}",
    ]

    /// The reference `ListSplitter.isCapitalisedVerb`: on characters and strings.
    static func isCapitalisedVerbByCharacters(_ word: Substring) -> Bool {
        let notVerbs: Set<String> = [
            "menteri", "menengah", "medan", "merauke", "meranti", "mei", "melawi", "mempawah", "menpan", "mendagri",
            "merangin", "mesuji", "menara", "mekanisme", "media", "meja", "meter", "metode", "meeting", "menu",
        ]
        guard word.count >= 6, word.hasPrefix("Me") else { return false }
        let lower = word.lowercased()
        guard !notVerbs.contains(String(lower.prefix { $0.isLetter })) else { return false }
        let third = lower.dropFirst(2).first
        return third == "m" || third == "n" || third == "l" || third == "r" || third == "w" || third == "y"
    }

    @Test(arguments: activityWords) func isCapitalisedVerbAgreesWithCharacters(_ word: String) {
        #expect(ListSplitter.isCapitalisedVerb(word[...]) == Self.isCapitalisedVerbByCharacters(word[...]), "\(word)")
    }

    /// The reference `splitGluedActivities`: words split on characters, each item's words joined by
    /// spaces, items trimmed and empty ones dropped.
    static func gluedActivitiesByCharacters(_ text: String) -> [String] {
        var items: [String] = []
        var current: [Substring] = []
        for word in text.split(separator: " ") {
            if !current.isEmpty, isCapitalisedVerbByCharacters(word) {
                items.append(current.joined(separator: " "))
                current = []
            }
            current.append(word)
        }
        if !current.isEmpty { items.append(current.joined(separator: " ")) }
        return items.map { TextFolding.trim($0) }.filter { !$0.isEmpty }
    }

    /// Glued activity cells made of verbs, other words, runs of spaces, punctuation, control bytes,
    /// no-break spaces and non-ASCII letters agree with the reference.
    @Test func splitGluedActivitiesAgreesWithCharacters() {
        let pieces = [
            "Menerima", "Memimpin", "Menteri", "Mei", "Melakukan", "Mengirim", "Menyampaikan", "surat", "Laporan", "rapat",
            "MENERIMA", "menerima", " ", "  ", "-", "1.", "(Memimpin)", "Me", "Mewujudkan", "Membuat\u{301}", "é", "\u{A0}",
            "\t", "\r", "\u{7F}", "~", "Menu", "Memo", "Meja2", "Mengesahkan,",
        ]
        var generator = SplitMix(seed: 0x6CED_0028)
        for _ in 0..<20_000 {
            let count = Int.random(in: 0...14, using: &generator)
            let text = (0..<count).map { _ in pieces.randomElement(using: &generator)! }
                .joined(separator: Bool.random(using: &generator) ? " " : "")
            #expect(ListSplitter.splitGluedActivities(text) == Self.gluedActivitiesByCharacters(text), "\(text)")
        }
    }

    @Test func splitGluedActivitiesExamples() {
        let cell = "Menerima  surat Laporan Kinerja Memimpin rapat  Menteri hadir Menugaskan tim"
        #expect(ListSplitter.splitGluedActivities(cell) == ["Menerima surat Laporan Kinerja", "Memimpin rapat Menteri hadir", "Menugaskan tim"])
        #expect(ListSplitter.splitGluedActivities("   ") == [])
        #expect(ListSplitter.splitGluedActivities("Memimpin") == ["Memimpin"])
    }
    /// Heading lines: unit words first or later, after punctuation and digits, non-ASCII, no-break spaces.
    static let headingLines = [
        "", " ", "-", "DINAS KESEHATAN", "  Dinas Kesehatan", "(BIDANG) MUTASI", "1. BIDANG MUTASI", "BIDANG1 MUTASI", "Sub Bagian Umum",
        "SubBagian Umum", "KEPALA DINAS", "Dinas\u{00A0}Kesehatan", "\u{00A0}Dinas", "Dínas Kesehatan", "Dinas\u{301} Kesehatan",
        "É DINAS", "UPTD Puskesmas", "upt-d", "\r\nSeksi Umum", "SEKRETARIAT,", "tim", "tim\u{301}", "2024 Bidang",
    ]

    /// The reference first key word test: the first of `FoldedKey.words`, as a String, in the set.
    static func firstKeyWordByStrings(_ text: String, _ words: Set<String>) -> Bool {
        FoldedKey.words(text).first.map { words.contains(String($0)) } ?? false
    }

    @Test(arguments: headingLines) func firstKeyWordAgreesWithStrings(_ text: String) {
        let words: Set<String> = ["dinas", "bidang", "sub", "subbagian", "uptd", "upt", "seksi", "sekretariat", "tim", "2024", "e"]
        #expect(AgencyName.firstKeyWord(of: text, isIn: ASCIIWordSet(words), words) == Self.firstKeyWordByStrings(text, words), "\(text)")
        #expect(AgencyName.firstKeyWord(of: text[...], isIn: ASCIIWordSet(words), words) == Self.firstKeyWordByStrings(text, words), "\(text)")
    }
}
