@testable import SOPKit
import Testing

/// A step object written through a `FixedKeyObject` (`JSONExporter.write(_:into:)` for a step) has the
/// same bytes as the writer's member-by-member calls write for it, pretty or not, at any depth, first
/// in its array or after other steps; and the `FixedKeyObject` members added for it (optional strings
/// and integers, numbers, null, string arrays, nested objects) write what the writer writes.
@Suite struct StepObjectJSONTests {
    /// Steps covering each member's cases: no performer, one, several (with escapes and letters outside
    /// ASCII), each kind of duration (a non-finite value included), no decision, a decision with one
    /// branch or both, texts that are empty, long, or need escaping.
    static let steps: [Step] = {
        var plain = Step(number: 1, activity: "Menerima surat permohonan", performers: ["Staf"], performerSource: .marker, line: 12)
        plain.duration = Duration(text: "15 menit", measure: .amount(value: 15, unit: .minute))
        plain.requirements = "Surat permohonan"
        plain.output = "Surat yang sudah lengkap dan diagendakan ke dalam buku agenda surat masuk"
        var empty = Step(number: 0, activity: "", line: 1)
        empty.performerConfidence = 0.35
        var several = Step(
            number: 12, activity: "Kepala \"Dinas\" \\ memeriksa\tdata\nbaru\u{2028}", performers: ["Kepala Dinas", "Sekretaris é", "‘Staf’"],
            performerSource: .text, notes: "\u{7F}\u{01}", line: 340)
        several.performerConfidence = 2.0 / 3.0
        several.duration = Duration(text: "1,5 jam", measure: .amount(value: 1.5, unit: .hour))
        several.decision = Decision(question: "Data lengkap?", yes: 13, no: nil)
        var flexible = Step(number: 3, activity: "Rapat", performers: [""], performerSource: .drawing, line: 40)
        flexible.duration = Duration(text: "Disesuaikan", measure: .flexible)
        flexible.decision = Decision(question: "", yes: nil, no: nil)
        var unknownUnit = Step(number: 4, activity: "Arsip", line: 41)
        unknownUnit.duration = Duration(text: "2 semester", measure: .unknownUnit("semester"))
        unknownUnit.decision = Decision(question: "Setuju? ‘ya’", yes: 5, no: 2)
        var unreadable = Step(number: 5, activity: "Kirim", line: 42)
        unreadable.duration = Duration(text: "", measure: .unreadable)
        unreadable.performerConfidence = .infinity
        var huge = Step(number: -7, activity: String(repeating: "ab\"c ", count: 40), line: 99_999)
        huge.duration = Duration(text: "123456,75 hari", measure: .amount(value: 123_456.75, unit: .day))
        huge.performerConfidence = .nan
        return [plain, empty, several, flexible, unknownUnit, unreadable, huge]
    }()

    /// The step object written member by member through the writer: the reference.
    private static func writeMemberByMember(_ step: Step, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.constantField("number", step.number)
        writer.constantField("activity", step.activity)
        writer.constantKey("performers")
        writer.strings(step.performers)
        writer.constantField("performerSource", step.performerSource.rawValue)
        writer.constantKey("performerConfidence")
        writer.number(step.performerConfidence)
        writer.constantField("requirements", step.requirements)
        writer.constantKey("duration")
        if let duration = step.duration {
            writer.beginObject()
            writer.constantField("text", duration.text)
            writer.constantKey("value")
            writer.number(duration.value)
            writer.constantField("unit", duration.unit?.rawValue)
            writer.constantField("iso8601", duration.iso8601)
            writer.constantField("minutes", duration.minutes)
            writer.endObject()
        } else {
            writer.null()
        }
        writer.constantField("output", step.output)
        writer.constantField("notes", step.notes)
        writer.constantField("line", step.line)
        writer.constantKey("decision")
        if let decision = step.decision {
            writer.beginObject()
            writer.constantField("question", decision.question)
            writer.constantField("yes", decision.yes)
            writer.constantField("no", decision.no)
            writer.endObject()
        } else {
            writer.null()
        }
        writer.endObject()
    }

    /// The bytes of `step` written after opening `depth` arrays (the last with `before` integers first),
    /// by the exporter or by the reference, followed by one more value.
    private static func written(_ step: Step, pretty: Bool, depth: Int, before: Int, byExporter: Bool) -> [UInt8] {
        var writer = JSONWriter(pretty: pretty)
        for _ in 0..<depth { writer.beginArray() }
        for value in 0..<before { writer.int(value) }
        if byExporter {
            JSONExporter.write(step, into: &writer)
        } else {
            writeMemberByMember(step, into: &writer)
        }
        writer.int(99)
        for _ in 0..<depth { writer.endArray() }
        return writer.bytes
    }

    @Test(arguments: steps.indices) func aStepIsWrittenAsTheWriterWritesItMemberByMember(_ index: Int) {
        for pretty in [false, true] {
            for depth in [0, 1, 3, 15, 16, 40] {
                for before in depth > 0 ? [0, 2] : [0] {
                    let exported = Self.written(Self.steps[index], pretty: pretty, depth: depth, before: before, byExporter: true)
                    let reference = Self.written(Self.steps[index], pretty: pretty, depth: depth, before: before, byExporter: false)
                    #expect(
                        String(decoding: exported, as: UTF8.self) == String(decoding: reference, as: UTF8.self),
                        "step \(index) pretty: \(pretty) depth: \(depth) before: \(before)")
                }
            }
        }
    }
}
