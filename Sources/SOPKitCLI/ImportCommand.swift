import SOPKit

/// `sopkit import FOLDER --out FOLDER`: imports every SOP file of a folder.
enum ImportCommand: SubCommand {
    static let name = "import"
    static let usage = """
        USAGE: sopkit import <folder> --out <folder>

        Imports every *.txt file below <folder>. Each SOP gets its JSON, Markdown and CSV under
        <out>/sops/; the batch gets sops.csv, steps.csv and report.json, which lists every input as
        ok, warnings or failed with its diagnostics. Files are written to a temporary name and
        renamed into place, so none is ever half-written.

        OPTIONS:
          --out <folder>    Where to write (created when missing)
          -h, --help        Show this help

        EXIT CODES: 0 all imported without errors, 1 some input failed, 2 usage or I/O error.

        """

    static let specs = [OptionSpec(name: "--out", short: nil, takesValue: true)]

    static func run(_ arguments: [String], console: Console) throws -> ExitCode {
        let parsed = try ParsedArguments(arguments, specs: specs)
        guard parsed.positionals.count == 1, let folder = parsed.positionals.first else {
            throw UsageError(message: parsed.positionals.isEmpty ? "missing <folder>" : "import takes one <folder>")
        }
        guard let out = parsed.values["--out"] else { throw UsageError(message: "missing --out <folder>") }
        guard FileSystem.isDirectory(folder) else {
            throw IOError(message: "'\(folder)' is not a folder")
        }
        let inputs = try FileSystem.files(in: folder, extensions: Inputs.extensions)
        let summary = try BatchImporter(output: out).run(inputs)
        console.print(summary.text)
        return summary.failed > 0 ? .inputErrors : .success
    }
}
