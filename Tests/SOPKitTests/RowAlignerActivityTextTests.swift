@testable import SOPKit
import Testing

/// The activity text of a step's cell (`RowAligner.activityText`): the cell's text when it has no list,
/// else its lead text and its items joined with "; ", glued items split as `ListSplitter` splits them.
@Suite struct RowAlignerActivityTextTests {
    /// A cell of the lead text `lead` and the items `items`, its text the two joined by single spaces.
    static func cell(lead: String, items: [String], glued: Bool = false) -> Cell {
        let text = ([lead] + items).filter { !$0.isEmpty }.joined(separator: " ")
        return Cell(text: text, line: 3, column: 5, leadText: lead, listItems: items, hasGluedList: glued)
    }

    @Test(arguments: [
        (cell(lead: "Menerima berkas", items: []), "Menerima berkas"),
        (cell(lead: "", items: []), ""),
        (cell(lead: "Memeriksa:", items: ["kelengkapan", "keabsahan"]), "Memeriksa: kelengkapan; keabsahan"),
        (cell(lead: "", items: ["Mencatat surat", "Mengarsipkan"]), "Mencatat surat; Mengarsipkan"),
        (cell(lead: "Menyerahkan", items: ["SK"]), "Menyerahkan SK"),
        (cell(lead: "Ujian ", items: ["Ölçüm – tahap 1", "réponse …"]), "Ujian  Ölçüm – tahap 1; réponse …"),
        (cell(lead: "√", items: ["", "x"]), "√ ; x"),
    ])
    func activityTextJoinsTheLeadTextAndItems(cell: Cell, expected: String) {
        #expect(RowAligner.activityText(cell) == expected)
    }

    /// Glued items (bullets whose tags were lost) are split before each capitalised verb, as
    /// `ListSplitter.splitGluedActivities` splits them, and joined with "; " after the lead text.
    @Test(arguments: [
        ("", ["Menerima berkas Memeriksa berkas"], "Menerima berkas; Memeriksa berkas"),
        (
            "Kegiatan:", ["Menerima surat Mencatat surat Mengarsipkan surat", "Menyerahkan"],
            "Kegiatan: Menerima surat; Mencatat surat; Mengarsipkan surat; Menyerahkan"
        ),
        ("Uji", ["Membuat laporan akhir"], "Uji Membuat laporan akhir"),
    ])
    func gluedItemsAreSplitBeforeEachVerb(lead: String, items: [String], expected: String) {
        #expect(RowAligner.activityText(Self.cell(lead: lead, items: items, glued: true)) == expected)
    }
}
