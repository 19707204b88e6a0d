import Foundation

/// A program SOPKit runs to read PDFs, and the Debian package that installs it.
public enum ExternalTool: String, Sendable, CaseIterable {
    case pdftotext, pdftocairo, pdftoppm, tesseract

    /// The Debian packages to install for the tool.
    public var debianPackages: [String] {
        switch self {
        case .pdftotext, .pdftocairo, .pdftoppm: ["poppler-utils"]
        case .tesseract: ["tesseract-ocr", "tesseract-ocr-ind"]
        }
    }

    /// The executable on `PATH`, or nil when it is not installed.
    public func locate(path: String? = ProcessInfo.processInfo.environment["PATH"]) -> String? {
        for folder in (path ?? "").split(separator: ":") where !folder.isEmpty {
            let candidate = folder + "/" + rawValue
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// The error for a missing tool, naming the package to install.
    public var missingError: ToolError {
        let packages = debianPackages.joined(separator: " ")
        return ToolError(message: "\(rawValue) not found: install the Debian package\(debianPackages.count > 1 ? "s" : "") \(packages) (apt-get install \(packages))")
    }
}

/// A failure to run an external tool.
public struct ToolError: Error, Sendable, Hashable {
    /// A sentence for the user.
    public var message: String

    /// Creates an error.
    public init(message: String) { self.message = message }
}
