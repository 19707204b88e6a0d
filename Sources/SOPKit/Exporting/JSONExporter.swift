/// Writes documents as the contract's JSON: keys in the contract's order, pretty by default.
public enum JSONExporter {
    /// The JSON of `document`, ending with a newline.
    public static func export(_ document: SOPDocument, pretty: Bool = true) -> [UInt8] {
        var writer = JSONWriter(pretty: pretty, capacity: 8192)
        write(document, into: &writer)
        return writer.bytesEndingWithNewline
    }

    /// The JSON array of several documents, ending with a newline.
    public static func export(_ documents: [SOPDocument], pretty: Bool = true) -> [UInt8] {
        var writer = JSONWriter(pretty: pretty, capacity: 8192 * max(1, documents.count))
        writer.beginArray()
        for document in documents { write(document, into: &writer) }
        writer.endArray()
        return writer.bytesEndingWithNewline
    }

    /// The JSON of `document` as `export(_:pretty:)` writes it (pretty), but with the diagnostics of
    /// `diagnostics` that concern `sop` in place of the document's own: for an import, which has
    /// encoded the diagnostics of the input that holds `sop` for its report already. The buffer starts
    /// with room for the steps and the diagnostics (pretty, about twice their compact size), so that it
    /// seldom grows.
    public static func export(_ document: SOPDocument, diagnostics: EncodedDiagnostics, concerning sop: SOP) -> [UInt8] {
        exportBuffer(document, diagnostics: diagnostics, concerning: sop).array
    }

    /// The bytes of `export(_:diagnostics:concerning:)`, in the buffer they were written into.
    public static func exportBuffer(_ document: SOPDocument, diagnostics: EncodedDiagnostics, concerning sop: SOP)
        -> ExportedBytes
    {
        let steps = document.sops.reduce(0) { $0 + $1.steps.count }
        var writer = JSONWriter(pretty: true, capacity: 8192 + 1536 * steps + 2 * diagnostics.compactArray.count)
        writeOpening(document, into: &writer)
        diagnostics.write(concerning: sop, into: &writer)
        writer.endObject()
        return writer.finishWithNewline()
    }

    static func write(_ document: SOPDocument, into writer: inout JSONWriter) {
        writeOpening(document, into: &writer)
        write(document.diagnostics, mostlyNaming: document.source, into: &writer)
        writer.endObject()
    }

    /// Writes a document's object up to its diagnostics' array: everything but the array and the
    /// closing brace.
    private static func writeOpening(_ document: SOPDocument, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.constantField("schemaVersion", SOPDocument.schemaVersion)
        writer.constantField("source", document.source)
        writer.constantKey("sops")
        writer.beginArray()
        for sop in document.sops { write(sop, into: &writer) }
        writer.endArray()
        writer.constantKey("diagnostics")
    }

    static func write(_ sop: SOP, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.constantField("id", sop.id)
        writer.constantField("title", sop.title)
        writer.constantField("number", sop.number)
        writer.constantField("agency", sop.agency)
        writer.constantKey("dates")
        writer.beginObject()
        writer.constantField("created", sop.dates.created?.description)
        writer.constantField("revised", sop.dates.revised?.description)
        writer.constantField("effective", sop.dates.effective?.description)
        writer.constantField("approved", sop.dates.approved?.description)
        writer.endObject()
        writer.constantKey("approvedBy")
        writer.beginObject()
        writer.constantField("position", sop.approvedBy.position)
        writer.constantField("name", sop.approvedBy.name)
        writer.constantField("nip", sop.approvedBy.nip)
        writer.endObject()
        writer.constantKey("legalBasis")
        writer.beginArray()
        for reference in sop.legalBasis {
            writer.beginObject()
            writer.constantField("text", reference.text)
            writer.constantField("kind", reference.kind)
            writer.constantField("number", reference.number)
            writer.constantField("year", reference.year)
            writer.constantField("subject", reference.subject)
            writer.endObject()
        }
        writer.endArray()
        writer.constantKey("qualifications")
        writer.strings(sop.qualifications)
        writer.constantKey("relatedProcedures")
        writer.strings(sop.relatedProcedures)
        writer.constantKey("equipment")
        writer.strings(sop.equipment)
        writer.constantKey("warnings")
        writer.strings(sop.warnings)
        writer.constantKey("records")
        writer.strings(sop.records)
        writer.constantKey("roles")
        writer.strings(sop.roles)
        writer.constantKey("steps")
        writer.beginArray()
        for step in sop.steps { write(step, into: &writer) }
        writer.endArray()
        writer.constantKey("sections")
        writer.beginObject()
        for section in sop.sections { writer.field(section.title, section.text) }
        writer.endObject()
        writer.constantKey("totalDuration")
        if let total = sop.totalDuration {
            writer.beginObject()
            writer.constantField("minutes", total.minutes)
            writer.constantKey("iso8601")
            writer.plainString { $0.appendISO8601(total) }
            writer.constantField("flexibleSteps", total.flexibleSteps)
            writer.endObject()
        } else {
            writer.null()
        }
        writer.constantKey("source")
        writer.beginObject()
        writer.constantField("file", sop.source.file)
        writer.constantField("startLine", sop.source.startLine)
        writer.constantField("endLine", sop.source.endLine)
        writer.endObject()
        writer.constantField("format", sop.format.rawValue)
        writer.endObject()
    }

    /// Writes one step object: its members through a `FixedKeyObject`, without the writer's bookkeeping
    /// for each of them.
    static func write(_ step: Step, into writer: inout JSONWriter) {
        writer.fixedKeyObject { object in
            object.key("number")
            object.int(step.number)
            object.key("activity")
            object.string(step.activity)
            object.key("performers")
            object.strings(step.performers)
            object.key("performerSource")
            object.string(step.performerSource.rawValue)
            object.key("performerConfidence")
            object.number(step.performerConfidence)
            object.key("requirements")
            object.string(step.requirements)
            object.key("duration")
            if let duration = step.duration {
                object.object { durationObject in
                    durationObject.key("text")
                    durationObject.string(duration.text)
                    durationObject.key("value")
                    durationObject.number(duration.value)
                    durationObject.key("unit")
                    durationObject.string(duration.unit?.rawValue)
                    durationObject.key("iso8601")
                    if case .amount(let value, let unit) = duration.measure {
                        durationObject.plainString { $0.appendISO8601(value, unit) }
                    } else {
                        durationObject.null()
                    }
                    durationObject.key("minutes")
                    durationObject.int(duration.minutes)
                }
            } else {
                object.null()
            }
            object.key("output")
            object.string(step.output)
            object.key("notes")
            object.string(step.notes)
            object.key("line")
            object.int(step.line)
            object.key("decision")
            if let decision = step.decision {
                object.object { decisionObject in
                    decisionObject.key("question")
                    decisionObject.string(decision.question)
                    decisionObject.key("yes")
                    decisionObject.int(decision.yes)
                    decisionObject.key("no")
                    decisionObject.int(decision.no)
                }
            } else {
                object.null()
            }
        }
    }

    /// Writes one diagnostic object.
    public static func write(_ diagnostic: Diagnostic, into writer: inout JSONWriter) {
        let encoded = EncodedDiagnostics([diagnostic], mostlyNaming: diagnostic.file)
        encoded.compactArray.withUnsafeBufferPointer { encoded.writeObject(0, from: $0, into: &writer) }
    }

    /// Writes an array of diagnostic objects, as `write(_:into:)` writes each; the path of `file`,
    /// which most of them name, is escaped once for all of them.
    public static func write(_ diagnostics: [Diagnostic], mostlyNaming file: String, into writer: inout JSONWriter) {
        EncodedDiagnostics(diagnostics, mostlyNaming: file).write(into: &writer)
    }
}
