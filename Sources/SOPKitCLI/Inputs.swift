import SOPKit

/// One input of a command: a file path, or standard input.
struct Input: Sendable {
    /// The path as given (or found below a folder), or "-" for standard input.
    var path: String

    /// Whether the input is standard input.
    var isStandardInput: Bool { path == "-" }
}

/// Turns the command's INPUT arguments into inputs: files as given, folders searched for `*.txt`,
/// "-" for standard input.
enum Inputs {
    /// File name endings read from folders.
    static let extensions = [".txt"]

    static func collect(_ arguments: [String]) throws(IOError) -> [Input] {
        var inputs: [Input] = []
        for argument in arguments {
            if argument == "-" {
                inputs.append(Input(path: "-"))
            } else if FileSystem.isDirectory(argument) {
                inputs += try FileSystem.files(in: argument, extensions: extensions).map { Input(path: $0) }
            } else if FileSystem.exists(argument) {
                inputs.append(Input(path: argument))
            } else {
                throw IOError(message: "cannot read '\(argument)': no such file or directory")
            }
        }
        return inputs
    }

    /// Reads and parses `input`.
    static func parse(_ input: Input, console: Console) throws(IOError) -> SOPDocument {
        let bytes = input.isStandardInput ? console.readInput() : try FileSystem.read(input.path)
        return SOPKit.parse(bytes, file: input.path)
    }
}
