import Foundation

/// Where a command writes: standard output and standard error, as bytes.
public struct Console: Sendable {
    /// Writes to standard output.
    public var writeOutput: @Sendable ([UInt8]) -> Void
    /// Writes to standard error.
    public var writeError: @Sendable ([UInt8]) -> Void
    /// Whether standard error is a terminal (for live progress).
    public var errorIsTerminal: Bool
    /// Reads all of standard input.
    public var readInput: @Sendable () -> [UInt8]

    /// The process's own standard streams.
    public static let standard = Console(
        writeOutput: { bytes in FileHandle.standardOutput.write(Data(bytes)) },
        writeError: { bytes in FileHandle.standardError.write(Data(bytes)) },
        errorIsTerminal: isatty(2) != 0,
        readInput: { [UInt8](FileHandle.standardInput.readDataToEndOfFile()) })

    /// Creates a console from its streams.
    public init(
        writeOutput: @escaping @Sendable ([UInt8]) -> Void, writeError: @escaping @Sendable ([UInt8]) -> Void,
        errorIsTerminal: Bool, readInput: @escaping @Sendable () -> [UInt8]
    ) {
        self.writeOutput = writeOutput
        self.writeError = writeError
        self.errorIsTerminal = errorIsTerminal
        self.readInput = readInput
    }

    /// Writes `text` to standard output.
    public func print(_ text: String) { writeOutput(Array(text.utf8)) }

    /// Writes `text` and a newline to standard error.
    public func error(_ text: String) { writeError(Array((text + "\n").utf8)) }
}
