@testable import SOPKit
import Testing

/// `IndonesianDate.parse`, which reads ASCII text on its bytes (`parseASCII`), answers as the reading
/// on the words of the key compared as strings (`parseComparingCharacters`), which it replaced for
/// ASCII text and still uses for other text.
@Suite struct IndonesianDateBytesTests {
    /// Day, month and year spellings, combined in the orders SOPs write them.
    static var generatedDates: [String] {
        let days = ["", "0", "1", "02", "9", "14", "29", "30", "31", "32", "001"]
        let months = ["Januari", "FEBRUARI", "pebruari", "Feb", "Mrt", "April", "mei", "MAY", "Juni", "Agst", "Agus",
            "September", "sept", "Oktober", "Nopember", "Desember", "dese", "Janu", "Bulan", "02", "13", "2"]
        let years = ["2019", "2020", "2100", "1900", "1899", "2101", "20190", "19", ""]
        var dates: [String] = []
        for day in days {
            for month in months {
                for year in years {
                    dates += ["\(day) \(month) \(year)", "\(day)-\(month)-\(year)", "Tgl. \(day) \(month) \(year)"]
                }
            }
        }
        for year in years {
            for month in ["01", "1", "12", "13", "00"] {
                for day in ["01", "28", "29", "30", "31", "1", ""] {
                    dates += ["\(year)-\(month)-\(day)", "\(day)/\(month)/\(year)", " \(year)-\(month) ", "+\(year)-\(month)-\(day)"]
                }
            }
        }
        return dates
    }

    /// Edge cases: empty, dashes and dots, the words that say there is no date alone and with others,
    /// tabs and line ends, non-ASCII text, very long text.
    static let edgeCases: [String] = [
        "", " ", "-", "--", "—", "–", ":", ". -", "///", "\t", "\r\n", "belum", "BELUM", "Belum ada", "tidak ada", "na",
        "N/A", "none", "Nihil.", "- belum -", "belum 2019", "2019 belum", "tanggal", "tanggal 14 Januari 2019",
        "Tanggal : 14 Januari 2019", "14 Januari 2019 s.d.", "14januari 2019", "14 Januari 2019 2020", "Januari Februari 2019",
        "2019 Januari 14", "14 14 2019", "14 01 02 2019", "31 April 2019", "29 Februari 2019", "29 Februari 2020",
        "29 Februari 2000", "29 Februari 1900", "Th. 2019", "thn 2021", "bln 5 2019", "14\u{00A0}Januari 2019",
        "14 Januarí 2019", "14 Januari 2019 — revisi", "١٤ Januari 2019", "2019-01-14", "2019-1-14", "2019-01-14T00",
        "99999999999999999999", "14 Januari 99999999999999999999", "p3 2019", "Agustus2019",
        String(repeating: "14 Januari 2019 ", count: 300), String(repeating: "-", count: 5000),
    ]

    @Test func bytesAgreeWithCharacters() {
        for text in Self.edgeCases + Self.generatedDates {
            let expected = IndonesianDate.parseComparingCharacters(text)
            #expect(IndonesianDate.parse(text) == expected, "\(text)")
            #expect(IndonesianDate.parse(text[...]) == expected, "\(text)")
        }
    }

    /// Every spelling of every month `monthNumber` reads, and words near them, is read as it reads them.
    @Test func wordsAgreeWithMonthNumber() {
        let words = ["januari", "jan", "january", "februari", "pebruari", "feb", "peb", "february", "febuari", "maret",
            "mar", "march", "mrt", "april", "apr", "apl", "mei", "may", "juni", "jun", "june", "juli", "jul", "july",
            "agustus", "agu", "agt", "agst", "ags", "aug", "august", "agus", "september", "sep", "sept", "oktober", "okt",
            "oct", "october", "november", "nopember", "nov", "nop", "desember", "des", "dec", "december", "dese",
            "janu", "ja", "a", "z", "septemberx", "agustusan", "desembe", "tahunan", "tgl", "thn", "nihil"]
        for word in words {
            for spelling in [word, word.uppercased(), word.prefix(1).uppercased() + word.dropFirst()] {
                let reading = spelling.utf8.withContiguousStorageIfAvailable { IndonesianDate.DateWord($0) }
                #expect(Self.month(of: reading) == IndonesianDate.monthNumber(spelling), "\(spelling)")
                #expect(IndonesianDate.parse("14 \(spelling) 2019") == IndonesianDate.parseComparingCharacters("14 \(spelling) 2019"))
            }
        }
    }

    /// The month a word was read as, if it was read as one.
    static func month(of reading: IndonesianDate.DateWord?) -> Int? {
        if case .month(let month) = reading { month } else { nil }
    }

    @Test func examples() {
        #expect(IndonesianDate.parse("14 Januari 2019") == .date(PartialDate(year: 2019, month: 1, day: 14)))
        #expect(IndonesianDate.parse("Januari 2022") == .date(PartialDate(year: 2022, month: 1)))
        #expect(IndonesianDate.parse("14/01/2019") == .date(PartialDate(year: 2019, month: 1, day: 14)))
        #expect(IndonesianDate.parse("2021") == .date(PartialDate(year: 2021)))
        #expect(IndonesianDate.parse("Belum") == DateReading.none)
        #expect(IndonesianDate.parse("31 April 2019") == .unreadable)
    }
}
