/// One item of Dasar Hukum: the text as written and what could be read from it.
public struct LegalReference: Sendable, Hashable {
    /// The item as written, whitespace-normalised.
    public var text: String
    /// The kind of regulation, e.g. "Undang-Undang", "Peraturan Menteri", "Peraturan Bupati".
    public var kind: String?
    /// The number as written ("36", "PER/21/M.PAN/11/2008").
    public var number: String?
    /// The year of enactment.
    public var year: Int?
    /// What it regulates (the text after "tentang").
    public var subject: String?

    /// Creates a reference.
    public init(text: String, kind: String? = nil, number: String? = nil, year: Int? = nil, subject: String? = nil) {
        self.text = text
        self.kind = kind
        self.number = number
        self.year = year
        self.subject = subject
    }
}
