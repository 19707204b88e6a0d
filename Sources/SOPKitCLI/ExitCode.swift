/// The exit codes of the contract.
public enum ExitCode: Int32, Sendable {
    /// Everything went well.
    case success = 0
    /// Some input had errors (convert, validate) or failed (import).
    case inputErrors = 1
    /// A usage or I/O error.
    case usage = 2
}
