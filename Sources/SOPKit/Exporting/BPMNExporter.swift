/// Writes the procedure of SOPs as BPMN 2.0 XML that process engines run and modelers open laid out:
/// per SOP a pool (participant) with an executable process, a lane per role (and one for steps whose
/// performer is unknown), a start event, a manual task per step, a diverging exclusive gateway after
/// each decision, a converging one before each step that several flows reach (a step a decision
/// returns to), end events, the sequence flows of `ProcedureFlow`, and BPMNDI shapes and edges.
///
/// A gateway's "Ya" flow is its default; its "Tidak" flow has the condition
/// `globals().get("keputusan_N") == "Tidak"` (N the step number), so a run without answers takes the
/// accepted path and a run that sets `keputusan_N` to "Tidak" takes the rejected one. Everything from
/// the input is escaped.
public enum BPMNExporter {
    /// The BPMN definitions of every SOP of `documents`, one pool and process each.
    public static func export(_ documents: [SOPDocument]) -> String {
        let sops = documents.flatMap(\.sops)
        var collaboration = "  <bpmn:collaboration id=\"Collaboration_1\">\n"
        var processes = ""
        var shapes = ""
        var poolTop = 80
        for (index, sop) in sops.enumerated() {
            let diagram = PoolLayout(sop, number: index + 1, top: poolTop)
            collaboration += "    <bpmn:participant id=\"Participant_\(index + 1)\" name=\"\(attribute(sop.title ?? sop.id))\" "
            collaboration += "processRef=\"Process_\(index + 1)\" />\n"
            processes += diagram.process
            shapes += diagram.shapes
            poolTop += diagram.height + 40
        }
        collaboration += "  </bpmn:collaboration>\n"
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" \
            xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" \
            xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            id="Definitions_1" targetNamespace="urn:sopkit:bpmn" exporter="SOPKit" exporterVersion="\(SOPKit.version)">

            """
        guard !sops.isEmpty else { return xml + "</bpmn:definitions>\n" }
        xml += collaboration + processes
        xml += "  <bpmndi:BPMNDiagram id=\"Diagram_1\">\n    <bpmndi:BPMNPlane id=\"Plane_1\" bpmnElement=\"Collaboration_1\">\n"
        xml += shapes
        xml += "    </bpmndi:BPMNPlane>\n  </bpmndi:BPMNDiagram>\n</bpmn:definitions>\n"
        return xml
    }

    /// The BPMN definitions of the SOPs of one document.
    public static func export(_ document: SOPDocument) -> String {
        export([document])
    }

    /// The name of the process variable that answers the decision of step `number`.
    public static func decisionVariable(step number: Int) -> String {
        "keputusan_\(number)"
    }

    static func attribute(_ text: String) -> String {
        HTMLEscaping.escape(text.split(whereSeparator: \.isWhitespace).joined(separator: " "))
    }
}

/// One SOP's pool: its process elements and their diagram shapes, laid out left to right in step
/// order with one horizontal lane per role.
private struct PoolLayout {
    /// A shape's bounds.
    struct Bounds {
        var x: Int, y: Int, width: Int, height: Int
        var midX: Int { x + width / 2 }
        var midY: Int { y + height / 2 }
        var right: Int { x + width }
        var bottom: Int { y + height }
    }

    /// A flow node of the process with its lane and shape.
    struct Element {
        var id: String
        var lane: Int
        /// The BPMN element name: startEvent, manualTask, exclusiveGateway, endEvent.
        var kind: String
        var name: String
        var documentation = ""
        /// A gateway's direction: "Diverging" after a decision, "Converging" where flows join before a step.
        var direction: String?
        /// A gateway's default flow.
        var defaultFlow: String?
        var bounds: Bounds
    }

    static let laneHeight = 170
    static let column = 240
    static let poolLeft = 100
    static let laneLeft = 130

    private(set) var process = ""
    private(set) var shapes = ""
    let height: Int

    init(_ sop: SOP, number: Int, top: Int) {
        let flow = ProcedureFlow(sop)
        let laneCount = max(1, flow.lanes.count)
        height = laneCount * Self.laneHeight
        let width = (flow.nodes.count + 1) * Self.column + 120
        let prefix = "\(number)"
        func laneTop(_ lane: Int) -> Int { top + lane * Self.laneHeight }
        func columnX(_ index: Int) -> Int { Self.laneLeft + 150 + index * Self.column }

        var elements: [Element] = []
        var incoming: [String: [String]] = [:]
        var outgoing: [String: [String]] = [:]
        var flows: [(id: String, source: String, target: String, name: String?, condition: String?)] = []
        func connect(_ source: String, _ target: String, name: String? = nil, condition: String? = nil) -> String {
            let id = "Flow_\(prefix)_\(flows.count + 1)"
            flows.append((id, source, target, name, condition))
            outgoing[source, default: []].append(id)
            incoming[target, default: []].append(id)
            return id
        }

        let firstLane = flow.nodes.first?.lane ?? 0
        let lastLane = flow.nodes.last?.lane ?? 0
        let startID = "Start_\(prefix)"
        let endID = "End_\(prefix)"
        elements.append(Element(id: startID, lane: firstLane, kind: "startEvent", name: "Mulai",
            bounds: Bounds(x: Self.laneLeft + 40, y: laneTop(firstLane) + 67, width: 36, height: 36)))
        func taskID(_ index: Int) -> String { "Task_\(prefix)_\(index + 1)" }
        func gatewayID(_ index: Int) -> String { "Gateway_\(prefix)_\(index + 1)" }
        var arrivals = Array(repeating: 0, count: flow.nodes.count)
        if !flow.nodes.isEmpty { arrivals[0] += 1 }
        for edge in flow.edges {
            if case .step(let index) = edge.to { arrivals[index] += 1 }
        }
        func entryID(_ index: Int) -> String { arrivals[index] > 1 ? "Join_\(prefix)_\(index + 1)" : taskID(index) }
        if !flow.nodes.isEmpty { _ = connect(startID, entryID(0)) }
        for node in flow.nodes {
            let step = sop.steps[node.index]
            let x = columnX(node.index)
            if arrivals[node.index] > 1 {
                elements.append(Element(id: entryID(node.index), lane: node.lane, kind: "exclusiveGateway", name: "",
                    direction: "Converging", bounds: Bounds(x: x - 55, y: laneTop(node.lane) + 60, width: 50, height: 50)))
                _ = connect(entryID(node.index), taskID(node.index))
            }
            elements.append(Element(id: taskID(node.index), lane: node.lane, kind: "manualTask", name: "\(step.number). \(step.activity)",
                documentation: Self.documentation(step, otherPerformers: node.otherLanes.map { flow.lanes[$0] }),
                bounds: Bounds(x: x, y: laneTop(node.lane) + 45, width: 100, height: 80)))
            let leaving = flow.edges(from: node.index)
            var source = taskID(node.index)
            if step.decision != nil {
                let gateway = gatewayID(node.index)
                elements.append(Element(id: gateway, lane: node.lane, kind: "exclusiveGateway", name: step.decision?.question ?? "",
                    direction: "Diverging", bounds: Bounds(x: x + 125, y: laneTop(node.lane) + 60, width: 50, height: 50)))
                _ = connect(source, gateway)
                source = gateway
            }
            for edge in leaving {
                let target: String
                switch edge.to {
                case .step(let index): target = entryID(index)
                case .end where edge.label == ProcedureFlow.no:
                    target = "EndNo_\(prefix)_\(node.index + 1)"
                    elements.append(Element(id: target, lane: node.lane, kind: "endEvent", name: "Selesai",
                        bounds: Bounds(x: x + 132, y: laneTop(node.lane) + 122, width: 36, height: 36)))
                case .end: target = endID
                }
                let condition = edge.label == ProcedureFlow.no
                    ? "globals().get(\"\(BPMNExporter.decisionVariable(step: step.number))\") == \"\(ProcedureFlow.no)\"" : nil
                let id = connect(source, target, name: edge.label, condition: condition)
                if edge.label == ProcedureFlow.yes, let gateway = elements.lastIndex(where: { $0.id == source }) {
                    elements[gateway].defaultFlow = id
                }
            }
        }
        let endX = columnX(flow.nodes.count) + 30
        elements.append(Element(id: endID, lane: lastLane, kind: "endEvent", name: "Selesai",
            bounds: Bounds(x: endX, y: laneTop(lastLane) + 67, width: 36, height: 36)))
        if flow.nodes.isEmpty { _ = connect(startID, endID) }

        let name = BPMNExporter.attribute(sop.title ?? sop.id)
        process = "  <bpmn:process id=\"Process_\(prefix)\" name=\"\(name)\" isExecutable=\"true\">\n"
        process += "    <bpmn:laneSet id=\"LaneSet_\(prefix)\">\n"
        for (lane, laneName) in flow.lanes.enumerated() {
            process += "      <bpmn:lane id=\"Lane_\(prefix)_\(lane + 1)\" name=\"\(BPMNExporter.attribute(laneName))\">\n"
            for element in elements where element.lane == lane {
                process += "        <bpmn:flowNodeRef>\(element.id)</bpmn:flowNodeRef>\n"
            }
            process += "      </bpmn:lane>\n"
        }
        process += "    </bpmn:laneSet>\n"
        for element in elements {
            var attributes = "id=\"\(element.id)\" name=\"\(BPMNExporter.attribute(element.name))\""
            if let direction = element.direction { attributes += " gatewayDirection=\"\(direction)\"" }
            if let defaultFlow = element.defaultFlow { attributes += " default=\"\(defaultFlow)\"" }
            process += "    <bpmn:\(element.kind) \(attributes)>\n" + element.documentation
            for id in incoming[element.id, default: []] { process += "      <bpmn:incoming>\(id)</bpmn:incoming>\n" }
            for id in outgoing[element.id, default: []] { process += "      <bpmn:outgoing>\(id)</bpmn:outgoing>\n" }
            process += "    </bpmn:\(element.kind)>\n"
        }
        for flowLine in flows {
            process += "    <bpmn:sequenceFlow id=\"\(flowLine.id)\" sourceRef=\"\(flowLine.source)\" targetRef=\"\(flowLine.target)\""
            if let name = flowLine.name { process += " name=\"\(name)\"" }
            if let condition = flowLine.condition {
                process += ">\n      <bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">"
                process += HTMLEscaping.escape(condition) + "</bpmn:conditionExpression>\n    </bpmn:sequenceFlow>\n"
            } else {
                process += " />\n"
            }
        }
        process += "  </bpmn:process>\n"

        shapes += "      <bpmndi:BPMNShape id=\"Participant_\(prefix)_di\" bpmnElement=\"Participant_\(prefix)\" isHorizontal=\"true\">\n"
        shapes += Self.bounds(Bounds(x: Self.poolLeft, y: top, width: width + 30, height: height))
        for lane in 0..<flow.lanes.count {
            shapes += "      <bpmndi:BPMNShape id=\"Lane_\(prefix)_\(lane + 1)_di\" bpmnElement=\"Lane_\(prefix)_\(lane + 1)\" isHorizontal=\"true\">\n"
            shapes += Self.bounds(Bounds(x: Self.laneLeft, y: laneTop(lane), width: width, height: Self.laneHeight))
        }
        var boundsOf: [String: Bounds] = [:]
        for element in elements {
            boundsOf[element.id] = element.bounds
            let marker = element.kind == "exclusiveGateway" ? " isMarkerVisible=\"true\"" : ""
            shapes += "      <bpmndi:BPMNShape id=\"\(element.id)_di\" bpmnElement=\"\(element.id)\"\(marker)>\n"
            shapes += Self.bounds(element.bounds)
        }
        for flowLine in flows {
            guard let source = boundsOf[flowLine.source], let target = boundsOf[flowLine.target] else { continue }
            shapes += "      <bpmndi:BPMNEdge id=\"\(flowLine.id)_di\" bpmnElement=\"\(flowLine.id)\">\n"
            for point in Self.waypoints(from: source, to: target) {
                shapes += "        <di:waypoint x=\"\(point.x)\" y=\"\(point.y)\" />\n"
            }
            shapes += "      </bpmndi:BPMNEdge>\n"
        }
    }

    private static func documentation(_ step: Step, otherPerformers: [String]) -> String {
        var parts: [String] = []
        if !otherPerformers.isEmpty { parts.append("Juga: " + otherPerformers.joined(separator: ", ")) }
        if let requirements = step.requirements { parts.append("Kelengkapan: " + requirements) }
        if let duration = step.duration { parts.append("Waktu: " + duration.text) }
        if let output = step.output { parts.append("Output: " + output) }
        if let notes = step.notes { parts.append("Keterangan: " + notes) }
        guard !parts.isEmpty else { return "" }
        return "      <bpmn:documentation>\(HTMLEscaping.escape(parts.joined(separator: "\n")))</bpmn:documentation>\n"
    }

    private static func bounds(_ bounds: Bounds) -> String {
        "        <dc:Bounds x=\"\(bounds.x)\" y=\"\(bounds.y)\" width=\"\(bounds.width)\" height=\"\(bounds.height)\" />\n"
            + "      </bpmndi:BPMNShape>\n"
    }

    /// Forward: from the source's right side to the target's left side, with a bend between lanes.
    /// Backward: down out of the source, along below both shapes, up into the target.
    private static func waypoints(from source: Bounds, to target: Bounds) -> [(x: Int, y: Int)] {
        if target.x > source.right {
            if source.midY == target.midY { return [(source.right, source.midY), (target.x, target.midY)] }
            let bend = (source.right + target.x) / 2
            return [(source.right, source.midY), (bend, source.midY), (bend, target.midY), (target.x, target.midY)]
        }
        if target.x >= source.x, target.y > source.bottom {
            return [(source.midX, source.bottom), (source.midX, target.y)]
        }
        let below = max(source.bottom, target.bottom) + 12
        return [(source.midX, source.bottom), (source.midX, below), (target.midX, below), (target.midX, target.bottom)]
    }
}
