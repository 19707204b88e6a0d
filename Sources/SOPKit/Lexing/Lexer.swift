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

    /// The cells of one line: split on tabs, each cleaned, with its start column. The cells array is
    /// made as large as the line's tabs ask at once, and eight ASCII bytes without a tab at a time are
    /// counted as eight columns.
    static func cells(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line: Int) -> [Cell] {
        var cells: [Cell] = []
        cells.reserveCapacity(tabCount(buffer, range) + 1)
        var cellStart = range.lowerBound
        var column = 1
        var cellColumn = 1
        var index = range.lowerBound
        let base = UnsafeRawPointer(buffer.baseAddress)
        while index < range.upperBound {
            if index + 8 <= range.upperBound, let base {
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0, !SourceText.hasByte(word, 0x09) {
                    column += 8
                    index += 8
                    continue
                }
            }
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

    /// How many tab bytes `buffer[range]` holds, counted eight bytes at a time.
    static func tabCount(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var count = 0
        var index = range.lowerBound
        if let base = UnsafeRawPointer(buffer.baseAddress) {
            while index + 8 <= range.upperBound {
                let spread = base.loadUnaligned(fromByteOffset: index, as: UInt64.self) ^ 0x0909_0909_0909_0909
                count += SourceText.zeroBytes(spread).nonzeroBitCount
                index += 8
            }
        }
        while index < range.upperBound {
            if buffer[index] == 0x09 { count += 1 }
            index += 1
        }
        return count
    }
}
