import Foundation
import SOPKit

/// `sopkit import FOLDER --out FOLDER`: imports every SOP file of a folder.
enum ImportCommand: SubCommand {
    static let name = "import"
    static let usage = """
        USAGE: sopkit import <folder> --out <folder> [--jobs N] [--resume] [--quiet]

        Imports every *.txt and *.pdf file below <folder>, in parallel. Each SOP gets its JSON,
        Markdown, CSV and HTML sheet under <out>/sops/; the batch gets sops.csv, steps.csv,
        report.json, report.md and index.html, which list every input as ok, warnings or failed
        with its diagnostics. The outputs are the same bytes whatever the number of jobs. Every
        file appears only when complete (written unnamed and then linked, or under a temporary
        name and then renamed), so none is ever half-written, also when the run is interrupted.

        OPTIONS:
          --out <folder>    Where to write (created when missing)
          --jobs <n>        Parallel workers (default: the number of cores)
          --resume          Skip inputs unchanged since the last run into <out>
          --quiet           No progress on standard error
          -h, --help        Show this help

        EXIT CODES: 0 all imported without errors, 1 some input failed, 2 usage or I/O error.

        """

    static let specs = [
        OptionSpec(name: "--out", short: nil, takesValue: true),
        OptionSpec(name: "--jobs", short: "-j", takesValue: true),
        OptionSpec(name: "--resume", short: nil, takesValue: false),
        OptionSpec(name: "--quiet", short: "-q", takesValue: false),
    ]

    static func run(_ arguments: [String], console: Console) throws -> ExitCode {
        let parsed = try ParsedArguments(arguments, specs: specs)
        guard parsed.positionals.count == 1, let folder = parsed.positionals.first else {
            throw UsageError(message: parsed.positionals.isEmpty ? "missing <folder>" : "import takes one <folder>")
        }
        guard let out = parsed.values["--out"] else { throw UsageError(message: "missing --out <folder>") }
        var jobs = ProcessInfo.processInfo.activeProcessorCount
        if let value = parsed.values["--jobs"] {
            guard let number = Int(value), number >= 1, number <= 1024 else {
                throw UsageError(message: "--jobs takes a whole number from 1 to 1024")
            }
            jobs = number
        }
        guard FileSystem.isDirectory(folder) else {
            throw IOError(message: "'\(folder)' is not a folder")
        }
        let inputs = try FileSystem.files(in: folder, extensions: Inputs.extensions)
        Interruption.install(
            console: console,
            message: "sopkit import: interrupted; every file in '\(out)' is complete; run again with --resume to finish")
        let progress = parsed.flags.contains("--quiet") ? nil : ProgressReporter(console: console)
        let importer = BatchImporter(output: out, jobs: jobs, resume: parsed.flags.contains("--resume"), progress: progress)
        let summary = try importer.run(inputs)
        console.print(summary.text)
        return summary.failed > 0 ? .inputErrors : .success
    }
}
