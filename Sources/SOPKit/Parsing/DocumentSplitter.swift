/// Splits the lines of a file into the line ranges of its SOPs.
///
/// A new SOP starts where an identity block (a labelled field or a title line) follows a table that
/// already has steps; the agency lines and blank lines just above that block belong to the new SOP.
enum DocumentSplitter {
    static func segments(_ lines: [Line]) -> [Range<Int>] {
        var segments: [Range<Int>] = []
        var start = 0
        var sawSteps = false
        for (index, line) in lines.enumerated() {
            switch line.kind {
            case .stepRow:
                sawSteps = true
            case .keyValue where sawSteps, .title where sawSteps:
                var boundary = index
                while boundary - 1 > start, belongsToNextIdentityBlock(lines[boundary - 1]) { boundary -= 1 }
                segments.append(start..<boundary)
                start = boundary
                sawSteps = false
            default:
                break
            }
        }
        segments.append(start..<lines.count)
        return segments
    }

    private static func belongsToNextIdentityBlock(_ line: Line) -> Bool {
        switch line.kind {
        case .blank: true
        case .text, .continuation: TextFolding.isUpperCase(line.text, minimumLetters: 4)
        default: false
        }
    }
}
