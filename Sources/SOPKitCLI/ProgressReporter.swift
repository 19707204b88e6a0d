import Foundation

/// Shows the progress of an import on standard error: a live bar with count, rate and time left on a
/// terminal; a plain line every few seconds otherwise.
final class ProgressReporter: @unchecked Sendable {
    private let console: Console
    private let lock = NSLock()
    private var total = 0
    private var done = 0
    private var started = Date()
    private var lastShown = Date.distantPast

    init(console: Console) { self.console = console }

    func start(total: Int) {
        lock.lock()
        self.total = total
        started = Date()
        lock.unlock()
    }

    /// Counts one more input done.
    func advance() {
        lock.lock()
        defer { lock.unlock() }
        done += 1
        let now = Date()
        let interval = console.errorIsTerminal ? 0.1 : 5
        guard now.timeIntervalSince(lastShown) >= interval || done == total else { return }
        lastShown = now
        show(now)
    }

    private func show(_ now: Date) {
        let elapsed = max(now.timeIntervalSince(started), 0.001)
        let rate = Double(done) / elapsed
        let left = rate > 0 ? Double(total - done) / rate : 0
        let status = "\(done)/\(total) files, \(Int(rate.rounded())) files/s, " + Self.duration(left) + " left"
        if console.errorIsTerminal {
            let width = 30
            let filled = total > 0 ? width * done / total : width
            let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
            console.writeError(Array("\r[\(bar)] \(status)\u{1B}[K".utf8))
        } else {
            console.error("import: " + status)
        }
    }

    /// Ends the live bar.
    func finish() {
        if console.errorIsTerminal { console.writeError(Array("\n".utf8)) }
    }

    /// "1:05", "12 s".
    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        return whole >= 60 ? String(format: "%d:%02d", whole / 60, whole % 60) : "\(whole) s"
    }
}
