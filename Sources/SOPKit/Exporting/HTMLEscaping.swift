/// Escaping of text from the input for HTML and XML, shared by the HTML, index and BPMN exporters.
enum HTMLEscaping {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by character references, so that it reads as
    /// text both in element content and in quoted attribute values, in HTML and in XML. Control
    /// characters that XML 1.0 forbids are dropped.
    static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            case "\t", "\n", "\r": output.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// Working minutes as Indonesian text: "2 hari 3 jam 20 menit" (1 day = 8 hours); "0 menit" for zero.
    static func workingTime(minutes: Int) -> String {
        let days = minutes / DurationUnit.day.minutes
        let hours = (minutes % DurationUnit.day.minutes) / 60
        let rest = minutes % 60
        var parts: [String] = []
        if days > 0 { parts.append("\(days) hari") }
        if hours > 0 { parts.append("\(hours) jam") }
        if rest > 0 || parts.isEmpty { parts.append("\(rest) menit") }
        return parts.joined(separator: " ")
    }

    /// The total time of an SOP as text: working time, ISO 8601, and the flexible steps; "—" when none.
    static func totalTime(_ total: TotalDuration?) -> String {
        guard let total else { return "—" }
        var text = workingTime(minutes: total.minutes) + " (\(total.iso8601))"
        if total.flexibleSteps > 0 { text += " + \(total.flexibleSteps) langkah disesuaikan" }
        return text
    }
}
