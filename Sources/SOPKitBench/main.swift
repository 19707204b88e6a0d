import Foundation
import SOPKit

/// `sopkit-bench`: generates the benchmark corpus and measures SOPKit's stages.
///
///     sopkit-bench generate --from corpus --files 20000 --out DIR
///     sopkit-bench phases DIR          parse, parse + validate and each exporter on one core
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

switch arguments.first {
case "generate":
    guard let source = value("--from"), let out = value("--out"), let count = value("--files").flatMap(Int.init) else {
        fail("usage: sopkit-bench generate --from corpus --files N --out DIR")
    }
    let written = BenchCorpus.generate(from: textFiles(in: source), count: count, into: out)
    print("generated \(count) files, \(written) bytes in \(out)")
case "phases":
    guard arguments.count >= 2 else { fail("usage: sopkit-bench phases DIR") }
    let files = textFiles(in: arguments[1])
    let inputs = files.map { (path: $0, bytes: [UInt8](FileManager.default.contents(atPath: $0) ?? Data())) }
    let total = inputs.reduce(0) { $0 + $1.bytes.count }
    func measure(_ name: String, _ body: () -> Int) {
        let start = now()
        let sops = body()
        let seconds = now() - start
        let megabytes = Double(total) / 1_000_000
        print(String(format: "%-22@ %8.2f s %9.1f MB/s %10.0f SOPs/s", name as NSString, seconds, megabytes / seconds, Double(sops) / seconds))
    }
    print("\(inputs.count) files, \(total) bytes")
    measure("parse") { inputs.reduce(0) { $0 + SOPKit.parse($1.bytes, file: $1.path).sops.count } }
    measure("parse + validate") { inputs.reduce(0) { $0 + Validator.validate(SOPKit.parse($1.bytes, file: $1.path)).sops.count } }
    let documents = inputs.map { Validator.validate(SOPKit.parse($0.bytes, file: $0.path)) }
    let sops = documents.reduce(0) { $0 + $1.sops.count }
    for format in ExportFormat.allCases {
        measure("export " + format.rawValue) {
            _ = documents.reduce(0) { $0 + SOPKit.export($1, as: format).count }
            return sops
        }
    }
default:
    fail("usage: sopkit-bench generate|phases …")
}
