import SOPKit
import SOPKitPDF

/// One input of a command: a file path, or standard input.
struct Input: Sendable {
    /// The path as given (or found below a folder), or "-" for standard input.
    var path: String

    /// Whether the input is standard input.
    var isStandardInput: Bool { path == "-" }
}

/// Turns the command's INPUT arguments into inputs: files as given, folders searched for `*.txt` and
/// `*.pdf`, "-" for standard input.
enum Inputs {
    /// File name endings read from folders.
    static let extensions = [".txt", ".pdf"]

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
        if input.isStandardInput { return SOPKit.parse(console.readInput(), file: input.path) }
        return try document(atPath: input.path)
    }

    /// Reads and parses the file at `path`: a PDF through poppler's tools, anything else as text.
    static func document(atPath path: String) throws(IOError) -> SOPDocument {
        try documentWithFingerprint(atPath: path).document
    }

    /// Reads and parses the file at `path` as `document(atPath:)` does, with the fingerprint of the file
    /// read (for a text file, taken from the open file; for a PDF, just before its tools read it).
    static func documentWithFingerprint(atPath path: String) throws(IOError)
        -> (document: SOPDocument, fingerprint: FileSystem.Fingerprint?)
    {
        guard PDFImporter.isPDF(path) else {
            let (bytes, fingerprint) = try FileSystem.readWithFingerprint(path)
            return (SOPKit.parse(bytes, file: path), fingerprint)
        }
        let fingerprint = FileSystem.fingerprint(path)
        do {
            return (try PDFImporter.document(atPath: path), fingerprint)
        } catch {
            throw IOError(message: "cannot read '\(path)': \(error.message)")
        }
    }
}
