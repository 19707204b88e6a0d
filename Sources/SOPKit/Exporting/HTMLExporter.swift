/// Writes SOPs as self-contained HTML pages in the standard sheet of Permenpan RB 35/2012: the identity
/// block, the paired lists, then the procedure table whose role columns carry the flowchart (a
/// terminator for the first and last step, a rectangle for a process, a diamond for a decision, arrows
/// between consecutive steps across lanes and back from a decision's rejected branch), the Mutu Baku
/// columns and the total time.
///
/// The page loads nothing and runs no script (its Content Security Policy forbids both); everything
/// from the input is escaped, and the page is also well-formed XML. A step whose performer is unknown
/// sits, dashed, in a lane of its own. Printed, it fills A4 landscape pages with the table header
/// repeated on each. Rows, lanes and symbols carry `data-step` and `data-lane` for checking the layout.
public enum HTMLExporter {
    /// The width of the sheet on screen and on paper (A4 landscape less 10 mm margins), in CSS pixels.
    public static let sheetWidth = 1047

    /// The page of every SOP of `documents`, one sheet each, separated by page breaks.
    public static func export(_ documents: [SOPDocument]) -> String {
        String(decoding: exportBytes(documents), as: UTF8.self)
    }

    /// The page of the SOPs of one document.
    public static func export(_ document: SOPDocument) -> String {
        export([document])
    }

    /// The UTF-8 bytes of `export(_:)`.
    static func exportBytes(_ documents: [SOPDocument]) -> [UInt8] {
        page(documents).bytes
    }

    /// The bytes of `SOPKit.export(document, as: .html)`, in the buffer they were written into.
    public static func exportBuffer(_ document: SOPDocument) -> ExportedBytes {
        page([document]).buffer
    }

    /// The page of the SOPs of `documents`.
    private static func page(_ documents: [SOPDocument]) -> HTMLBytes {
        let sops = documents.flatMap(\.sops)
        let title = sops.count == 1 ? (sops[0].title ?? "SOP") : "Standar Operasional Prosedur"
        var html = HTMLBytes(capacity: 16_384 + 4096 * sops.reduce(0) { $0 + $1.steps.count })
        html.append(markup: sheetHeadBeforeTitle)
        html.escaped(title)
        html.append(markup: sheetHeadAfterTitle)
        for (index, sop) in sops.enumerated() { sheet(sop, number: index + 1, into: &html) }
        if sops.isEmpty {
            let sources = documents.map { HTMLEscaping.escape($0.source) }.joined(separator: ", ")
            html.append("<p class=\"empty\">Tidak ada SOP yang dikenali dalam berkas ")
            html.append(markup: sources)
            html.append(".</p>\n")
        }
        html.append(markup: pageEnd)
        return html
    }

    /// The Content Security Policy of the sheets: nothing loaded, no script, only the inline style.
    static let sheetPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

    /// A complete HTML page (also well-formed XML) with `style` inline and `policy` as its CSP.
    static func page(title: String, style: String, body: String, policy: String = sheetPolicy) -> String {
        pageStart(title: title, style: style, policy: policy) + body + pageEnd
    }

    /// A page up to its body's content.
    static func pageStart(title: String, style: String, policy: String) -> String {
        headBeforeTitle(policy: policy) + HTMLEscaping.escape(title) + headAfterTitle(style: style)
    }

    /// A page's head up to its title.
    private static func headBeforeTitle(policy: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="id">
        <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content="\(policy)" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>
        """
    }

    /// A page's head after its title, up to its body's content.
    private static func headAfterTitle(style: String) -> String {
        """
        </title>
        <style>
        \(style)
        </style>
        </head>
        <body>

        """
    }

    /// The head of the sheets' page, before and after its title.
    private static let sheetHeadBeforeTitle = headBeforeTitle(policy: sheetPolicy)
    private static let sheetHeadAfterTitle = headAfterTitle(style: sheetStyle)

    /// A page after its body's content.
    static let pageEnd = "</body>\n</html>\n"

    // MARK: The sheet

    private static func sheet(_ sop: SOP, number: Int, into html: inout HTMLBytes) {
        let flow = ProcedureFlow(sop)
        let laneWidth = max(58, min(90, 440 / max(1, flow.lanes.count)))
        let symbolWidth = laneWidth - 18
        html.append("<section class=\"sheet\" id=\"sop-")
        html.append(number)
        html.append("\" data-sop=\"")
        html.escaped(sop.id)
        html.append("\">\n")
        markers(sheet: number, symbolWidth: symbolWidth, into: &html)
        identityBlock(sop, into: &html)
        lists(sop, into: &html)
        procedureTable(sop, flow: flow, sheet: number, laneWidth: laneWidth, symbolWidth: symbolWidth, into: &html)
        for section in sop.sections {
            html.append("<h2>")
            html.escaped(section.title)
            html.append("</h2>\n<p>")
            html.escaped(section.text)
            html.append("</p>\n")
        }
        html.append("</section>\n")
    }

    private static func identityBlock(_ sop: SOP, into html: inout HTMLBytes) {
        func row(_ label: StaticString, _ value: String?) {
            html.append("<tr><th>")
            html.append(label)
            html.append("</th><td>")
            html.escaped(value, orElse: "—")
            html.append("</td></tr>\n")
        }
        var approval = [sop.approvedBy.position, sop.approvedBy.name].compactMap { $0.map(HTMLEscaping.escape) }
        if let nip = sop.approvedBy.nip { approval.append("NIP " + HTMLEscaping.escape(nip)) }
        html.append("<table class=\"identity\">\n<tr><td class=\"agency\" rowspan=\"7\"><div class=\"emblem\">SOP</div><div>")
        html.escaped(sop.agency, orElse: "Instansi tidak diketahui")
        html.append("</div></td><th>Nomor SOP</th><td>")
        html.escaped(sop.number, orElse: "—")
        html.append("</td></tr>\n")
        row("Tanggal Pembuatan", sop.dates.created?.description)
        row("Tanggal Revisi", sop.dates.revised?.description)
        row("Tanggal Efektif", sop.dates.effective?.description)
        row("Tanggal Pengesahan", sop.dates.approved?.description)
        html.append("<tr><th>Disahkan oleh</th><td>")
        html.append(markup: approval.isEmpty ? "—" : approval.joined(separator: "<br />"))
        html.append("</td></tr>\n<tr><th>Nama SOP</th><td class=\"title\">")
        html.escaped(sop.title, orElse: "—")
        html.append("</td></tr>\n</table>\n")
    }

    private static func lists(_ sop: SOP, into html: inout HTMLBytes) {
        let pairs: [((StaticString, [String]), (StaticString, [String]))] = [
            (("Dasar Hukum", sop.legalBasis.map(\.text)), ("Kualifikasi Pelaksana", sop.qualifications)),
            (("Keterkaitan", sop.relatedProcedures), ("Peralatan / Perlengkapan", sop.equipment)),
            (("Peringatan", sop.warnings), ("Pencatatan dan Pendataan", sop.records)),
        ]
        func list(_ items: [String]) {
            if items.isEmpty { return html.append("<td>—</td>") }
            html.append("<td><ol>")
            for item in items {
                html.append("<li>")
                html.escaped(item)
                html.append("</li>")
            }
            html.append("</ol></td>")
        }
        html.append("<table class=\"lists\">\n")
        for (left, right) in pairs {
            html.append("<tr><th>")
            html.append(left.0)
            html.append("</th><th>")
            html.append(right.0)
            html.append("</th></tr>\n<tr>")
            list(left.1)
            list(right.1)
            html.append("</tr>\n")
        }
        html.append("</table>\n")
    }

    private static func procedureTable(
        _ sop: SOP, flow: ProcedureFlow, sheet: Int, laneWidth: Int, symbolWidth: Int, into html: inout HTMLBytes
    ) {
        let drawing = SwimlaneDrawing(flow)
        html.append("<table class=\"procedure\" style=\"--symbol: ")
        html.append(symbolWidth)
        html.append("px\">\n<colgroup><col class=\"no\" /><col class=\"activity\" />")
        for _ in flow.lanes.indices {
            html.append("<col style=\"width: ")
            html.append(laneWidth)
            html.append("px\" />")
        }
        html.append("<col class=\"requirements\" /><col class=\"time\" /><col class=\"output\" /><col class=\"notes\" /></colgroup>\n")
        html.append("<thead>\n<tr><th rowspan=\"2\">No</th><th rowspan=\"2\">Kegiatan</th><th colspan=\"")
        html.append(flow.lanes.count)
        html.append("\">Pelaksana</th><th colspan=\"3\">Mutu Baku</th><th rowspan=\"2\">Keterangan</th></tr>\n<tr>")
        for (lane, name) in flow.lanes.enumerated() {
            let unknown = flow.hasUnknownLane && lane == flow.lanes.count - 1
            html.append(unknown ? "<th class=\"lane unknown\" data-lane=\"" : "<th class=\"lane\" data-lane=\"")
            html.append(lane)
            html.append("\">")
            html.escaped(name)
            html.append("</th>")
        }
        html.append("<th>Kelengkapan</th><th>Waktu</th><th>Output</th></tr>\n</thead>\n<tbody>\n")
        func dataCell(_ value: String?) {
            html.append("<td>")
            html.escaped(value, orElse: "")
            html.append("</td>")
        }
        for index in sop.steps.indices {
            html.append("<tr class=\"step\" data-step=\"")
            html.append(index)
            html.append("\" data-lane=\"")
            html.append(flow.nodes[index].lane)
            html.append("\"><td class=\"no\">")
            html.append(sop.steps[index].number)
            html.append("</td><td>")
            html.escaped(sop.steps[index].activity)
            if let decision = sop.steps[index].decision {
                html.append("<div class=\"question\">")
                html.escaped(decision.question)
                html.append("</div>")
            }
            html.append("</td>")
            for lane in 0..<drawing.laneCount {
                laneCell(lane, of: drawing, at: drawing.position(row: index, lane: lane), nodes: flow.nodes, sheet: sheet, into: &html)
            }
            dataCell(sop.steps[index].requirements)
            dataCell(sop.steps[index].duration?.text)
            dataCell(sop.steps[index].output)
            dataCell(sop.steps[index].notes)
            html.append("</tr>\n")
        }
        html.append("<tr class=\"total\"><td colspan=\"")
        html.append(2 + flow.lanes.count)
        html.append("\">Jumlah waktu</td><td colspan=\"4\">")
        html.appendTotalTime(sop.totalDuration)
        html.append("</td></tr>\n</tbody>\n</table>\n")
        legend(hasUnknownLane: flow.hasUnknownLane, into: &html)
    }

    /// The cell of `lane` in a step's row, at `position` in the drawing's cells; `nodes` are the flow's.
    private static func laneCell(
        _ lane: Int, of drawing: SwimlaneDrawing, at position: Int, nodes: [ProcedureFlow.Node], sheet: Int,
        into html: inout HTMLBytes
    ) {
        let cell = drawing.cells[position]
        html.append("<td class=\"lane\" data-lane=\"")
        html.append(lane)
        html.append("\">")
        if cell.firstSegment >= 0 {
            html.append("<svg class=\"lines\" aria-hidden=\"true\">")
            drawing.forEachSegment(at: position) { segment in
                html.append("<line x1=\"")
                html.append(segment.x1)
                html.append("%\" y1=\"")
                html.append(segment.y1.svg)
                html.append("\" x2=\"")
                html.append(segment.x2)
                html.append("%\" y2=\"")
                html.append(segment.y2.svg)
                html.append("\"")
                if segment.dotted { html.append(" class=\"dotted\"") }
                if segment.head != .none {
                    html.append(" marker-end=\"url(#s")
                    html.append(sheet)
                    html.append("-")
                    html.append(segment.head.markup)
                    html.append(")\"")
                }
                html.append(" />")
            }
            html.append("</svg>")
        }
        drawing.forEachLabel(at: position) { label in
            html.append("<span class=\"branch ")
            html.append(label.placement.markup)
            html.append("\">")
            html.escaped(label.text)
            html.append("</span>")
        }
        if cell.node >= 0 {
            let performerUnknown = nodes[cell.node].performerUnknown
            html.append("<div class=\"symbol ")
            html.append(nodes[cell.node].symbol.markup)
            if performerUnknown { html.append(" unknown") }
            if cell.isSecondary { html.append(" secondary") }
            html.append("\" data-step=\"")
            html.append(nodes[cell.node].index)
            html.append("\" data-lane=\"")
            html.append(lane)
            html.append("\"")
            if performerUnknown { html.append(" title=\"Pelaksana tidak diketahui\"") }
            html.append("><span>")
            if performerUnknown { html.append("?") } else { html.append(nodes[cell.node].number) }
            html.append("</span></div>")
        }
        html.append("</td>")
    }

    /// The arrowheads of one sheet: each stops at the edge of the symbol it points at.
    private static func markers(sheet: Int, symbolWidth: Int, into html: inout HTMLBytes) {
        let heads: [(SwimlaneDrawing.Head, Int)] = [
            (.intoProcessTop, 14), (.intoDecision, 19), (.intoProcessSide, symbolWidth / 2), (.atEnd, 0),
        ]
        html.append("<svg class=\"defs\" aria-hidden=\"true\"><defs>")
        for (head, offset) in heads {
            html.append("<marker id=\"s")
            html.append(sheet)
            html.append("-")
            html.append(head.markup)
            html.append("\" markerWidth=\"8\" markerHeight=\"8\" refX=\"")
            html.append(8 + offset)
            html.append("\" refY=\"4\" orient=\"auto\" markerUnits=\"userSpaceOnUse\"><path d=\"M0,0 L8,4 L0,8 z\" /></marker>")
        }
        html.append("</defs></svg>\n")
    }

    private static func legend(hasUnknownLane: Bool, into html: inout HTMLBytes) {
        html.append("<p class=\"legend\"><span class=\"key terminator\"></span> Mulai / selesai ")
        html.append("<span class=\"key process\"></span> Kegiatan <span class=\"key decision\"></span> Keputusan (Ya / Tidak)")
        if hasUnknownLane { html.append(" <span class=\"key process unknown\"></span> Pelaksana tidak diketahui") }
        html.append("</p>\n")
    }

    static let sheetStyle = """
        @page { size: A4 landscape; margin: 10mm; }
        * { box-sizing: border-box; }
        body { margin: 0; padding: 8px 0; font: 10px/1.35 "DejaVu Sans", Arial, sans-serif; color: #000; background: #fff; }
        .sheet { width: \(sheetWidth)px; margin: 0 auto 24px; }
        .sheet + .sheet { break-before: page; }
        table { width: 100%; border-collapse: collapse; table-layout: fixed; margin-bottom: 8px; }
        th, td { border: 1px solid #000; padding: 3px 4px; vertical-align: top; overflow-wrap: anywhere; }
        th { background: #f0f0f0; font-weight: bold; text-align: center; vertical-align: middle; }
        .identity th { width: 150px; text-align: left; }
        .identity td.agency { width: 330px; text-align: center; vertical-align: middle; font-weight: bold; font-size: 12px; text-transform: uppercase; }
        .identity .emblem { font-size: 20px; letter-spacing: 2px; margin-bottom: 6px; }
        .identity .title { font-weight: bold; font-size: 12px; }
        .lists th { text-align: left; }
        .lists ol { margin: 0; padding-left: 18px; }
        .procedure col.no { width: 28px; }
        .procedure col.requirements { width: 120px; }
        .procedure col.time { width: 60px; }
        .procedure col.output { width: 100px; }
        .procedure col.notes { width: 80px; }
        .procedure thead { display: table-header-group; }
        .procedure tr { break-inside: avoid; }
        .procedure td.no { text-align: center; }
        .procedure th.lane { font-size: 9px; }
        .procedure th.lane.unknown { font-style: italic; background: #fff4d6; }
        .procedure td.lane { position: relative; padding: 0; height: 52px; }
        .question { font-style: italic; margin-top: 2px; }
        svg.lines { position: absolute; left: 0; top: 0; width: 100%; height: 100%; overflow: visible; }
        svg.lines line { stroke: #000; stroke-width: 1.2; }
        svg.lines line.dotted { stroke-dasharray: 2 2; }
        svg.defs { position: absolute; width: 0; height: 0; }
        marker path { fill: #000; }
        .symbol { position: absolute; left: 50%; top: 50%; transform: translate(-50%, -50%); width: var(--symbol); height: 28px;
          border: 1.5px solid #000; background: #fff; display: flex; align-items: center; justify-content: center; font-size: 9px; }
        .symbol.terminator { border-radius: 14px; }
        .symbol.decision { width: 26px; height: 26px; transform: translate(-50%, -50%) rotate(45deg); }
        .symbol.decision span { transform: rotate(-45deg); }
        .symbol.unknown { border-style: dashed; background: #fff4d6; }
        .symbol.secondary { border-style: dotted; }
        .branch { position: absolute; font-size: 7px; line-height: 1; white-space: nowrap; }
        .branch.below { left: calc(50% + 3px); bottom: 2px; }
        .branch.side { left: calc(50% + 16px); top: calc(50% - 10px); }
        .branch.end { right: 1px; top: calc(50% + 3px); }
        tr.total td { font-weight: bold; }
        .legend { font-size: 9px; }
        .legend .key { display: inline-block; width: 18px; height: 10px; border: 1px solid #000; vertical-align: middle; margin-left: 8px; }
        .legend .key.terminator { border-radius: 5px; }
        .legend .key.decision { width: 9px; height: 9px; transform: rotate(45deg); }
        .legend .key.unknown { border-style: dashed; background: #fff4d6; }
        h2 { font-size: 11px; margin: 8px 0 2px; }
        p { margin: 0 0 4px; }
        @media print { body { padding: 0; } .sheet { margin: 0; } }
        """
}

extension SwimlaneDrawing.Head {
    /// The arrowhead's name in the ids of the sheet's markers.
    var markup: StaticString {
        switch self {
        case .none: "none"
        case .intoProcessTop: "intoProcessTop"
        case .intoDecision: "intoDecision"
        case .intoProcessSide: "intoProcessSide"
        case .atEnd: "atEnd"
        }
    }
}

extension SwimlaneDrawing.Placement {
    /// The label's class in the sheet's style.
    var markup: StaticString {
        switch self {
        case .below: "below"
        case .side: "side"
        case .end: "end"
        }
    }
}

extension ProcedureFlow.Symbol {
    /// `rawValue` as markup written in the source, which the page appends without building a string.
    var markup: StaticString {
        switch self {
        case .terminator: "terminator"
        case .process: "process"
        case .decision: "decision"
        }
    }
}

/// The bytes of an HTML page being written: markup appended as is, text from the input escaped. One
/// page is written by one exporter call; the value is not copied.
struct HTMLBytes {
    private let sink: ByteSink

    init(capacity: Int) {
        sink = ByteSink(capacity: capacity)
    }

    /// The page written so far.
    var bytes: [UInt8] { sink.bytes }

    /// The page written, in its buffer; nothing may be appended after.
    var buffer: ExportedBytes { ExportedBytes(sink) }

    /// Appends markup written in the source (in line, so that the literal's length is known where it
    /// is copied).
    @inline(__always) mutating func append(_ markup: StaticString) {
        sink.append(markup)
    }

    /// Appends markup built at run time (or text already escaped) as is.
    mutating func append(markup: String) {
        sink.append(markup)
    }

    /// Appends a decimal integer.
    mutating func append(_ number: Int) {
        sink.append(decimal: number)
    }

    /// Appends the total time of a SOP as `WorkingTimeText.totalTime(_:)` writes it (text that needs no
    /// escaping).
    mutating func appendTotalTime(_ total: TotalDuration?) {
        sink.appendTotalTime(total)
    }

    /// Appends text from the input, escaped.
    mutating func escaped(_ text: String) {
        HTMLEscaping.escape(text, into: sink)
    }

    /// Appends text from the input escaped, or `placeholder` (markup) when there is none.
    mutating func escaped(_ text: String?, orElse placeholder: StaticString) {
        if let text { escaped(text) } else { append(placeholder) }
    }
}
