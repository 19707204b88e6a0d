@testable import SOPKit
import Testing

/// A role column of an OCR'd header holds its phrases as indices of the header's phrases; its
/// `ColumnText`, read through those indices, must be the reading of the phrases' texts joined with
/// spaces (`ColumnText(joining:)`), the definition it follows.
@Suite struct OCRRoleColumnTextTests {
    /// Runs of one to three phrases of each line of the reading, and runs across neighbouring lines.
    static let memberLists: [[Int]] = {
        let reading = OCRRoleHeaderReadingTests.reading
        var lists: [[Int]] = []
        for line in OCRRoleHeaderReadingTests.lines.indices {
            let range = reading.phrases(ofLine: line)
            for start in range {
                for length in 1...3 where start + length <= range.upperBound {
                    lists.append(Array(start..<(start + length)))
                }
            }
        }
        let count = reading.phrases.count
        for start in stride(from: 0, to: max(0, count - 4), by: 3) { lists.append([start, start + 2, start + 4]) }
        return lists
    }()

    @Test func columnOfIndicesIsTheColumnOfTheJoinedTexts() {
        let phrases = OCRRoleHeaderReadingTests.reading.phrases
        #expect(!Self.memberLists.isEmpty)
        for members in Self.memberLists {
            let texts = members.map { phrases[$0].text }
            let column = OCRRoleHeader.ColumnText(members, of: phrases)
            #expect(column == OCRRoleHeader.ColumnText(joining: texts), "\(texts)")
            #expect(column.firstFoldedWord(members, of: phrases) == FoldedKey.words(texts.joined(separator: " ")).first,
                    "\(texts)")
        }
    }
}
