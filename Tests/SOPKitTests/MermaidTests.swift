import SOPKit
import Testing

/// The Mermaid export of every corpus file parses with a small parser of the flowchart grammar it
/// uses, and holds a node per step, a rhombus per decision and a subgraph per role with steps.
@Suite struct MermaidTests {
    /// What the parser read from a flowchart.
    struct Chart {
        enum Shape: Equatable { case stadium, rectangle, rhombus }
        var nodes: [String: Shape] = [:]
        var edges: [(from: String, to: String, label: String?)] = []
        var subgraphs: [String] = []
    }

    struct ParseError: Error, CustomStringConvertible {
        var line: Int
        var message: String
        var description: String { "line \(line): \(message)" }
    }

    /// Parses the grammar: `flowchart TD`, then lines of `subgraph ID["label"]`, `end`, a node
    /// `ID(["label"])` / `ID["label"]` / `ID{"label"}`, or an edge `ID --> ID` / `ID -->|label| ID`
    /// (the target may declare its shape). Labels are quoted and hold no quote; identifiers are
    /// letters, digits and underscores and never a keyword; every subgraph is closed; every edge joins
    /// declared nodes; no node is declared twice.
    static func parse(_ text: String) throws -> Chart {
        var chart = Chart()
        var depth = 0
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == "flowchart TD" else { throw ParseError(line: 1, message: "no 'flowchart TD' header") }
        guard lines.last == "" else { throw ParseError(line: lines.count, message: "no final newline") }
        for (offset, raw) in lines.dropFirst().dropLast().enumerated() {
            let number = offset + 2
            var scanner = Scanner(text: raw.drop { $0 == " " }, line: number)
            if scanner.rest == "end" {
                depth -= 1
                guard depth >= 0 else { throw ParseError(line: number, message: "'end' without subgraph") }
                continue
            }
            if scanner.take("subgraph ") {
                let id = try scanner.identifier()
                try scanner.expect("[")
                _ = try scanner.quoted()
                try scanner.expect("]")
                try scanner.expectEnd()
                chart.subgraphs.append(id)
                depth += 1
                continue
            }
            let id = try scanner.identifier()
            if scanner.take(" -->") {
                var label: String?
                if scanner.take("|") {
                    label = try scanner.until("|")
                    try scanner.expect("|")
                }
                try scanner.expect(" ")
                let target = try scanner.identifier()
                if let shape = try scanner.shapeIfAny() {
                    guard chart.nodes[target] == nil else { throw ParseError(line: number, message: "\(target) declared twice") }
                    chart.nodes[target] = shape
                }
                try scanner.expectEnd()
                for end in [id, target] where chart.nodes[end] == nil {
                    throw ParseError(line: number, message: "edge to undeclared node \(end)")
                }
                chart.edges.append((id, target, label))
                continue
            }
            guard let shape = try scanner.shapeIfAny() else { throw ParseError(line: number, message: "expected a shape or an edge") }
            try scanner.expectEnd()
            guard chart.nodes[id] == nil else { throw ParseError(line: number, message: "\(id) declared twice") }
            chart.nodes[id] = shape
        }
        guard depth == 0 else { throw ParseError(line: lines.count, message: "\(depth) subgraphs not closed") }
        return chart
    }

    struct Scanner {
        var rest: Substring
        let line: Int
        static let keywords: Set<String> = ["end", "subgraph", "graph", "flowchart", "style", "class", "classDef", "click", "linkStyle", "direction"]

        init(text: Substring, line: Int) {
            rest = text
            self.line = line
        }

        mutating func take(_ prefix: String) -> Bool {
            guard rest.hasPrefix(prefix) else { return false }
            rest = rest.dropFirst(prefix.count)
            return true
        }

        mutating func expect(_ prefix: String) throws {
            guard take(prefix) else { throw ParseError(line: line, message: "expected '\(prefix)' at '\(rest.prefix(20))'") }
        }

        func expectEnd() throws {
            guard rest.isEmpty else { throw ParseError(line: line, message: "unexpected '\(rest.prefix(20))'") }
        }

        mutating func identifier() throws -> String {
            let id = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
            guard let first = id.first, first.isLetter, !Self.keywords.contains(String(id)) else {
                throw ParseError(line: line, message: "bad identifier at '\(rest.prefix(20))'")
            }
            rest = rest.dropFirst(id.count)
            return String(id)
        }

        mutating func quoted() throws -> String {
            try expect("\"")
            let text = try until("\"")
            try expect("\"")
            guard !text.contains("<"), !text.contains(">") else { throw ParseError(line: line, message: "raw markup in '\(text)'") }
            return text
        }

        mutating func until(_ terminator: Character) throws -> String {
            guard let end = rest.firstIndex(of: terminator) else { throw ParseError(line: line, message: "unterminated text") }
            let text = String(rest[..<end])
            rest = rest[end...]
            return text
        }

        mutating func shapeIfAny() throws -> Chart.Shape? {
            if take("([") {
                _ = try quoted()
                try expect("])")
                return .stadium
            }
            if take("[") {
                _ = try quoted()
                try expect("]")
                return .rectangle
            }
            if take("{") {
                _ = try quoted()
                try expect("}")
                return .rhombus
            }
            return nil
        }
    }

    @Test(arguments: Fixtures.corpusInputs)
    func corpusFlowchartParses(input: String) throws {
        let document = Fixtures.document(input)
        let chart = try Self.parse(MermaidExporter.export(document))
        let stepNodes = chart.nodes.keys.filter { $0.split(separator: "_").last?.hasPrefix("s") == true }
        #expect(stepNodes.count == document.sops.reduce(0) { $0 + $1.steps.count }, "\(input): a node per step")
        #expect(chart.nodes.values.filter { $0 == .rhombus }.count
            == document.sops.reduce(0) { $0 + $1.steps.filter { $0.decision != nil }.count }, "\(input): a rhombus per decision")
        let lanes = document.sops.reduce(0) { total, sop in total + Set(ProcedureFlow(sop).nodes.map(\.lane)).count }
        #expect(chart.subgraphs.filter { $0.contains("lane") }.count == lanes, "\(input): a subgraph per role with steps")
        #expect(chart.edges.allSatisfy { $0.label == nil || $0.label == "Ya" || $0.label == "Tidak" })
    }

    @Test func parserRejectsBrokenCharts() {
        for broken in [
            "graph TD\n", "flowchart TD\n  a[\"x\"]", "flowchart TD\n  subgraph a[\"x\"]\n", "flowchart TD\n  a --> b\n",
            "flowchart TD\n  a[\"x \" y\"]\n", "flowchart TD\n  end[\"x\"]\n", "flowchart TD\n  a[\"<b>\"]\n",
        ] {
            #expect(throws: ParseError.self) { try Self.parse(broken) }
        }
    }

    @Test func labelsEscapeSyntaxAndMarkdown() throws {
        var sop = SOP(id: "a", roles: ["Staf \"A\""], source: SourceRange(file: "a.txt", startLine: 1, endLine: 2))
        sop.steps = [Step(number: 1, activity: "Cek [x] {y} (z) | \"q\" <b>*m*</b> #1; `c`", performers: ["Staf \"A\""],
                          performerSource: .marker, line: 1)]
        let text = MermaidExporter.export(SOPDocument(source: "a.txt", sops: [sop], diagnostics: []))
        let chart = try Self.parse(text)
        #expect(chart.nodes == ["s1": .stadium])
        #expect(text.contains("#91;x#93; #123;y#125; #40;z#41; #124; #34;q#34; #60;b#62;#42;m#42;#60;/b#62; #35;1#59; #96;c#96;"))
    }
}
