import Foundation
import SOPKit
import Synchronization

/// An I/O failure: the message names the path; the exit code is 2.
public struct IOError: Error, Sendable {
    /// What failed, with the path.
    public var message: String
}

/// File-system access for the commands: reading inputs, finding them in folders, writing atomically.
enum FileSystem {
    /// The size and modification time (nanoseconds since 1970) of a file: an input whose fingerprint is
    /// the same as in the last run is taken as unchanged.
    typealias Fingerprint = (modified: Int, size: Int)

    /// The bytes of the file at `path`.
    static func read(_ path: String) throws(IOError) -> [UInt8] {
        try readWithFingerprint(path).bytes
    }

    /// The bytes of the file at `path` and its fingerprint when it was opened: one `open`, one `fstat`,
    /// and reads into a buffer of the file's size (plus one byte, so that the read at its end returns 0
    /// without a second buffer) until the end of the file.
    static func readWithFingerprint(_ path: String) throws(IOError) -> (bytes: [UInt8], fingerprint: Fingerprint) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw IOError(message: "cannot read '\(path)': \(reason(for: path))")
        }
        defer { close(descriptor) }
        var information = stat()
        guard fstat(descriptor, &information) == 0 else {
            throw IOError(message: "cannot read '\(path)': \(String(cString: strerror(errno)))")
        }
        let fingerprint = Self.fingerprint(of: information)
        var bytes: [UInt8] = []
        var capacity = max(fingerprint.size, 0) + 1
        while true {
            var failure: Int32 = 0
            var reachedEnd = false
            let chunk = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                count = 0
                while count < buffer.count {
                    let result = systemRead(descriptor, buffer.baseAddress! + count, buffer.count - count)
                    if result > 0 {
                        count += result
                    } else if result == 0 {
                        reachedEnd = true
                        return
                    } else if errno != EINTR {
                        failure = errno
                        return
                    }
                }
            }
            guard failure == 0 else {
                throw IOError(message: "cannot read '\(path)': \(String(cString: strerror(failure)))")
            }
            if bytes.isEmpty { bytes = chunk } else { bytes += chunk }
            if reachedEnd { return (bytes, fingerprint) }
            capacity = max(capacity, 1 << 16)
        }
    }

    private static func reason(for path: String) -> String {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) { return "no such file or directory" }
        if isDirectory.boolValue { return "is a directory" }
        return "permission denied"
    }

    /// Whether `path` is an existing directory.
    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Whether something exists at `path`.
    static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    /// The files below `folder` whose names end with one of `extensions` (lower-cased), sorted by path,
    /// skipping hidden files and folders. Folders are descended into, symbolic links to folders are
    /// not (and are not listed), and folders that cannot be opened below `folder` are skipped. The
    /// listing reads each folder once and asks for a file's type only when the folder does not give it
    /// or the entry is a symbolic link. A `folder` that is itself a symbolic link lists nothing, as
    /// Foundation's directory enumerator, which this replaces, did.
    /// The paths are kept as one `PathList`, so a folder of many thousand files costs little more
    /// memory than its names.
    static func files(in folder: String, extensions: [String]) throws(IOError) -> PathList {
        var found = PathList(prefix: join(folder, ""))
        if isSymbolicLink(folder) { return found }
        guard let stream = opendir(folder) else { throw IOError(message: "cannot list '\(folder)'") }
        collectFiles(stream, folder: folder, extensions: extensions, into: &found)
        return found.sorted()
    }

    /// Whether `path`, without its trailing slashes, names a symbolic link.
    private static func isSymbolicLink(_ path: String) -> Bool {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        var information = stat()
        return lstat(String(trimmed), &information) == 0 && information.st_mode & S_IFMT == S_IFLNK
    }

    /// Adds the files of the open folder `stream` (at `folder`) and of its folders to `found`, and
    /// closes `stream`.
    private static func collectFiles(
        _ stream: OpaquePointer, folder: String, extensions: [String], into found: inout PathList
    ) {
        defer { closedir(stream) }
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(cString: bytes.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            guard !name.hasPrefix(".") else { continue }
            let path = join(folder, name)
            var type = Int32(entry.pointee.d_type)
            if type == Int32(DT_UNKNOWN) {
                var information = stat()
                guard lstat(path, &information) == 0 else { continue }
                switch information.st_mode & S_IFMT {
                case S_IFDIR: type = Int32(DT_DIR)
                case S_IFLNK: type = Int32(DT_LNK)
                default: type = Int32(DT_REG)
                }
            }
            if type == Int32(DT_DIR) {
                if let child = opendir(path) { collectFiles(child, folder: path, extensions: extensions, into: &found) }
                continue
            }
            let lower = name.lowercased()
            guard extensions.contains(where: { lower.hasSuffix($0) }) else { continue }
            if type == Int32(DT_LNK), isDirectory(path) { continue }
            found.append(path)
        }
    }

    /// `folder` and `name` joined by one slash.
    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// Creates `path` and its parents.
    static func createDirectory(_ path: String) throws(IOError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw IOError(message: "cannot create folder '\(path)': \(error.localizedDescription)")
        }
    }

    /// Writes `bytes` to `path` so that `path` holds either its old content or all of the new one,
    /// never a part.
    ///
    /// On Linux the bytes go into an anonymous file (`O_TMPFILE`) in `path`'s folder, linked under
    /// `path` once complete: one directory entry per new file instead of a temporary one and a
    /// rename, and nothing to remove if the run stops before the link, since an anonymous file
    /// vanishes with its descriptor. A link never replaces a file, so when `path` exists already the
    /// anonymous file is linked under a temporary name and renamed over it. Where the file system
    /// has no anonymous files, the bytes are written to a temporary file renamed into place.
    /// Temporary names are registered with `TemporaryFiles`, so an interrupted run removes them.
    /// `anonymousFile: false` skips the anonymous file (for tests of the other way).
    static func writeAtomically(_ bytes: some FileContents, to path: String, anonymousFile: Bool = true) throws(IOError) {
        #if os(Linux)
        let anonymous = anonymousFile ? open(folder(of: path), anonymousFileFlags | O_WRONLY | O_CLOEXEC, 0o644) : -1
        if anonymous >= 0 {
            defer { close(anonymous) }
            guard bytes.withFileBytes({ buffer in writeFully(anonymous, buffer) }) else {
                throw IOError(message: "cannot write '\(path)': \(String(cString: strerror(errno)))")
            }
            if link(anonymous: anonymous, as: path) { return }
            if errno == EEXIST {
                try replace(path) { temporary in link(anonymous: anonymous, as: temporary) }
                return
            }
        }
        #endif
        try replace(path) { temporary in
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { return false }
            let written = bytes.withFileBytes { buffer in writeFully(descriptor, buffer) }
            let closed = close(descriptor) == 0
            return written && closed
        }
    }

    /// Puts a file at `path` through a temporary name in the same folder: `create` makes the file
    /// under the name it is given (false on an error, with `errno` set), which is then renamed to
    /// `path`. The temporary name is registered with `TemporaryFiles` meanwhile, and removed on an error.
    private static func replace(_ path: String, create: (String) -> Bool) throws(IOError) {
        let temporary = TemporaryFiles.name(for: path)
        TemporaryFiles.register(temporary)
        defer { TemporaryFiles.unregister(temporary) }
        guard create(temporary), rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw IOError(message: "cannot write '\(path)': \(reason)")
        }
    }

    #if os(Linux)
    /// Gives the anonymous file open as `descriptor` the name `path` (false on an error, with `errno`
    /// set; `EEXIST` when `path` exists). The link is made from the descriptor itself
    /// (`AT_EMPTY_PATH`), which Linux allows without privileges since 6.10 and which saves resolving
    /// a `/proc` path for every file; where that is refused (`ENOENT`), through `/proc/self/fd`.
    private static func link(anonymous descriptor: Int32, as path: String) -> Bool {
        if linkat(descriptor, "", AT_FDCWD, path, emptyPathFlag) == 0 { return true }
        guard errno == ENOENT else { return false }
        return linkat(AT_FDCWD, "/proc/self/fd/\(descriptor)", AT_FDCWD, path, AT_SYMLINK_FOLLOW) == 0
    }

    /// `O_TMPFILE` of <fcntl.h> (`__O_TMPFILE | O_DIRECTORY`), a macro that Swift does not import.
    private static let anonymousFileFlags: Int32 = 0o20000000 | O_DIRECTORY

    /// `AT_EMPTY_PATH` of <fcntl.h>, which Swift does not import (glibc defines it only with `_GNU_SOURCE`).
    private static let emptyPathFlag: Int32 = 0x1000
    #endif

    /// The folder part of `path`: up to its last slash (`/` for a file in the root), or `.`.
    static func folder(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "." }
        return slash == path.utf8.startIndex ? "/" : String(path[..<slash])
    }

    /// Writes all of `buffer` to `descriptor`, retrying short writes; false on an error.
    static func writeFully(_ descriptor: Int32, _ buffer: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset < buffer.count {
            let result = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if result < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += result
        }
        return true
    }

    /// The fingerprint of the file at `path`, or nil.
    static func fingerprint(_ path: String) -> Fingerprint? {
        var information = stat()
        guard stat(path, &information) == 0 else { return nil }
        return fingerprint(of: information)
    }

    private static func fingerprint(of information: stat) -> Fingerprint {
        let modified = Int(information.st_mtim.tv_sec) * 1_000_000_000 + Int(information.st_mtim.tv_nsec)
        return (modified, Int(information.st_size))
    }
}

/// The C library's `read`, which `FileSystem.read` hides inside `FileSystem`.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

/// The temporary files being written, so that an interrupted run can remove them: a file is either
/// complete under its final name or not there at all.
enum TemporaryFiles {
    nonisolated(unsafe) private static var paths: Set<String> = []
    private static let lock = NSLock()

    /// Numbers the temporary files of this process.
    private static let counter = Atomic<UInt64>(0)

    /// This process's id, asked for once.
    private static let processID = getpid()

    /// The temporary name for writing the file `path`: hidden, in the same folder, unique to this
    /// process (its process id and a running number).
    static func name(for path: String) -> String {
        name(for: path, number: counter.add(1, ordering: .relaxed).newValue)
    }

    /// The temporary name for writing the file `path` with the running number `number`, put together
    /// from bytes: the folder (`/` for the root, `.` when there is none) joined as `FileSystem.join`
    /// joins, then a dot, the file's name and the suffix.
    static func name(for path: String, number: UInt64) -> String {
        let suffix = ".tmp-\(processID)-\(number)"
        var path = path
        let bytes = path.withUTF8 { utf8 -> [UInt8] in
            var bytes: [UInt8] = []
            bytes.reserveCapacity(utf8.count + suffix.utf8.count + 3)
            if let slash = utf8.lastIndex(of: UInt8(ascii: "/")) {
                let folderEndsWithSlash = slash > 0 && utf8[slash - 1] == UInt8(ascii: "/")
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[..<(folderEndsWithSlash ? slash : slash + 1)]))
                bytes.append(UInt8(ascii: "."))
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[(slash + 1)...]))
            } else {
                bytes.append(contentsOf: "./.".utf8)
                bytes.append(contentsOf: utf8)
            }
            return bytes
        }
        return String(decoding: bytes + suffix.utf8, as: UTF8.self)
    }

    /// Whether a file name is one of SOPKit's temporary files (left by a process that was killed).
    static func isTemporary(_ name: String) -> Bool {
        name.hasPrefix(".") && name.contains(".tmp-")
    }

    static func register(_ path: String) {
        lock.lock()
        paths.insert(path)
        lock.unlock()
    }

    static func unregister(_ path: String) {
        lock.lock()
        paths.remove(path)
        lock.unlock()
    }

    /// Removes every registered temporary file.
    static func removeAll() {
        lock.lock()
        for path in paths { unlink(path) }
        paths.removeAll()
        lock.unlock()
    }

    /// Removes temporary files that a killed run left in `folder` (not below it).
    static func removeStale(in folder: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where isTemporary(name) { unlink(FileSystem.join(folder, name)) }
    }
}

/// A file written piece by piece under a temporary name and renamed into place when complete
/// (`commit`); removed if the run stops before.
final class StreamingFile {
    let path: String
    private let temporary: String
    private var descriptor: Int32
    private var buffer: [UInt8] = []

    /// Opens the temporary file for `path`.
    init(path: String) throws(IOError) {
        self.path = path
        temporary = TemporaryFiles.name(for: path)
        descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw IOError(message: "cannot write '\(path)': \(String(cString: strerror(errno)))")
        }
        TemporaryFiles.register(temporary)
        buffer.reserveCapacity(1 << 16)
    }

    /// Appends bytes (buffered).
    func append(_ bytes: [UInt8]) throws(IOError) {
        buffer += bytes
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Appends text.
    func append(_ text: String) throws(IOError) { try append(Array(text.utf8)) }

    private func flush() throws(IOError) {
        let written = buffer.withUnsafeBytes { FileSystem.writeFully(descriptor, $0) }
        guard written else { throw IOError(message: "cannot write '\(path)': \(String(cString: strerror(errno)))") }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes what is buffered and renames the file into place.
    func commit() throws(IOError) {
        try flush()
        close(descriptor)
        descriptor = -1
        defer { TemporaryFiles.unregister(temporary) }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw IOError(message: "cannot write '\(path)': \(reason)")
        }
    }

    deinit {
        if descriptor >= 0 {
            close(descriptor)
            unlink(temporary)
            TemporaryFiles.unregister(temporary)
        }
    }
}

/// Bytes that `FileSystem.writeAtomically` writes: an array, or an exporter's buffer read in place.
protocol FileContents {
    /// Calls `body` with the bytes.
    func withFileBytes<Result>(_ body: (UnsafeRawBufferPointer) -> Result) -> Result
}

extension ExportedBytes: FileContents {
    func withFileBytes<Result>(_ body: (UnsafeRawBufferPointer) -> Result) -> Result { withUnsafeBytes(body) }
}

extension Array: FileContents where Element == UInt8 {
    func withFileBytes<Result>(_ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        withUnsafeBufferPointer { body(UnsafeRawBufferPointer($0)) }
    }
}
