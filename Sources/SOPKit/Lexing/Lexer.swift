/// Splits decoded text into lines of cleaned, tab-separated cells. `LineClassifier` then tells what
/// each line of tabular text is.
public enum Lexer {
    /// Reads every line of `source`; lines keep the kind `.text` until classified. The cells of all the
    /// lines are cut into one array, made as large as the tabs of the lines read ask at once, and each
    /// line holds its stretch of it (`LineCells`) instead of an array of its own.
    public static func lines(of source: SourceText) -> [Line] {
        var cells: [Cell] = []
        // Where the cells of each line end in `cells`: a line's stretch is known only once the array is
        // whole, as a line holding the array while it grows would have it copied.
        var ends: [Int] = []
        ends.reserveCapacity(source.lineCount)
        source.bytes.withUnsafeBufferPointer { buffer in
            cells.reserveCapacity(cellCount(source, buffer))
            for (offset, range) in source.lineRanges.enumerated() {
                appendCells(buffer, range, line: offset + 1, to: &cells)
                ends.append(cells.count)
            }
        }
        var lines: [Line] = []
        lines.reserveCapacity(source.lineCount)
        var start = 0
        for (offset, end) in ends.enumerated() {
            lines.append(Line(number: offset + 1, cells: LineCells(storage: cells, range: start..<end), kind: .text))
            start = end
        }
        return lines
    }

    /// How many cells the lines of `source` (whose bytes are `buffer`) hold: one per tab and one per
    /// line. The tabs are those decoding counted (`SourceText.tabCount`) unless some lines were cut to
    /// `SourceText.maximumLineLength`, whose cut-off tabs make no cells (a 50 MB line of tabs would
    /// otherwise reserve room for 50 million cells); then they are counted over each line as it was read.
    static func cellCount(_ source: SourceText, _ buffer: UnsafeBufferPointer<UInt8>) -> Int {
        guard !source.cutLines.isEmpty else { return source.tabCount + source.lineCount }
        return source.lineRanges.reduce(source.lineCount) { count, range in count + SourceText.countTabs(buffer, range) }
    }

    /// Appends the cells of one line to `cells`: split on tabs, each cleaned, with its start column. A
    /// cell the scan found already clean is made into a string without being looked at again, and is
    /// known to be collapsed.
    static func appendCells(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line: Int, to cells: inout [Cell]) {
        forEachCell(buffer, range) { cellRange, column, isClean in
            cells.append(CellCleaner.clean(buffer, cellRange, line: line, column: column, isKnownClean: isClean))
        }
    }

    /// Calls `body` with the byte range, the 1-based start column (in Unicode scalars) and whether the
    /// cell is already clean (`CellCleaner.isAlreadyClean`) of each tab-separated cell of
    /// `buffer[range]`, in order, in one pass over the bytes: eight ASCII bytes without a tab at a time
    /// count as eight columns and are checked for what needs cleaning in the same step (one check,
    /// `CellCleaner.plainASCIIBytes`, also tells that they hold no tab); eight ASCII bytes with a tab
    /// end the cell at the first tab, the bytes before it checked in one step too.
    @inline(__always)
    static func forEachCell(
        _ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ body: (Range<Int>, Int, Bool) -> Void
    ) {
        var cellStart = range.lowerBound
        var column = 1
        var cellColumn = 1
        var index = range.lowerBound
        // Whether the cell so far holds nothing to clean and no doubled space, and whether its last byte
        // was a space; when it ends, it must also be non-empty without a space at either end.
        var mayBeClean = true
        var previousWasSpace = false
        let base = UnsafeRawPointer(buffer.baseAddress)
        while index < range.upperBound {
            if index + 8 <= range.upperBound, let base {
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 {
                    // While the cell may be clean, one check (`CellCleaner.plainASCIIBytes`) also tells
                    // that the bytes hold no tab, a control byte; else only the tabs are looked for.
                    let plain = mayBeClean ? CellCleaner.plainASCIIBytes(word) : 0
                    let tabs = plain == 0x8080_8080_8080_8080 ? 0 : SourceText.equalBytes(word, 0x09)
                    if tabs == 0 {
                        if mayBeClean {
                            let spaces = SourceText.zeroBytes(word ^ 0x2020_2020_2020_2020)
                            mayBeClean = plain == 0x8080_8080_8080_8080 && spaces & (spaces << 8) == 0
                                && !(previousWasSpace && spaces & 0x80 != 0)
                            previousWasSpace = spaces & 0x8000_0000_0000_0000 != 0
                        }
                        column += 8
                        index += 8
                        continue
                    }
                    // The bytes before the first tab (0 to 7 of them) end the cell: only their top bits
                    // of `plain` and of the spaces are read.
                    let before = tabs.trailingZeroBitCount &>> 3
                    if mayBeClean, before > 0 {
                        let kept: UInt64 = (1 &<< (UInt64(before) &* 8)) &- 1
                        let keptTops = kept & 0x8080_8080_8080_8080
                        let spaces = SourceText.zeroBytes(word ^ 0x2020_2020_2020_2020) & kept
                        mayBeClean = plain & keptTops == keptTops && spaces & (spaces << 8) == 0
                            && !(previousWasSpace && spaces & 0x80 != 0)
                    }
                    index += before
                    column += before
                    body(cellStart..<index, cellColumn, mayBeClean && isFilledWithoutEdgeSpace(buffer, cellStart..<index))
                    index += 1
                    column += 1
                    cellStart = index
                    cellColumn = column
                    mayBeClean = true
                    previousWasSpace = false
                    continue
                }
            }
            let byte = buffer[index]
            if byte == 0x09 {
                body(cellStart..<index, cellColumn, mayBeClean && isFilledWithoutEdgeSpace(buffer, cellStart..<index))
                cellStart = index + 1
                cellColumn = column + 1
                mayBeClean = true
                previousWasSpace = false
            } else if mayBeClean {
                if byte == 0x20 {
                    mayBeClean = !previousWasSpace
                    previousWasSpace = true
                } else {
                    previousWasSpace = false
                    mayBeClean = byte >= 0x20 && byte != UInt8(ascii: "<") && byte != UInt8(ascii: "&") && byte != 0xC2
                        && byte != 0x7F && byte != 0xE2 && byte != 0xE3
                }
            }
            if byte & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        body(cellStart..<range.upperBound, cellColumn, mayBeClean && isFilledWithoutEdgeSpace(buffer, cellStart..<range.upperBound))
    }

    /// Whether `buffer[range]` is not empty and neither starts nor ends with a space.
    @inline(__always)
    private static func isFilledWithoutEdgeSpace(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        !range.isEmpty && buffer[range.lowerBound] != 0x20 && buffer[range.upperBound - 1] != 0x20
    }
}
