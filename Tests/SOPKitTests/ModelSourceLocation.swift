import SOPKit

/// The model's `SourceLocation`, named apart from Testing's type of the same name for tests that
/// write it in a type position.
typealias ModelSourceLocation = SourceLocation
