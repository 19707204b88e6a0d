/// The public entry points of SOPKit: parse SOP text into the canonical model, validate it, export it.
///
/// ```swift
/// let document = SOPKit.parse(bytes, file: "sop.txt")
/// let checked = SOPKit.validate(document)
/// let json = SOPKit.export(checked, as: .json)
/// ```
public enum SOPKit {
    /// The SOPKit version.
    public static let version = "0.1.0"

    /// Decodes and parses the bytes of one input file. Never fails: a file with no recognisable SOP gives
    /// no SOPs and an error diagnostic.
    public static func parse(_ bytes: [UInt8], file: String) -> SOPDocument {
        switch TextDecoder.decode(bytes, file: file) {
        case .failure(let diagnostic):
            return SOPDocument(source: file, sops: [], diagnostics: [diagnostic])
        case .text(let source, let notes):
            var document = parse(source)
            if !notes.isEmpty { document.diagnostics = notes + document.diagnostics }
            return document
        }
    }

    /// Parses decoded text.
    public static func parse(_ source: SourceText) -> SOPDocument {
        var (sops, diagnostics) = DocumentParser.parse(source)
        for line in source.cutLines {
            diagnostics.append(Diagnostic(
                .lineTooLong,
                "line is longer than \(SourceText.maximumLineLength) bytes; only its first \(SourceText.maximumLineLength) bytes were read",
                file: source.file, at: SourceLocation(line: line, column: 1)))
        }
        for index in sops.indices { PerformerInference.infer(&sops[index]) }
        let ids = Slug.uniqued(sops.map(\.id))
        for index in sops.indices { sops[index].id = ids[index] }
        if sops.isEmpty {
            diagnostics.append(Diagnostic(
                .noSOPFound, "no SOP recognised: no procedure table header (No, Kegiatan, …) and no identity block",
                file: source.file, at: .wholeFile))
        }
        return SOPDocument(source: source.file, sops: sops, diagnostics: diagnostics)
    }
}
