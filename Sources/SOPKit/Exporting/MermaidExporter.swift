/// Writes the procedure of SOPs as a Mermaid flowchart that GitHub renders: one subgraph per role
/// (and one for steps whose performer is unknown), a capsule for the first and last step, a rectangle
/// for a process, a rhombus for a decision, and the edges of `ProcedureFlow` with "Ya" / "Tidak" on
/// a decision's branches. Several SOPs each become a subgraph of their own with prefixed node ids.
///
/// Labels are quoted and every character Mermaid could read as syntax or Markdown is written as an
/// entity code (`#quot;`, `#35;`, …), so text from the input cannot change the chart.
public enum MermaidExporter {
    /// The flowchart of every SOP of `documents`, as one diagram.
    public static func export(_ documents: [SOPDocument]) -> String {
        let sops = documents.flatMap(\.sops)
        var lines = ["flowchart TD"]
        if sops.isEmpty {
            lines.append("  none[\"\(label("Tidak ada SOP yang dikenali"))\"]")
        } else if sops.count == 1 {
            lines += chart(sops[0], prefix: "", indent: "  ")
        } else {
            for (index, sop) in sops.enumerated() {
                lines.append("  subgraph sop\(index + 1)[\"\(label(sop.title ?? sop.id))\"]")
                lines += chart(sop, prefix: "sop\(index + 1)_", indent: "    ")
                lines.append("  end")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The flowchart of the SOPs of one document.
    public static func export(_ document: SOPDocument) -> String {
        export([document])
    }

    private static func chart(_ sop: SOP, prefix: String, indent: String) -> [String] {
        let flow = ProcedureFlow(sop)
        var lines: [String] = []
        for (lane, name) in flow.lanes.enumerated() {
            let nodes = flow.nodes.filter { $0.lane == lane }
            guard !nodes.isEmpty else { continue }
            lines.append("\(indent)subgraph \(prefix)lane\(lane + 1)[\"\(label(name))\"]")
            for node in nodes {
                let step = sop.steps[node.index]
                var text = "\(step.number): \(step.activity)"
                if !node.otherLanes.isEmpty {
                    text += " (juga: " + node.otherLanes.map { flow.lanes[$0] }.joined(separator: ", ") + ")"
                }
                let id = "\(prefix)s\(node.index + 1)"
                switch node.symbol {
                case .terminator: lines.append("\(indent)  \(id)([\"\(label(text))\"])")
                case .process: lines.append("\(indent)  \(id)[\"\(label(text))\"]")
                case .decision:
                    let question = step.decision?.question ?? step.activity
                    lines.append("\(indent)  \(id){\"\(label("\(step.number): \(question)"))\"}")
                }
            }
            lines.append("\(indent)end")
        }
        for edge in flow.edges {
            let from = "\(prefix)s\(edge.from + 1)"
            let arrow = edge.label.map { "-->|\(label($0))|" } ?? "-->"
            switch edge.to {
            case .step(let target):
                lines.append("\(indent)\(from) \(arrow) \(prefix)s\(target + 1)")
            case .end where edge.from != flow.nodes.count - 1:
                lines.append("\(indent)\(from) \(arrow) \(prefix)x\(edge.from + 1)([\"Selesai\"])")
            case .end:
                continue
            }
        }
        return lines
    }

    /// `text` for a quoted Mermaid label: syntax and Markdown characters as entity codes, whitespace
    /// runs as single spaces.
    static func label(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count + 8)
        var lastWasSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar.value < 0x20 {
                if !lastWasSpace, !output.isEmpty { output.append(" ") }
                lastWasSpace = true
                continue
            }
            lastWasSpace = false
            switch scalar {
            case "\"", "#", "<", ">", "&", "`", "*", "_", "[", "]", "{", "}", "(", ")", "|", ";", "\\", "~", "$":
                output += "#\(scalar.value);"
            default:
                output.unicodeScalars.append(scalar)
            }
        }
        while output.hasSuffix(" ") { output.removeLast() }
        return output
    }
}
