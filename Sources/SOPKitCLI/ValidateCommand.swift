import SOPKit

/// `sopkit validate INPUT… [--format text|json|sarif]`: checks SOP files.
enum ValidateCommand: SubCommand {
    static let name = "validate"
    static let usage = """
        USAGE: sopkit validate <input>... [--format text|json|sarif] [--strict]

        Checks SOP files against the rules of docs/RULES.md and prints every diagnostic as
        file:line:column: severity: [CODE] message. An input is a file, a folder (every *.txt
        and *.pdf below it) or - for standard input.

        OPTIONS:
          --format <format> text (default), json, or sarif (SARIF 2.1.0, for code-scanning tools)
          --strict          Count warnings as errors
          -h, --help        Show this help

        EXIT CODES: 0 no errors, 1 errors found, 2 usage or I/O error.

        """

    static let specs = [
        OptionSpec(name: "--format", short: nil, takesValue: true),
        OptionSpec(name: "--strict", short: nil, takesValue: false),
    ]

    static func run(_ arguments: [String], console: Console) throws -> ExitCode {
        let parsed = try ParsedArguments(arguments, specs: specs)
        let format = parsed.values["--format"]?.lowercased() ?? "text"
        guard ["text", "json", "sarif"].contains(format) else {
            throw UsageError(message: "unknown format '\(format)' (known: text, json, sarif)")
        }
        guard !parsed.positionals.isEmpty else { throw UsageError(message: "missing <input>") }
        let strict = parsed.flags.contains("--strict")
        let inputs = try Inputs.collect(parsed.positionals)
        guard !inputs.isEmpty else { throw IOError(message: "no *.txt or *.pdf input found in \(parsed.positionals.joined(separator: ", "))") }
        var documents: [SOPDocument] = []
        for input in inputs {
            var document = Validator.validate(try Inputs.parse(input, console: console))
            if strict { document.diagnostics = document.diagnostics.map(Self.strict) }
            documents.append(document)
        }
        let all = documents.flatMap(\.diagnostics)
        switch format {
        case "json":
            console.writeOutput(ValidationReport.json(documents))
        case "sarif":
            console.writeOutput(SARIFExporter.export(documents))
        default:
            console.print(DiagnosticFormatter.text(all))
            console.error(
                "\(DiagnosticFormatter.plural(documents.count, "file")), "
                    + "\(DiagnosticFormatter.plural(documents.reduce(0) { $0 + $1.sops.count }, "SOP")): "
                    + DiagnosticFormatter.summary(all))
        }
        return all.hasErrors ? .inputErrors : .success
    }

    /// Under `--strict`, a warning is an error (in every output format).
    static func strict(_ diagnostic: Diagnostic) -> Diagnostic {
        var raised = diagnostic
        if raised.severity == .warning { raised.severity = .error }
        return raised
    }
}
