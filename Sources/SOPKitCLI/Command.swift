import SOPKit

/// The `sopkit` command line: dispatches to `convert`, `validate`, `import` and `help`.
public enum SOPKitCommand {
    /// Runs the command line `arguments` (without the program name) and returns the exit code.
    public static func main(arguments: [String], console: Console = .standard) -> Int32 {
        guard let command = arguments.first else {
            console.error(Help.overview)
            return ExitCode.usage.rawValue
        }
        let rest = Array(arguments.dropFirst())
        let code: ExitCode
        switch command {
        case "convert": code = run(ConvertCommand.self, rest, console)
        case "validate": code = run(ValidateCommand.self, rest, console)
        case "import": code = run(ImportCommand.self, rest, console)
        case "help":
            if let topic = rest.first {
                guard let usage = Help.usage(of: topic) else {
                    console.error("sopkit: unknown command '\(topic)'\n\n" + Help.overview)
                    return ExitCode.usage.rawValue
                }
                console.print(usage)
            } else {
                console.print(Help.overview)
            }
            code = .success
        case "--help", "-h":
            console.print(Help.overview)
            code = .success
        case "--version":
            console.print("sopkit \(SOPKit.version)\n")
            code = .success
        default:
            console.error("sopkit: unknown command '\(command)'\n\n" + Help.overview)
            code = .usage
        }
        return code.rawValue
    }

    private static func run(_ command: any SubCommand.Type, _ arguments: [String], _ console: Console) -> ExitCode {
        if arguments.contains("--help") || arguments.contains("-h") {
            console.print(command.usage)
            return .success
        }
        do {
            return try command.run(arguments, console: console)
        } catch let error as UsageError {
            console.error("sopkit \(command.name): \(error.message)\n\n" + command.usage)
            return .usage
        } catch let error as IOError {
            console.error("sopkit \(command.name): \(error.message)")
            return .usage
        } catch {
            console.error("sopkit \(command.name): \(error)")
            return .usage
        }
    }
}

/// A subcommand of `sopkit`.
protocol SubCommand {
    /// The name typed after `sopkit`.
    static var name: String { get }
    /// The `--help` text.
    static var usage: String { get }
    /// Runs with `arguments`; throws `UsageError` or `IOError` for exit code 2.
    static func run(_ arguments: [String], console: Console) throws -> ExitCode
}

/// Help texts.
enum Help {
    static let overview = """
        sopkit \(SOPKit.version): read Indonesian SOP documents (Permenpan RB 35/2012) into structured data.

        USAGE: sopkit <command> [options]

        COMMANDS:
          convert    Convert SOP files to JSON, Markdown, CSV, text, HTML, Mermaid or BPMN
          validate   Check SOP files and print diagnostics like a compiler
          import     Import a folder of SOP files into an output folder, with a report
          help       Show help for a command (sopkit help convert)

        OPTIONS:
          --version  Show the version
          -h, --help Show this help

        EXIT CODES: 0 success, 1 some input had errors (or failed to import), 2 usage or I/O error.

        """

    static func usage(of command: String) -> String? {
        switch command {
        case ConvertCommand.name: ConvertCommand.usage
        case ValidateCommand.name: ValidateCommand.usage
        case ImportCommand.name: ImportCommand.usage
        default: nil
        }
    }
}
