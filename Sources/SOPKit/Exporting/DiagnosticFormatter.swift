/// Renders diagnostics as text, like a compiler: `file:line:column: severity: [CODE] message`.
public enum DiagnosticFormatter {
    /// One line per diagnostic, each ending with a newline.
    public static func text(_ diagnostics: [Diagnostic]) -> String {
        var output = ""
        for diagnostic in diagnostics {
            output += "\(diagnostic.file):\(diagnostic.line):\(diagnostic.column): \(diagnostic.severity.rawValue): "
            output += "[\(diagnostic.code.rawValue)] \(diagnostic.message)\n"
        }
        return output
    }

    /// "2 errors, 1 warning, 0 notes".
    public static func summary(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.count(of: .error)
        let warnings = diagnostics.count(of: .warning)
        let notes = diagnostics.count(of: .note)
        return "\(plural(errors, "error")), \(plural(warnings, "warning")), \(plural(notes, "note"))"
    }

    /// "1 file", "2 files".
    public static func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
