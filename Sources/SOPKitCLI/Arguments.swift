/// A usage error: the message is shown with the command's usage, and the exit code is 2.
public struct UsageError: Error, Sendable {
    /// What was wrong.
    public var message: String
}

/// The options a command accepts.
struct OptionSpec {
    /// Long name with dashes, e.g. "--to".
    var name: String
    /// Short alias, e.g. "-o".
    var short: String?
    /// Whether the option takes a value.
    var takesValue: Bool
}

/// Command-line arguments split into options and positional arguments.
struct ParsedArguments {
    var positionals: [String] = []
    var values: [String: String] = [:]
    var flags: Set<String> = []

    /// Parses `arguments` against `specs`. "--name=value" and "--name value" both work; "--" ends options;
    /// "-" alone is positional (standard input).
    init(_ arguments: [String], specs: [OptionSpec]) throws(UsageError) {
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                positionals.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            guard let spec = specs.first(where: { $0.name == name || $0.short == name }) else {
                throw UsageError(message: "unknown option '\(name)'")
            }
            if spec.takesValue {
                if let inlineValue {
                    values[spec.name] = inlineValue
                } else {
                    guard index < arguments.count else { throw UsageError(message: "option '\(name)' needs a value") }
                    values[spec.name] = arguments[index]
                    index += 1
                }
            } else {
                guard inlineValue == nil else { throw UsageError(message: "option '\(name)' takes no value") }
                flags.insert(spec.name)
            }
        }
    }
}
