import Foundation
@testable import SOPKitCLI
import Testing

/// Temporary names put together from bytes are the names that splitting and joining strings gave.
@Suite struct TemporaryNameTests {
    /// The reference: the name built with `String` operations, as before.
    static func nameByStrings(for path: String, number: UInt64) -> String {
        let processID = getpid()
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else {
            return "./.\(path).tmp-\(processID)-\(number)"
        }
        let folder = slash == path.startIndex ? "/" : String(path[..<slash])
        let name = path[path.utf8.index(after: slash)...]
        return FileSystem.join(folder, ".\(name).tmp-\(processID)-\(number)")
    }

    static let paths = [
        "", "a", "/", "//", "/a", "a/", "a/b", "a//b", "a///b", "/tmp/out/sops/x.json", "./a.md", "../b.csv",
        "ü/ø.html", "/é", "é/", "dir é/名前.json", "a/\u{301}b", "\u{301}/x",
    ]

    @Test(arguments: paths) func bytesAgreeWithStrings(_ path: String) {
        for number in [0, 1, 42, UInt64.max] {
            #expect(TemporaryFiles.name(for: path, number: number) == Self.nameByStrings(for: path, number: number), "\(path)")
        }
    }
}
