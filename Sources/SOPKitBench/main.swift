import Dispatch
import Foundation
import SOPKit

/// `sopkit-bench`: generates the benchmark corpus and measures SOPKit's stages in process.
///
///     sopkit-bench generate --from corpus --files 20000 --out DIR
///     sopkit-bench phases DIR [--jobs N]   parse, parse + validate and each exporter
///
/// `phases` reads every file first, then times each stage over all of them on N threads (default 1)
/// and prints one line per stage: name, seconds, MB/s, SOPs/s. Scripts read these lines
/// (scripts/bench); the last line gives the peak resident memory of the process.
let arguments = Array(CommandLine.arguments.dropFirst())

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data(("sopkit-bench: " + message + "\n").utf8))
    exit(2)
}

func value(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

/// The *.txt files below `folder`, sorted.
func textFiles(in folder: String) -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: folder) else { fail("cannot list \(folder)") }
    var files: [String] = []
    while let relative = enumerator.nextObject() as? String {
        if relative.hasSuffix(".txt"), !relative.contains("expected/"), !relative.contains("truth/") {
            files.append(folder + "/" + relative)
        }
    }
    return files.sorted()
}

func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// The peak resident memory of this process, in megabytes.
func peakMemoryMegabytes() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// Runs `body` for every index in `0..<count` on `jobs` threads and returns the sum of its results.
func sum(count: Int, jobs: Int, _ body: @Sendable (Int) -> Int) -> Int {
    guard jobs > 1 else { return (0..<count).reduce(0) { $0 + body($1) } }
    let lock = NSLock()
    nonisolated(unsafe) var total = 0
    let next = IndexCounter()
    DispatchQueue.concurrentPerform(iterations: jobs) { _ in
        var local = 0
        while true {
            let index = next.increment()
            guard index < count else { break }
            local += body(index)
        }
        lock.lock()
        total += local
        lock.unlock()
    }
    return total
}

/// A counter shared by the worker threads, handing out the next index.
final class IndexCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value - 1
    }
}

switch arguments.first {
case "generate":
    guard let source = value("--from"), let out = value("--out"), let count = value("--files").flatMap(Int.init) else {
        fail("usage: sopkit-bench generate --from corpus --files N --out DIR")
    }
    let written = BenchCorpus.generate(from: textFiles(in: source), count: count, into: out)
    guard written >= 0 else { fail("cannot write into \(out)") }
    print("generated \(count) files, \(written) bytes in \(out)")
case "phases":
    guard arguments.count >= 2 else { fail("usage: sopkit-bench phases DIR [--jobs N]") }
    let jobs = max(1, value("--jobs").flatMap(Int.init) ?? 1)
    let files = textFiles(in: arguments[1])
    let inputs = files.map { (path: $0, bytes: [UInt8](FileManager.default.contents(atPath: $0) ?? Data())) }
    let total = inputs.reduce(0) { $0 + $1.bytes.count }
    func measure(_ name: String, _ body: () -> Int) {
        let start = now()
        let sops = body()
        let seconds = now() - start
        let megabytes = Double(total) / 1_000_000
        let label = name.padding(toLength: 22, withPad: " ", startingAt: 0)
        print(label + String(format: "%8.2f s %9.1f MB/s %10.0f SOPs/s", seconds, megabytes / seconds, Double(sops) / seconds))
    }
    print("\(inputs.count) files, \(total) bytes, \(jobs) thread(s)")
    measure("parse") {
        sum(count: inputs.count, jobs: jobs) { SOPKit.parse(inputs[$0].bytes, file: inputs[$0].path).sops.count }
    }
    measure("parse + validate") {
        sum(count: inputs.count, jobs: jobs) {
            Validator.validate(SOPKit.parse(inputs[$0].bytes, file: inputs[$0].path)).sops.count
        }
    }
    if arguments.contains("--exporters") {
        let documents = inputs.map { Validator.validate(SOPKit.parse($0.bytes, file: $0.path)) }
        let sops = documents.reduce(0) { $0 + $1.sops.count }
        for format in ExportFormat.allCases {
            measure("export " + format.rawValue) {
                _ = sum(count: documents.count, jobs: jobs) { SOPKit.export(documents[$0], as: format).count }
                return sops
            }
        }
    }
    print(String(format: "peak memory %.0f MB", peakMemoryMegabytes()))
default:
    fail("usage: sopkit-bench generate|phases …")
}
