import Foundation
@testable import SOPKit
import Testing

/// The flow shared by the publishing exporters, and the HTML sheet, the batch index and BPMN over every
/// corpus file: well-formed, one symbol / task per step in the performer's lane, input escaped.
@Suite struct PublishingTests {
    static let inputs = Fixtures.corpusInputs

    static func step(_ number: Int, _ performers: [String], decision: Decision? = nil) -> Step {
        var step = Step(number: number, activity: "Langkah \(number)", performers: performers,
                        performerSource: performers.isEmpty ? .unknown : .marker, line: number)
        step.decision = decision
        return step
    }

    static let sample = SOP(
        id: "contoh", title: "Contoh", roles: ["Staf", "Kasubbag", "Kepala"],
        steps: [
            step(1, ["Staf"]), step(2, ["Kasubbag"], decision: Decision(question: "Lengkap?", yes: nil, no: 1)),
            step(3, []), step(4, ["Kepala"], decision: Decision(question: "Setuju?", yes: 5, no: nil)),
            step(5, ["Staf", "Kepala"]),
        ],
        source: SourceRange(file: "contoh.txt", startLine: 1, endLine: 10))

    @Test func flowHasLanesSymbolsAndEdges() {
        let flow = ProcedureFlow(Self.sample)
        #expect(flow.lanes == ["Staf", "Kasubbag", "Kepala", ProcedureFlow.unknownLaneName])
        #expect(flow.nodes.map(\.symbol) == [.terminator, .decision, .process, .decision, .terminator])
        #expect(flow.nodes.map(\.lane) == [0, 1, 3, 2, 0])
        #expect(flow.nodes[4].otherLanes == [2])
        #expect(flow.nodes[2].performerUnknown)
        let edges = flow.edges.map { "\($0.from)>\($0.to)\($0.label ?? "")" }
        #expect(edges == ["0>step(1)", "1>step(2)Ya", "1>step(0)Tidak", "2>step(3)", "3>step(4)Ya", "3>endTidak", "4>end"])
        #expect(flow.edges.filter(\.isBackward).map(\.from) == [1])
    }

    @Test func flowWithoutUnknownPerformersHasNoUnknownLane() {
        var sop = Self.sample
        sop.steps[2].performers = ["Staf"]
        let flow = ProcedureFlow(sop)
        #expect(!flow.hasUnknownLane)
        #expect(flow.lanes == ["Staf", "Kasubbag", "Kepala"])
    }

    @Test(arguments: inputs)
    func sheetIsWellFormedWithASymbolPerStepInItsLane(input: String) throws {
        let document = Fixtures.document(input)
        let html = HTMLExporter.export(document)
        let tree = try #require(XMLTree(html), "\(input): the sheet is well-formed XML")
        #expect(tree.all("script").isEmpty)
        #expect(tree.all("link").isEmpty && tree.all("img").isEmpty, "no external asset")
        let sheets = tree.all("section")
        #expect(sheets.count == document.sops.count)
        let rows = tree.all("tr").filter { $0.attributes["class"] == "step" }
        #expect(rows.count == document.sops.reduce(0) { $0 + $1.steps.count }, "\(input): a row per step")
        let primary = tree.all("div").filter {
            ($0.attributes["class"] ?? "").hasPrefix("symbol") && !($0.attributes["class"] ?? "").contains("secondary")
        }
        var expectedLanes: [String] = []
        for sop in document.sops {
            for step in sop.steps {
                expectedLanes.append(String(step.performers.first.flatMap { sop.roles.firstIndex(of: $0) } ?? sop.roles.count))
            }
        }
        #expect(primary.compactMap { $0.attributes["data-lane"] } == expectedLanes, "\(input): symbols in the performers' lanes")
        #expect(html.contains("@page { size: A4 landscape;"))
    }

    @Test func seedSheetHasTheStandardParts() throws {
        let html = HTMLExporter.export(Fixtures.document(Fixtures.corpusFile("003")))
        for part in ["Nomor SOP", "Tanggal Pembuatan", "Disahkan oleh", "Nama SOP", "Dasar Hukum", "Kualifikasi Pelaksana",
                     "Keterkaitan", "Peralatan / Perlengkapan", "Peringatan", "Pencatatan dan Pendataan", "Pelaksana",
                     "Mutu Baku", "Kelengkapan", "Waktu", "Output", "Keterangan", "Jumlah waktu"] {
            #expect(html.contains(">\(part)<"), "\(part)")
        }
        let tree = try #require(XMLTree(html))
        let classes = tree.all("div").compactMap { $0.attributes["class"] }.filter { $0.hasPrefix("symbol") }
        #expect(classes.first == "symbol terminator")
        #expect(classes.last == "symbol terminator")
        #expect(classes.filter { $0.contains("decision") }.count == 4)
        #expect(classes.filter { $0.contains("unknown") }.count == 1)
        #expect(html.contains("marker-end=\"url(#s1-intoProcessSide)\""), "the rejected branch goes back into a step")
    }

    static let hostile = "<script>alert(1)</script> <img src=x onerror=alert(2)> \"'&"

    static var hostileSOP: SOP {
        var sop = sample
        sop.title = hostile
        sop.number = hostile
        sop.agency = hostile
        sop.roles[0] = hostile
        sop.steps[0].performers = [hostile]
        sop.steps[0].activity = hostile
        sop.steps[1].decision?.question = hostile
        sop.steps[0].requirements = hostile
        sop.equipment = [hostile]
        sop.sections = [Section(title: hostile, text: hostile)]
        return sop
    }

    @Test func markupFromTheInputIsText() throws {
        let document = SOPDocument(source: Self.hostile, sops: [Self.hostileSOP], diagnostics: [])
        for text in [HTMLExporter.export(document), BPMNExporter.export(document),
                     SiteIndexExporter.html(entries: [SiteIndexExporter.Entry(Self.hostileSOP, link: "sops/a.html", diagnostics: [])])] {
            #expect(!text.contains("<script>alert"))
            #expect(!text.contains("<img"))
            #expect(text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            let tree = try #require(XMLTree(text))
            #expect(tree.elements.allSatisfy { $0.attributes["onerror"] == nil })
        }
        let mermaid = MermaidExporter.export(document)
        #expect(!mermaid.contains("<script") && !mermaid.contains("\"'"))
    }

    @Test func indexListsEverySOPAndLinksOnlyRelativePaths() throws {
        let entries = [
            SiteIndexExporter.Entry(Self.sample, link: "sops/contoh.html", diagnostics: []),
            SiteIndexExporter.Entry(link: "javascript:alert(1)", title: "B", number: "1", agency: nil, steps: 2,
                                    total: TotalDuration(minutes: 500, flexibleSteps: 1), status: "failed", source: "b.txt"),
        ]
        let html = SiteIndexExporter.html(entries: entries)
        let tree = try #require(XMLTree(html))
        #expect(tree.all("tbody").count == 1)
        #expect(tree.all("tr").count == 3)
        #expect(tree.all("a").map { $0.attributes["href"] } == ["sops/contoh.html"])
        #expect(tree.all("script").count == 1)
        #expect(html.contains("script-src '\(SiteIndexExporter.scriptHash)'"))
        #expect(html.contains("<td>1 hari 20 menit (P1DT20M) + 1 langkah disesuaikan</td>"))
        #expect(html.contains("<tr class=\"failed\">"))
    }

    @Test(arguments: [
        ("sops/a.html", true), ("a.html", true), ("/etc/passwd", false), ("javascript:alert(1)", false),
        ("../a.html", false), ("sops/../../a", false), ("a\\b", false), ("", false),
    ])
    func relativeLinks(link: String, relative: Bool) {
        #expect(SiteIndexExporter.isRelative(link) == relative)
    }

    @Test(arguments: [(0, "0 menit"), (20, "20 menit"), (60, "1 jam"), (500, "1 hari 20 menit"), (1000, "2 hari 40 menit")])
    func workingTime(minutes: Int, text: String) {
        #expect(WorkingTimeText.workingTime(minutes: minutes) == text)
    }

    @Test(arguments: inputs)
    func bpmnHasATaskPerStepALanePerRoleAndAShapePerElement(input: String) throws {
        let document = Fixtures.document(input)
        let tree = try #require(XMLTree(BPMNExporter.export(document)), "\(input): well-formed")
        let processes = tree.all("bpmn:process")
        #expect(processes.count == document.sops.count)
        #expect(processes.allSatisfy { $0.attributes["isExecutable"] == "true" })
        #expect(tree.all("bpmn:manualTask").count == document.sops.reduce(0) { $0 + $1.steps.count })
        #expect(tree.all("bpmn:exclusiveGateway").filter { $0.attributes["gatewayDirection"] == "Diverging" }.count
            == document.sops.reduce(0) { $0 + $1.steps.filter { $0.decision != nil }.count })
        #expect(tree.all("bpmn:lane").count == document.sops.reduce(0) { $0 + ProcedureFlow($1).lanes.count })
        #expect(tree.all("bpmn:startEvent").count == document.sops.count)
        let ids = Set(tree.elements.compactMap { $0.attributes["id"] })
        for flow in tree.all("bpmn:sequenceFlow") {
            #expect(ids.contains(flow.attributes["sourceRef"] ?? "") && ids.contains(flow.attributes["targetRef"] ?? ""))
        }
        let drawn = Set((tree.all("bpmndi:BPMNShape") + tree.all("bpmndi:BPMNEdge")).compactMap { $0.attributes["bpmnElement"] })
        let drawable = tree.elements.filter {
            ["bpmn:manualTask", "bpmn:exclusiveGateway", "bpmn:startEvent", "bpmn:endEvent", "bpmn:sequenceFlow",
             "bpmn:lane", "bpmn:participant"].contains($0.name)
        }
        #expect(drawable.allSatisfy { drawn.contains($0.attributes["id"] ?? "") }, "\(input): every element drawn")
    }

    @Test func bpmnGatewayDefaultsToYesAndConditionsNo() throws {
        let tree = try #require(XMLTree(BPMNExporter.export(SOPDocument(source: "c.txt", sops: [Self.sample], diagnostics: []))))
        let gateways = tree.all("bpmn:exclusiveGateway").filter { $0.attributes["gatewayDirection"] == "Diverging" }
        #expect(gateways.map { $0.attributes["name"] } == ["Lengkap?", "Setuju?"])
        let joins = tree.all("bpmn:exclusiveGateway").filter { $0.attributes["gatewayDirection"] == "Converging" }
        #expect(joins.map { $0.attributes["id"] } == ["Join_1_1"], "step 1, which step 2 returns to, is joined")
        let flows = Dictionary(uniqueKeysWithValues: tree.all("bpmn:sequenceFlow").map { ($0.attributes["id"]!, $0.attributes) })
        #expect(gateways.map { flows[$0.attributes["default"]!]?["name"] } == ["Ya", "Ya"])
        #expect(tree.all("bpmn:conditionExpression").map(\.text)
            == ["globals().get(\"keputusan_2\") == \"Tidak\"", "globals().get(\"keputusan_4\") == \"Tidak\""])
        #expect(tree.all("bpmn:endEvent").count == 2, "the end, and step 4's rejection")
    }

    @Test func emptyInputsGiveWellFormedOutputs() throws {
        let bare = SOP(id: "kosong", source: SourceRange(file: "k.txt", startLine: 1, endLine: 1))
        for document in [SOPDocument(source: "none.txt", sops: [], diagnostics: []),
                         SOPDocument(source: "k.txt", sops: [bare], diagnostics: [])] {
            let html = HTMLExporter.export(document)
            #expect(XMLTree(html) != nil)
            let bpmn = try #require(XMLTree(BPMNExporter.export(document)))
            #expect(bpmn.all("bpmn:process").count == document.sops.count)
            #expect(bpmn.all("bpmn:sequenceFlow").count == document.sops.count, "start to end")
            #expect(throws: Never.self) { try MermaidTests.parse(MermaidExporter.export(document)) }
        }
        #expect(HTMLExporter.export(SOPDocument(source: "none.txt", sops: [], diagnostics: [])).contains("Tidak ada SOP"))
    }
}
