/// Splits decoded text into lines of cleaned, tab-separated cells. `LineClassifier` then tells what
/// each line of tabular text is.
public enum Lexer {
    /// Reads every line of `source`; lines keep the kind `.text` until classified.
    public static func lines(of source: SourceText) -> [Line] {
        var lines: [Line] = []
        lines.reserveCapacity(source.lineCount)
        source.bytes.withUnsafeBufferPointer { buffer in
            for (offset, range) in source.lineRanges.enumerated() {
                lines.append(Line(number: offset + 1, cells: cells(buffer, range, line: offset + 1), kind: .text))
            }
        }
        return lines
    }

    /// The cells of one line: split on tabs, each cleaned, with its start column.
    static func cells(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line: Int) -> [Cell] {
        var cells: [Cell] = []
        var cellStart = range.lowerBound
        var column = 1
        var cellColumn = 1
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = buffer[index]
            if byte == 0x09 {
                cells.append(CellCleaner.clean(buffer, cellStart..<index, line: line, column: cellColumn))
                cellStart = index + 1
                cellColumn = column + 1
            }
            if byte & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        cells.append(CellCleaner.clean(buffer, cellStart..<range.upperBound, line: line, column: cellColumn))
        return cells
    }
}
