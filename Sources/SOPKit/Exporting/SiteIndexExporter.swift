/// Writes the `index.html` of an imported batch: one table row per SOP (title linking its sheet,
/// number, agency, steps, total time, validation status, source file) and a filter box that hides the
/// rows not holding every typed word. The page loads nothing; its one inline script (the filter) is
/// allowed by its hash in the Content Security Policy, and everything from the input is escaped.
///
/// The page can be written whole (`html(entries:)`) or streamed: `header`, then `row(_:)` per SOP,
/// then `footer`.
public enum SiteIndexExporter {
    /// One SOP of the index.
    public struct Entry: Sendable, Hashable {
        /// The SOP's page, relative to the index ("sops/….html"); not linked unless relative.
        public var link: String
        /// Nama SOP.
        public var title: String?
        /// Nomor SOP.
        public var number: String?
        /// The issuing unit.
        public var agency: String?
        /// The number of steps.
        public var steps: Int
        /// The total time of the steps.
        public var total: TotalDuration?
        /// The validation status: "ok", "warnings" or "failed".
        public var status: String
        /// The input file the SOP was read from.
        public var source: String

        /// Creates an entry.
        public init(link: String, title: String?, number: String?, agency: String?, steps: Int, total: TotalDuration?,
                    status: String, source: String) {
            self.link = link
            self.title = title
            self.number = number
            self.agency = agency
            self.steps = steps
            self.total = total
            self.status = status
            self.source = source
        }

        /// The entry of `sop`, linked to `link`, with the status its diagnostics give.
        public init(_ sop: SOP, link: String, diagnostics: [Diagnostic]) {
            let status = diagnostics.contains { $0.severity == .error }
                ? "failed" : (diagnostics.contains { $0.severity == .warning } ? "warnings" : "ok")
            self.init(link: link, title: sop.title, number: sop.number, agency: sop.agency, steps: sop.steps.count,
                      total: sop.totalDuration, status: status, source: sop.source.file)
        }
    }

    /// The whole page for `entries`.
    public static func html(entries: [Entry]) -> String {
        header + entries.map(row).joined() + footer
    }

    /// The filter script; its SHA-256 (base64) is `scriptHash`, which the page's policy allows.
    static let filterScript = """

        var input = document.getElementById("filter");
        var rows = document.querySelectorAll("tbody tr");
        var shown = document.getElementById("shown");
        function update() {
          var words = input.value.toLowerCase().split(/\\s+/).filter(Boolean);
          var count = 0;
          rows.forEach(function (row) {
            var text = row.textContent.toLowerCase();
            var match = words.every(function (word) { return text.indexOf(word) !== -1; });
            row.hidden = !match;
            if (match) { count += 1; }
          });
          shown.textContent = String(count);
        }
        input.addEventListener("input", update);
        update();

        """

    /// The base64 SHA-256 of `filterScript` (checked by `scripts/check-html`).
    static let scriptHash = "sha256-PsH2iGuXNiA9fSpPk7x9Dtk/2LxyDyQ37M+QpdiI34A="

    /// The page up to the first row.
    public static let header: String = {
        let policy = "default-src 'none'; style-src 'unsafe-inline'; script-src '\(scriptHash)'"
        let body = """
            <h1>Daftar Standar Operasional Prosedur</h1>
            <p class="tools"><label for="filter">Saring:</label> <input id="filter" type="search" placeholder="judul, nomor, instansi, status…" autocomplete="off" />
            <span class="count"><span id="shown"></span> SOP ditampilkan</span></p>
            <table>
            <colgroup><col class="title" /><col class="code" /><col class="agency" /><col class="steps" /><col class="total" /><col class="state" /><col class="file" /></colgroup>
            <thead><tr><th>Judul</th><th>Nomor</th><th>Instansi</th><th class="number">Langkah</th><th>Total waktu</th><th>Status</th><th>Berkas</th></tr></thead>
            <tbody>

            """
        return HTMLExporter.pageStart(title: "Daftar SOP", style: style, policy: policy) + body
    }()

    /// The page after the last row.
    public static let footer = "</tbody>\n</table>\n<script>\(filterScript)</script>\n" + HTMLExporter.pageEnd

    /// The table row of one SOP.
    public static func row(_ entry: Entry) -> String {
        RowWithoutLink(entry).row(link: entry.link)
    }

    /// The table row of one SOP written but for its link, which is given later: the batch import
    /// renders in parallel and names the SOPs' pages only afterwards, in input order.
    public struct RowWithoutLink: Sendable {
        private let status: String
        private let title: String
        /// The row after the title's cell.
        private let rest: String

        /// The row of `entry`, whose link is left out.
        public init(_ entry: Entry) {
            title = HTMLEscaping.escape(entry.title ?? "SOP tanpa judul")
            status = HTMLEscaping.escape(entry.status)
            let rest = ByteSink(capacity: 256 + entry.source.utf8.count + (entry.agency?.utf8.count ?? 0))
            rest.append("<td>" as StaticString)
            if let number = entry.number { HTMLEscaping.escape(number, into: rest) } else { rest.append("—" as StaticString) }
            rest.append("</td><td>" as StaticString)
            if let agency = entry.agency { HTMLEscaping.escape(agency, into: rest) } else { rest.append("—" as StaticString) }
            rest.append("</td><td class=\"number\">" as StaticString)
            rest.append(decimal: entry.steps)
            rest.append("</td><td>" as StaticString)
            rest.appendTotalTime(entry.total)
            rest.append("</td><td class=\"status\">" as StaticString)
            rest.append(status)
            rest.append("</td><td class=\"file\">" as StaticString)
            HTMLEscaping.escape(entry.source, into: rest)
            rest.append("</td></tr>\n" as StaticString)
            self.rest = rest.string
        }

        /// The row linking `link` (not linked unless relative), the same as `row(_:)` of the entry with that link.
        public func row(link: String) -> String {
            let sink = ByteSink(capacity: 64 + link.utf8.count + title.utf8.count + rest.utf8.count)
            sink.append("<tr class=\"" as StaticString)
            sink.append(status)
            sink.append("\"><td>" as StaticString)
            if isRelative(link) {
                sink.append("<a href=\"" as StaticString)
                HTMLEscaping.escape(link, into: sink)
                sink.append("\">" as StaticString)
                sink.append(title)
                sink.append("</a>" as StaticString)
            } else {
                sink.append(title)
            }
            sink.append("</td>" as StaticString)
            sink.append(rest)
            return sink.string
        }
    }

    /// Whether `link` is a relative path: no scheme, no leading slash, no "..", no backslash. ASCII
    /// links (every link the import writes) are checked on their bytes, others by `isRelativeByCharacters`.
    static func isRelative(_ link: String) -> Bool {
        var link = link
        let asciiAnswer: Bool? = link.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            guard let first = bytes.first, first != UInt8(ascii: "/") else { return false }
            var componentStart = 0
            for index in 0...bytes.count {
                let byte = index < bytes.count ? bytes[index] : UInt8(ascii: "/")
                if byte == UInt8(ascii: ":") || byte == UInt8(ascii: "\\") { return false }
                guard byte == UInt8(ascii: "/") else { continue }
                if index - componentStart == 2, bytes[componentStart] == UInt8(ascii: "."),
                    bytes[componentStart + 1] == UInt8(ascii: ".")
                {
                    return false
                }
                componentStart = index + 1
            }
            return true
        }
        return asciiAnswer ?? isRelativeByCharacters(link)
    }

    /// `isRelative` by characters, for links that are not ASCII.
    static func isRelativeByCharacters(_ link: String) -> Bool {
        !link.isEmpty && !link.contains(":") && !link.hasPrefix("/") && !link.contains("\\")
            && !link.split(separator: "/").contains("..")
    }

    private static let style = """
        * { box-sizing: border-box; }
        body { margin: 16px auto; max-width: 1100px; padding: 0 12px; font: 13px/1.4 "DejaVu Sans", Arial, sans-serif; color: #111; }
        h1 { font-size: 18px; }
        .tools input { width: 320px; padding: 4px 6px; font: inherit; }
        .tools .count { margin-left: 12px; color: #555; }
        table { width: 100%; border-collapse: collapse; table-layout: fixed; }
        th, td { border: 1px solid #999; padding: 4px 6px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
        th { background: #eee; }
        .number { text-align: right; }
        col.title { width: 25%; } col.code { width: 13%; } col.agency { width: 20%; } col.steps { width: 76px; }
        col.total { width: 14%; } col.state { width: 84px; } col.file { width: 16%; }
        td.file { font-size: 11px; color: #555; }
        tr.failed td.status { color: #a00; font-weight: bold; }
        tr.warnings td.status { color: #850; }
        tr.ok td.status { color: #060; }
        @media print { .tools { display: none; } }
        """
}
