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

    static func write(_ document: SOPDocument, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("schemaVersion", SOPDocument.schemaVersion)
        writer.field("source", document.source)
        writer.key("sops")
        writer.beginArray()
        for sop in document.sops { write(sop, into: &writer) }
        writer.endArray()
        writer.key("diagnostics")
        writer.beginArray()
        for diagnostic in document.diagnostics { write(diagnostic, into: &writer) }
        writer.endArray()
        writer.endObject()
    }

    static func write(_ sop: SOP, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("id", sop.id)
        writer.field("title", sop.title)
        writer.field("number", sop.number)
        writer.field("agency", sop.agency)
        writer.key("dates")
        writer.beginObject()
        writer.field("created", sop.dates.created?.description)
        writer.field("revised", sop.dates.revised?.description)
        writer.field("effective", sop.dates.effective?.description)
        writer.field("approved", sop.dates.approved?.description)
        writer.endObject()
        writer.key("approvedBy")
        writer.beginObject()
        writer.field("position", sop.approvedBy.position)
        writer.field("name", sop.approvedBy.name)
        writer.field("nip", sop.approvedBy.nip)
        writer.endObject()
        writer.key("legalBasis")
        writer.beginArray()
        for reference in sop.legalBasis {
            writer.beginObject()
            writer.field("text", reference.text)
            writer.field("kind", reference.kind)
            writer.field("number", reference.number)
            writer.field("year", reference.year)
            writer.field("subject", reference.subject)
            writer.endObject()
        }
        writer.endArray()
        writer.key("qualifications")
        writer.strings(sop.qualifications)
        writer.key("relatedProcedures")
        writer.strings(sop.relatedProcedures)
        writer.key("equipment")
        writer.strings(sop.equipment)
        writer.key("warnings")
        writer.strings(sop.warnings)
        writer.key("records")
        writer.strings(sop.records)
        writer.key("roles")
        writer.strings(sop.roles)
        writer.key("steps")
        writer.beginArray()
        for step in sop.steps { write(step, into: &writer) }
        writer.endArray()
        writer.key("sections")
        writer.beginObject()
        for section in sop.sections { writer.field(section.title, section.text) }
        writer.endObject()
        writer.key("totalDuration")
        if let total = sop.totalDuration {
            writer.beginObject()
            writer.field("minutes", total.minutes)
            writer.field("iso8601", total.iso8601)
            writer.field("flexibleSteps", total.flexibleSteps)
            writer.endObject()
        } else {
            writer.null()
        }
        writer.key("source")
        writer.beginObject()
        writer.field("file", sop.source.file)
        writer.field("startLine", sop.source.startLine)
        writer.field("endLine", sop.source.endLine)
        writer.endObject()
        writer.field("format", sop.format.rawValue)
        writer.endObject()
    }

    static func write(_ step: Step, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("number", step.number)
        writer.field("activity", step.activity)
        writer.key("performers")
        writer.strings(step.performers)
        writer.field("performerSource", step.performerSource.rawValue)
        writer.key("performerConfidence")
        writer.number(step.performerConfidence)
        writer.field("requirements", step.requirements)
        writer.key("duration")
        if let duration = step.duration {
            writer.beginObject()
            writer.field("text", duration.text)
            writer.key("value")
            writer.number(duration.value)
            writer.field("unit", duration.unit?.rawValue)
            writer.field("iso8601", duration.iso8601)
            writer.field("minutes", duration.minutes)
            writer.endObject()
        } else {
            writer.null()
        }
        writer.field("output", step.output)
        writer.field("notes", step.notes)
        writer.field("line", step.line)
        writer.key("decision")
        if let decision = step.decision {
            writer.beginObject()
            writer.field("question", decision.question)
            writer.field("yes", decision.yes)
            writer.field("no", decision.no)
            writer.endObject()
        } else {
            writer.null()
        }
        writer.endObject()
    }

    /// Writes one diagnostic object.
    public static func write(_ diagnostic: Diagnostic, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("severity", diagnostic.severity.rawValue)
        writer.field("code", diagnostic.code.rawValue)
        writer.field("message", diagnostic.message)
        writer.field("file", diagnostic.file)
        writer.field("line", diagnostic.line)
        writer.field("column", diagnostic.column)
        writer.endObject()
    }
}
