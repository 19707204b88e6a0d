/// The buffers the performer inference reads activities into: the words of one activity
/// (`RoleText.Reading`) and its canonical tokens for the role scan (`RoleText`), each read into again
/// for the next activity (`reread`). They are kept from SOP to SOP (`take`, `keep`), so that a worker
/// allocates them, and grows them to the longest activity it reads, once rather than once per SOP.
/// What is read into them does not depend on what they held before.
struct ActivityScratch {
    /// The words of the activity being read.
    var reading = RoleText.Reading("")
    /// The canonical tokens of the activity being read, read into for each activity that may mention a role.
    var tokens = RoleText(RoleText.Reading(""))

    /// The most bytes of text a kept scratch may have room for: one that grew past it for a very long
    /// activity is dropped rather than kept.
    static let largestKeptText = 1 << 16

    /// The scratches SOPs read so far left for the SOPs after them: at most one per thread reading
    /// files at the same time, on any machine this runs on.
    private static let kept = ReusePool<ActivityScratch>(capacity: 16)

    /// A scratch that an SOP read before left, else a new one.
    static func take() -> ActivityScratch {
        kept.take { ActivityScratch() }
    }

    /// Keeps `scratch` for an SOP read after it, unless it grew past `largestKeptText`.
    static func keep(_ scratch: ActivityScratch) {
        guard scratch.reading.folded.capacity <= largestKeptText else { return }
        kept.giveBack(scratch)
    }
}
