/// Reads narrative sections (Latar Belakang, Maksud dan Tujuan, Ruang Lingkup, …): a section title
/// line and the text lines under it, up to the next title.
enum SectionParser {
    /// The sections found in `lines`, and the lines that belong to none.
    static func parse(_ lines: ArraySlice<Line>) -> (sections: [Section], unclaimed: [Line]) {
        var sections: [Section] = []
        var unclaimed: [Line] = []
        var current: (title: String, lines: [String])?
        func close() {
            if let current {
                sections.append(Section(title: current.title, text: current.lines.joined(separator: " ")))
            }
            current = nil
        }
        for line in lines {
            switch line.kind {
            case .blank:
                continue
            case .sectionTitle:
                close()
                current = (TextFolding.trim(line.text, punctuation: [":"]), [])
            default:
                if current != nil {
                    current!.lines.append(line.text)
                } else {
                    unclaimed.append(line)
                }
            }
        }
        close()
        return (sections, unclaimed)
    }
}
