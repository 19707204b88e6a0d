import Foundation

/// An I/O failure: the message names the path; the exit code is 2.
public struct IOError: Error, Sendable {
    /// What failed, with the path.
    public var message: String
}

/// File-system access for the commands: reading inputs, finding them in folders, writing atomically.
enum FileSystem {
    /// The bytes of the file at `path`.
    static func read(_ path: String) throws(IOError) -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw IOError(message: "cannot read '\(path)': \(reason(for: path))")
        }
        defer { try? handle.close() }
        do {
            let data = try handle.readToEnd() ?? Data()
            return [UInt8](data)
        } catch {
            throw IOError(message: "cannot read '\(path)': \(error.localizedDescription)")
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
    /// skipping hidden files and folders.
    static func files(in folder: String, extensions: [String]) throws(IOError) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else {
            throw IOError(message: "cannot list '\(folder)'")
        }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                if FileSystem.isDirectory(join(folder, relative)) { enumerator.skipDescendants() }
                continue
            }
            let lower = name.lowercased()
            guard extensions.contains(where: { lower.hasSuffix($0) }) else { continue }
            let path = join(folder, relative)
            if !isDirectory(path) { found.append(path) }
        }
        return found.sorted()
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

    /// Writes `bytes` to `path` through a temporary file in the same folder renamed into place, so
    /// that `path` holds either its old content or all of the new one, never a part.
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws(IOError) {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = join(folder.isEmpty ? "." : folder, ".\(name).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        let created = FileManager.default.createFile(atPath: temporary, contents: Data(bytes))
        guard created else { throw IOError(message: "cannot write '\(path)'") }
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw IOError(message: "cannot write '\(path)': \(reason)")
        }
    }
}
