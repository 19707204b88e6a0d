import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A parsed XML document, as the list of its elements in document order, for asserting on the HTML
/// and BPMN exports. Parsing fails (nil) unless the text is well-formed XML.
struct XMLTree {
    /// One element: its qualified name, attributes, the names of its ancestors and its own text.
    struct Element {
        var name: String
        var attributes: [String: String]
        var ancestors: [String]
        var text = ""
    }

    private(set) var elements: [Element] = []

    /// Parses `text`; nil when it is not well-formed.
    init?(_ text: String) {
        let delegate = Collector()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = delegate
        guard parser.parse() else { return nil }
        elements = delegate.elements
    }

    /// The elements named `name`.
    func all(_ name: String) -> [Element] {
        elements.filter { $0.name == name }
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var elements: [Element] = []
        var open: [Int] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String]) {
            elements.append(Element(name: name, attributes: attributes, ancestors: open.map { elements[$0].name }))
            open.append(elements.count - 1)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            open.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let last = open.last { elements[last].text += string }
        }
    }
}
