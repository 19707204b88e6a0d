import Foundation

/// A word of the text layer and where it is printed.
public struct PageWord: Sendable, Hashable {
    /// The word as printed.
    public var text: String
    /// Its box on the page.
    public var box: Box
    /// The index of its block on the page (pdftotext groups the words of a table cell into a block).
    public var block: Int

    /// Creates a word.
    public init(text: String, box: Box, block: Int) {
        self.text = text
        self.box = box
        self.block = block
    }
}

/// The words of one page of the text layer.
public struct PageWords: Sendable, Hashable {
    /// The 1-based page number.
    public var number: Int
    /// The words in reading order.
    public var words: [PageWord]

    /// Creates a page.
    public init(number: Int, words: [PageWord]) {
        self.number = number
        self.words = words
    }
}

/// Reads the output of `pdftotext -bbox-layout`: pages, blocks and words with their boxes.
public enum WordBoxes {
    /// The pages of `data`, or nil when it is not readable XML.
    public static func pages(in data: Data) -> [PageWords]? {
        guard let root = XMLTree.parse(data) else { return nil }
        var pages: [PageWords] = []
        visit(root) { element in
            guard element.name == "page" else { return false }
            var words: [PageWord] = []
            var block = 0
            visit(element) { inner in
                if inner.name == "block" {
                    block += 1
                    return false
                }
                guard inner.name == "word" else { return false }
                let number = { (key: String) in Double(inner.attributes[key] ?? "") ?? 0 }
                let text = inner.text.trimmingCharacters(in: .whitespacesAndNewlines)
                if !text.isEmpty {
                    let box = Box(minX: number("xMin"), minY: number("yMin"), maxX: number("xMax"), maxY: number("yMax"))
                    words.append(PageWord(text: text, box: box, block: block))
                }
                return true
            }
            pages.append(PageWords(number: pages.count + 1, words: words))
            return true
        }
        return pages
    }

    /// Calls `body` on every element below `element` in document order; `body` returns true to skip
    /// the element's children.
    private static func visit(_ element: XMLElement, _ body: (XMLElement) -> Bool) {
        for child in element.children where !body(child) {
            visit(child, body)
        }
    }
}
