@testable import SOPKit
import Testing

/// `OCRTableParser.isLoneHeaderWord` joins and folds the texts of a plain ASCII block on the stack: the
/// same answer as the String reading it replaces (the key of the texts joined by spaces, one of the
/// header words), for blocks of one and more lines, with punctuation, case, digits, CRs, empty texts,
/// letters outside ASCII and more than ten letters and digits.
@Suite struct OCRTableLoneHeaderWordTests {
    static let blocks: [[String]] = [
        ["Waktu"], ["WAKTU"], ["waktu."], ["| Waktu |"], ["Wak", "tu"], ["Wak-", "tu"], ["No"], ["No."], ["N o"],
        ["Aktivitas"], ["Akti", "vitas"], ["Pelaksana"], ["Kegiatan"], ["Keterangan"], ["Keterangan1"], ["Keterangann"],
        ["Waktu", "No"], ["No", ""], ["", "No"], [""], ["", ""], ["|"], ["-", "waktu", "-"], ["wak\rtu"], ["waktu\r"],
        ["Wáktu"], ["Waktu\u{00A0}"], ["\u{2014}Waktu"], ["no", "no"], ["nomor"], ["Output"], ["Waktu Keterangan"],
        ["ab cd ef gh ij kl"], ["12345678901"], ["waktu 2"], [" waktu "], ["\tWaktu\t"], ["W", "a", "k", "t", "u"],
    ]

    static func reference(_ texts: [String]) -> Bool {
        ["waktu", "no", "aktivitas", "pelaksana", "kegiatan", "keterangan"]
            .contains(TextFolding.key(texts.joined(separator: " ")))
    }

    @Test(arguments: blocks) func agreesWithTheStringReading(_ texts: [String]) {
        let block = texts.enumerated().map { OCRLine(number: $0.offset + 1, text: $0.element) }
        #expect(OCRTableParser.isLoneHeaderWord(block) == Self.reference(block.map(\.text)), "\(texts.debugDescription)")
    }
}
