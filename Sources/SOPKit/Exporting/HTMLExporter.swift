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
        let sops = documents.flatMap(\.sops)
        let title = sops.count == 1 ? (sops[0].title ?? "SOP") : "Standar Operasional Prosedur"
        var body = ""
        for (index, sop) in sops.enumerated() { body += sheet(sop, number: index + 1) }
        if sops.isEmpty {
            let sources = documents.map { HTMLEscaping.escape($0.source) }.joined(separator: ", ")
            body = "<p class=\"empty\">Tidak ada SOP yang dikenali dalam berkas \(sources).</p>\n"
        }
        return page(title: title, style: sheetStyle, body: body)
    }

    /// The page of the SOPs of one document.
    public static func export(_ document: SOPDocument) -> String {
        export([document])
    }

    /// The Content Security Policy of the sheets: nothing loaded, no script, only the inline style.
    static let sheetPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

    /// A complete HTML page (also well-formed XML) with `style` inline and `policy` as its CSP.
    static func page(title: String, style: String, body: String, policy: String = sheetPolicy) -> String {
        pageStart(title: title, style: style, policy: policy) + body + pageEnd
    }

    /// A page up to its body's content.
    static func pageStart(title: String, style: String, policy: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="id">
        <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content="\(policy)" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>\(HTMLEscaping.escape(title))</title>
        <style>
        \(style)
        </style>
        </head>
        <body>

        """
    }

    /// A page after its body's content.
    static let pageEnd = "</body>\n</html>\n"

    // MARK: The sheet

    private static func sheet(_ sop: SOP, number: Int) -> String {
        let flow = ProcedureFlow(sop)
        let laneWidth = max(58, min(90, 440 / max(1, flow.lanes.count)))
        let symbolWidth = laneWidth - 18
        var html = "<section class=\"sheet\" id=\"sop-\(number)\" data-sop=\"\(HTMLEscaping.escape(sop.id))\">\n"
        html += markers(sheet: number, symbolWidth: symbolWidth)
        html += identityBlock(sop)
        html += lists(sop)
        html += procedureTable(sop, flow: flow, sheet: number, laneWidth: laneWidth, symbolWidth: symbolWidth)
        for section in sop.sections {
            html += "<h2>\(HTMLEscaping.escape(section.title))</h2>\n<p>\(HTMLEscaping.escape(section.text))</p>\n"
        }
        return html + "</section>\n"
    }

    private static func identityBlock(_ sop: SOP) -> String {
        func row(_ label: String, _ value: String?) -> String {
            "<tr><th>\(label)</th><td>\(value.map(HTMLEscaping.escape) ?? "—")</td></tr>\n"
        }
        var approval = [sop.approvedBy.position, sop.approvedBy.name].compactMap { $0.map(HTMLEscaping.escape) }
        if let nip = sop.approvedBy.nip { approval.append("NIP " + HTMLEscaping.escape(nip)) }
        var html = "<table class=\"identity\">\n<tr><td class=\"agency\" rowspan=\"7\">"
        html += "<div class=\"emblem\">SOP</div><div>\(sop.agency.map(HTMLEscaping.escape) ?? "Instansi tidak diketahui")</div></td>"
        html += "<th>Nomor SOP</th><td>\(sop.number.map(HTMLEscaping.escape) ?? "—")</td></tr>\n"
        html += row("Tanggal Pembuatan", sop.dates.created?.description)
        html += row("Tanggal Revisi", sop.dates.revised?.description)
        html += row("Tanggal Efektif", sop.dates.effective?.description)
        html += row("Tanggal Pengesahan", sop.dates.approved?.description)
        html += "<tr><th>Disahkan oleh</th><td>\(approval.isEmpty ? "—" : approval.joined(separator: "<br />"))</td></tr>\n"
        html += "<tr><th>Nama SOP</th><td class=\"title\">\(sop.title.map(HTMLEscaping.escape) ?? "—")</td></tr>\n"
        return html + "</table>\n"
    }

    private static func lists(_ sop: SOP) -> String {
        let pairs: [((String, [String]), (String, [String]))] = [
            (("Dasar Hukum", sop.legalBasis.map(\.text)), ("Kualifikasi Pelaksana", sop.qualifications)),
            (("Keterkaitan", sop.relatedProcedures), ("Peralatan / Perlengkapan", sop.equipment)),
            (("Peringatan", sop.warnings), ("Pencatatan dan Pendataan", sop.records)),
        ]
        func list(_ items: [String]) -> String {
            if items.isEmpty { return "<td>—</td>" }
            return "<td><ol>" + items.map { "<li>\(HTMLEscaping.escape($0))</li>" }.joined() + "</ol></td>"
        }
        var html = "<table class=\"lists\">\n"
        for (left, right) in pairs {
            html += "<tr><th>\(left.0)</th><th>\(right.0)</th></tr>\n<tr>\(list(left.1))\(list(right.1))</tr>\n"
        }
        return html + "</table>\n"
    }

    private static func procedureTable(_ sop: SOP, flow: ProcedureFlow, sheet: Int, laneWidth: Int, symbolWidth: Int) -> String {
        let drawing = SwimlaneDrawing(flow)
        var html = "<table class=\"procedure\" style=\"--symbol: \(symbolWidth)px\">\n<colgroup><col class=\"no\" /><col class=\"activity\" />"
        html += String(repeating: "<col style=\"width: \(laneWidth)px\" />", count: flow.lanes.count)
        html += "<col class=\"requirements\" /><col class=\"time\" /><col class=\"output\" /><col class=\"notes\" /></colgroup>\n"
        html += "<thead>\n<tr><th rowspan=\"2\">No</th><th rowspan=\"2\">Kegiatan</th>"
        html += "<th colspan=\"\(flow.lanes.count)\">Pelaksana</th><th colspan=\"3\">Mutu Baku</th><th rowspan=\"2\">Keterangan</th></tr>\n<tr>"
        for (lane, name) in flow.lanes.enumerated() {
            let unknown = flow.hasUnknownLane && lane == flow.lanes.count - 1
            html += "<th class=\"lane\(unknown ? " unknown" : "")\" data-lane=\"\(lane)\">\(HTMLEscaping.escape(name))</th>"
        }
        html += "<th>Kelengkapan</th><th>Waktu</th><th>Output</th></tr>\n</thead>\n<tbody>\n"
        for (index, step) in sop.steps.enumerated() {
            let node = flow.nodes[index]
            html += "<tr class=\"step\" data-step=\"\(index)\" data-lane=\"\(node.lane)\">"
            html += "<td class=\"no\">\(step.number)</td><td>\(HTMLEscaping.escape(step.activity))"
            if let decision = step.decision {
                html += "<div class=\"question\">\(HTMLEscaping.escape(decision.question))</div>"
            }
            html += "</td>"
            for lane in flow.lanes.indices {
                html += laneCell(drawing.cells[index][lane], lane: lane, sheet: sheet)
            }
            for value in [step.requirements, step.duration?.text, step.output, step.notes] {
                html += "<td>\(value.map(HTMLEscaping.escape) ?? "")</td>"
            }
            html += "</tr>\n"
        }
        html += "<tr class=\"total\"><td colspan=\"\(2 + flow.lanes.count)\">Jumlah waktu</td>"
        html += "<td colspan=\"4\">\(HTMLEscaping.escape(WorkingTimeText.totalTime(sop.totalDuration)))</td></tr>\n</tbody>\n</table>\n"
        html += legend(hasUnknownLane: flow.hasUnknownLane)
        return html
    }

    private static func laneCell(_ cell: SwimlaneDrawing.Cell, lane: Int, sheet: Int) -> String {
        var html = "<td class=\"lane\" data-lane=\"\(lane)\">"
        if !cell.segments.isEmpty {
            html += "<svg class=\"lines\" aria-hidden=\"true\">"
            for segment in cell.segments {
                html += "<line x1=\"\(NumberFormatting.decimal(segment.x1))%\" y1=\"\(segment.y1.svg)\" "
                html += "x2=\"\(NumberFormatting.decimal(segment.x2))%\" y2=\"\(segment.y2.svg)\""
                if segment.dotted { html += " class=\"dotted\"" }
                if segment.head != .none { html += " marker-end=\"url(#s\(sheet)-\(segment.head.rawValue))\"" }
                html += " />"
            }
            html += "</svg>"
        }
        for label in cell.labels {
            html += "<span class=\"branch \(label.placement.rawValue)\">\(HTMLEscaping.escape(label.text))</span>"
        }
        if let node = cell.node {
            var classes = ["symbol", node.symbol.rawValue]
            if node.performerUnknown { classes.append("unknown") }
            if cell.isSecondary { classes.append("secondary") }
            let title = node.performerUnknown ? " title=\"Pelaksana tidak diketahui\"" : ""
            html += "<div class=\"\(classes.joined(separator: " "))\" data-step=\"\(node.index)\" data-lane=\"\(lane)\"\(title)>"
            html += "<span>\(node.performerUnknown ? "?" : String(node.number))</span></div>"
        }
        return html + "</td>"
    }

    /// The arrowheads of one sheet: each stops at the edge of the symbol it points at.
    private static func markers(sheet: Int, symbolWidth: Int) -> String {
        let heads: [(SwimlaneDrawing.Head, Int)] = [
            (.intoProcessTop, 14), (.intoDecision, 19), (.intoProcessSide, symbolWidth / 2), (.atEnd, 0),
        ]
        var html = "<svg class=\"defs\" aria-hidden=\"true\"><defs>"
        for (head, offset) in heads {
            html += "<marker id=\"s\(sheet)-\(head.rawValue)\" markerWidth=\"8\" markerHeight=\"8\" refX=\"\(8 + offset)\" "
            html += "refY=\"4\" orient=\"auto\" markerUnits=\"userSpaceOnUse\"><path d=\"M0,0 L8,4 L0,8 z\" /></marker>"
        }
        return html + "</defs></svg>\n"
    }

    private static func legend(hasUnknownLane: Bool) -> String {
        var html = "<p class=\"legend\"><span class=\"key terminator\"></span> Mulai / selesai "
        html += "<span class=\"key process\"></span> Kegiatan <span class=\"key decision\"></span> Keputusan (Ya / Tidak)"
        if hasUnknownLane { html += " <span class=\"key process unknown\"></span> Pelaksana tidak diketahui" }
        return html + "</p>\n"
    }

    private static let sheetStyle = """
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
