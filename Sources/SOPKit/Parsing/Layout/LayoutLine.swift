/// A run of text on a line of `pdftotext -layout` output: words separated by single spaces, set off
/// from its neighbours by two or more spaces. Columns count Unicode scalars from 0.
struct LayoutChunk: Sendable, Hashable {
    /// The text, without surrounding spaces.
    var text: String
    /// The column of the first scalar (0-based).
    var start: Int
    /// The column just after the last scalar.
    var end: Int

    /// The middle of the chunk.
    var center: Int { (start + end) / 2 }

    /// Whether the chunk and `other` share a column, widened by `slack` on each side.
    func overlaps(_ other: LayoutChunk, slack: Int = 0) -> Bool {
        start < other.end + slack && other.start < end + slack
    }

    /// Cuts the chunk at the single space nearest `column`, when one lies within `tolerance` of it:
    /// two cells that `pdftotext` printed one space apart ("Teknis/KAK. 3 hari kerja").
    func split(near column: Int, tolerance: Int) -> (LayoutChunk, LayoutChunk)? {
        guard start < column, column < end else { return nil }
        let scalars = Array(text.unicodeScalars)
        var best: Int?
        for (offset, scalar) in scalars.enumerated() where scalar == " " {
            let wordStart = start + offset + 1
            let distance = abs(wordStart - column)
            if distance <= tolerance, best.map({ abs(start + $0 + 1 - column) > distance }) ?? true { best = offset }
        }
        guard let cut = best else { return nil }
        let left = String(String.UnicodeScalarView(scalars[..<cut]))
        let right = String(String.UnicodeScalarView(scalars[(cut + 1)...]))
        return (
            LayoutChunk(text: left, start: start, end: start + cut),
            LayoutChunk(text: right, start: start + cut + 1, end: end)
        )
    }
}

/// One line of `pdftotext -layout` output, cut into chunks.
struct LayoutLine: Sendable, Hashable {
    /// The 1-based line number in the input.
    var number: Int
    /// The 0-based page (pages end at form feeds).
    var page: Int
    /// The chunks, left to right.
    var chunks: [LayoutChunk]

    /// Whether the line holds no text.
    var isBlank: Bool { chunks.isEmpty }

    /// The chunks' texts joined with single spaces.
    var text: String { chunks.map(\.text).joined(separator: " ") }

    /// The electronic-signature footer every signed page ends with, or a page number alone on its line.
    var isPageFurniture: Bool {
        guard let first = chunks.first else { return false }
        if chunks.count == 1, first.text.utf8.count <= 3, first.text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            return first.start > 20
        }
        return Self.isFooter(first.text)
    }

    /// Whether the line closes the procedure table: its total-time row ("Jumlah waktu", "Total waktu")
    /// or the legend of the flowchart symbols ("Mulai / selesai", "Keterangan simbol").
    var closesTable: Bool {
        guard let first = chunks.first else { return false }
        let key = TextFolding.trim(TextFolding.key(first.text), punctuation: [":"])
        if Self.totalLabels.contains(String(key)) { return true }
        return chunks.contains { chunk in
            let letters = TextFolding.key(chunk.text).filter(\.isLetter)
            return letters == "mulaiselesai" || letters.hasPrefix("keterangansimbol") || letters.hasPrefix("keteranganlambang")
        }
    }

    /// The labels of a total-time row, folded.
    private static let totalLabels: Set<String> = [
        "jumlah", "total", "jumlah waktu", "total waktu", "jumlah waktu penyelesaian", "total waktu penyelesaian",
    ]

    /// "* Dokumen ini telah ditandatangani secara elektronik …", "* Pindai kode QR …".
    static func isFooter(_ text: String) -> Bool {
        let key = TextFolding.key(text.prefix(60))
        return key.hasPrefix("dokumen ini telah ditandatangani") || key.hasPrefix("pindai kode qr")
            || key.hasPrefix("dokumen ini ditandatangani")
    }

    /// Cuts `text` into chunks at runs of two or more spaces.
    static func chunks(of text: Substring) -> [LayoutChunk] {
        var chunks: [LayoutChunk] = []
        var current = String.UnicodeScalarView()
        var currentStart = 0
        var pendingSpaces = 0
        var column = 0
        func close() {
            if !current.isEmpty {
                chunks.append(LayoutChunk(text: String(current), start: currentStart, end: currentStart + current.count))
            }
            current = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            defer { column += 1 }
            if scalar == " " || scalar == "\t" || scalar == "\u{A0}" {
                pendingSpaces += 1
                continue
            }
            if scalar.value < 0x20 { continue }
            if !current.isEmpty, pendingSpaces == 1 {
                current.append(" ")
            } else if pendingSpaces >= 2 || current.isEmpty {
                close()
                currentStart = column
            }
            pendingSpaces = 0
            current.append(scalar)
        }
        close()
        return chunks
    }

    /// The lines of `source`, with pages cut at form feeds.
    static func lines(of source: SourceText) -> [LayoutLine] {
        var lines: [LayoutLine] = []
        lines.reserveCapacity(source.lineCount)
        var page = 0
        for number in 1...max(source.lineCount, 1) where number <= source.lineCount {
            var text = Substring(source.line(number))
            while text.first == "\u{0C}" {
                page += 1
                text = text.dropFirst()
            }
            lines.append(LayoutLine(number: number, page: page, chunks: chunks(of: text)))
            page += text.filter { $0 == "\u{0C}" }.count
        }
        return lines
    }
}
