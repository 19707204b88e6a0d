import Foundation

/// Handles SIGINT and SIGTERM during an import: removes the temporary files being written, so that
/// every file in the output folder is complete, and exits with code 2.
enum Interruption {
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    /// Installs the handlers; `message` is printed to standard error when a signal arrives.
    static func install(console: Console, message: String) {
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                TemporaryFiles.removeAll()
                console.error("\n" + message)
                exit(ExitCode.usage.rawValue)
            }
            source.resume()
            sources.append(source)
        }
    }
}
