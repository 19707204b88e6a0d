import Foundation

/// What a finished tool run gave.
public struct ToolOutput: Sendable {
    /// Standard output.
    public var output: Data
    /// Standard error, cut at `ToolRunner.Limits.errorBytes`.
    public var errorText: String
    /// The exit status.
    public var status: Int32
}

/// Runs an external program without a shell: arguments as an array, a time limit and a cap on the output.
public struct ToolRunner: Sendable {
    /// The limits of one run.
    public struct Limits: Sendable {
        /// Seconds before the program is killed.
        public var seconds: Double
        /// Bytes of standard output before the program is killed.
        public var outputBytes: Int
        /// Bytes of standard error kept.
        public var errorBytes: Int

        /// Creates limits.
        public init(seconds: Double = 120, outputBytes: Int = 256 << 20, errorBytes: Int = 64 << 10) {
            self.seconds = seconds
            self.outputBytes = outputBytes
            self.errorBytes = errorBytes
        }
    }

    /// The limits of every run.
    public var limits: Limits
    /// The search path for tools; nil for the process's PATH.
    public var searchPath: String?

    /// Creates a runner.
    public init(limits: Limits = Limits(), searchPath: String? = nil) {
        self.limits = limits
        self.searchPath = searchPath
    }

    /// Whether `tool` is installed.
    public func has(_ tool: ExternalTool) -> Bool {
        tool.locate(path: searchPath ?? ProcessInfo.processInfo.environment["PATH"]) != nil
    }

    /// Runs `tool` with `arguments`; throws when it is missing, fails, runs too long or writes too much.
    public func run(_ tool: ExternalTool, _ arguments: [String]) throws(ToolError) -> Data {
        guard let executable = tool.locate(path: searchPath ?? ProcessInfo.processInfo.environment["PATH"]) else {
            throw tool.missingError
        }
        let result = try run(executable: executable, arguments, name: tool.rawValue)
        guard result.status == 0 else {
            let detail = result.errorText.split(separator: "\n").last.map { ": \($0)" } ?? ""
            throw ToolError(message: "\(tool.rawValue) failed with status \(result.status)\(detail)")
        }
        return result.output
    }

    /// Runs the program at `executable`; `name` is used in messages.
    public func run(executable: String, _ arguments: [String], name: String) throws(ToolError) -> ToolOutput {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let outputPipe = Pipe()
        let errorPipe = Pipe()
        process.standardOutput = outputPipe
        process.standardError = errorPipe
        process.standardInput = FileHandle.nullDevice
        let state = RunState()
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            throw ToolError(message: "\(name) could not be started: \(error.localizedDescription)")
        }
        let readers = DispatchGroup()
        let limits = limits
        DispatchQueue.global().async(group: readers) {
            let handle = outputPipe.fileHandleForReading
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                if !state.appendOutput(chunk, limit: limits.outputBytes) {
                    kill(process.processIdentifier, SIGKILL)
                }
            }
        }
        DispatchQueue.global().async(group: readers) {
            let handle = errorPipe.fileHandleForReading
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                state.appendError(chunk, limit: limits.errorBytes)
            }
        }
        if finished.wait(timeout: .now() + limits.seconds) == .timedOut {
            state.markTimedOut()
            process.terminate()
            if finished.wait(timeout: .now() + 2) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                finished.wait()
            }
        }
        readers.wait()
        let snapshot = state.snapshot()
        if snapshot.timedOut {
            let seconds = limits.seconds == limits.seconds.rounded() ? String(Int(limits.seconds)) : String(limits.seconds)
            throw ToolError(message: "\(name) took longer than \(seconds) s and was stopped")
        }
        if snapshot.overflowed {
            throw ToolError(message: "\(name) wrote more than \(limits.outputBytes) bytes and was stopped")
        }
        return ToolOutput(
            output: snapshot.output, errorText: String(decoding: snapshot.error, as: UTF8.self),
            status: process.terminationStatus)
    }
}

/// The output of a run, filled by reader threads.
private final class RunState: @unchecked Sendable {
    private let lock = NSLock()
    private var output = Data()
    private var error = Data()
    private var overflowed = false
    private var timedOut = false

    /// Appends output; false when it passed `limit` (the rest is dropped).
    func appendOutput(_ chunk: Data, limit: Int) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard !overflowed else { return false }
        if output.count + chunk.count > limit {
            overflowed = true
            return false
        }
        output.append(chunk)
        return true
    }

    func appendError(_ chunk: Data, limit: Int) {
        lock.lock()
        defer { lock.unlock() }
        error.append(chunk.prefix(max(0, limit - error.count)))
    }

    func markTimedOut() {
        lock.lock()
        timedOut = true
        lock.unlock()
    }

    func snapshot() -> (output: Data, error: Data, overflowed: Bool, timedOut: Bool) {
        lock.lock()
        defer { lock.unlock() }
        return (output, error, overflowed, timedOut)
    }
}
