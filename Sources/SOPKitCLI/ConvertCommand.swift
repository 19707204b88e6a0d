import SOPKit

/// `sopkit convert INPUT… --to FORMAT [-o PATH]`: converts SOP files.
enum ConvertCommand: SubCommand {
    static let name = "convert"
    static let usage = """
        USAGE: sopkit convert <input>... --to <format> [-o <path>] [--compact] [--bom]

        Converts SOP files. An input is a file, a folder (every *.txt and *.pdf below it) or - for standard input.

        OPTIONS:
          --to <format>     json, markdown, csv, text (the canonical tab-separated form),
                            html (the standard sheet with its swimlane flowchart, one self-contained
                            page), mermaid (a flowchart) or bpmn (BPMN 2.0 with diagram layout)
          -o, --output <path>
                            Write to <path> instead of standard output. When <path> is an existing
                            folder (or ends with /), each input gets its own file there.
          --compact         JSON on one line
          --bom             CSV starting with a UTF-8 byte-order mark (for Excel)
          -h, --help        Show this help

        EXIT CODES: 0 converted without errors, 1 some input had errors, 2 usage or I/O error.

        """

    static let specs = [
        OptionSpec(name: "--to", short: nil, takesValue: true),
        OptionSpec(name: "--output", short: "-o", takesValue: true),
        OptionSpec(name: "--compact", short: nil, takesValue: false),
        OptionSpec(name: "--bom", short: nil, takesValue: false),
    ]

    static func run(_ arguments: [String], console: Console) throws -> ExitCode {
        let parsed = try ParsedArguments(arguments, specs: specs)
        guard let formatName = parsed.values["--to"] else { throw UsageError(message: "missing --to <format>") }
        guard let format = ExportFormat(rawValue: formatName.lowercased()) else {
            let known = ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")
            throw UsageError(message: "unknown format '\(formatName)' (known: \(known))")
        }
        guard !parsed.positionals.isEmpty else { throw UsageError(message: "missing <input>") }
        let options = ExportOptions(prettyJSON: !parsed.flags.contains("--compact"), byteOrderMark: parsed.flags.contains("--bom"))
        let inputs = try Inputs.collect(parsed.positionals)
        guard !inputs.isEmpty else { throw IOError(message: "no *.txt or *.pdf input found in \(parsed.positionals.joined(separator: ", "))") }
        var documents: [SOPDocument] = []
        for input in inputs {
            documents.append(Validator.validate(try Inputs.parse(input, console: console)))
        }
        if let output = parsed.values["--output"], output.hasSuffix("/") || FileSystem.isDirectory(output) {
            try FileSystem.createDirectory(output)
            var usedNames = OutputNames.UsedNames()
            for document in documents {
                let name = usedNames.unique(OutputNames.stem(of: document.source))
                let path = FileSystem.join(output, name + "." + format.fileExtension)
                try FileSystem.writeAtomically(SOPKit.export(document, as: format, options: options), to: path)
            }
        } else if let output = parsed.values["--output"] {
            try FileSystem.writeAtomically(SOPKit.export(documents, as: format, options: options), to: output)
        } else {
            console.writeOutput(SOPKit.export(documents, as: format, options: options))
        }
        let errors = documents.flatMap(\.diagnostics).filter { $0.severity == .error }
        if !errors.isEmpty {
            console.error(DiagnosticFormatter.text(errors).trimmingTrailingNewline())
        }
        return errors.isEmpty ? .success : .inputErrors
    }
}

extension String {
    /// The string without one trailing newline.
    func trimmingTrailingNewline() -> String {
        hasSuffix("\n") ? String(dropLast()) : self
    }
}
