/// Recognises how Indonesian officials' names are written: with academic degrees and honorifics
/// ("H. YAN ERY, S.Pt, M.Si", "Ir. Win Rizal, M.E.", "HERI ADIWIJAYA, SE").
public enum PersonName {
    private static let degrees: Set<String> = [
        "spt", "sh", "se", "msi", "mm", "ssos", "skom", "st", "mt", "sip", "mpd", "spd", "dr", "drs", "dra", "ir",
        "h", "hj", "amd", "me", "mkes", "skep", "ns", "skm", "map", "mak", "sak", "msc", "phd", "mh", "mp", "ssi",
        "stp", "spsi", "sstp", "mtp", "ap", "mkom", "sp", "mba", "ak", "psi", "ssit", "sstr", "str", "apt", "sfarm",
        "mfarm", "sked", "skg", "drg", "sth", "shi", "mag", "sag", "mhum", "shum", "sds", "mds", "sn", "ssn", "msn",
        "mtr", "ssy", "sag", "mpa", "msp", "mec", "mecdev", "sst", "msm", "mkn", "spdi", "mpdi", "sei", "mei", "sthi",
        "ipu", "cpa", "mars", "sphil", "sgz", "sstat", "mstat", "skeb", "bsc", "ba", "ma", "mse", "sa", "ssa",
    ]

    /// Whether `text` holds an academic degree or honorific token such as "S.Pt", "M.Si", "Ir.".
    public static func hasDegree(_ text: some StringProtocol) -> Bool {
        for token in text.split(whereSeparator: { $0 == " " || $0 == "," }) {
            guard token.count <= 8, token.first?.isUppercase == true else { continue }
            let folded = String(token.filter(\.isLetter)).lowercased()
            guard degrees.contains(folded) else { continue }
            if token.contains(".") || token.count <= 4 { return true }
        }
        return false
    }

    /// Whether `text` looks like a person's name with degrees: a degree token and a comma, or an
    /// upper-case name of two to six words.
    public static func looksLikeName(_ text: some StringProtocol) -> Bool {
        let words = FoldedKey.spaceSeparated(Substring(text))
        guard !words.isEmpty, words.count <= 10 else { return false }
        let visible = words.joined()
        guard visible.filter(\.isLetter).count * 10 >= visible.count * 6 else { return false }
        if hasDegree(text), text.contains(",") || text.contains(".") { return true }
        let letters = words.joined().filter(\.isLetter)
        return words.count >= 2 && words.count <= 6 && !letters.isEmpty && letters.allSatisfy(\.isUppercase)
    }

    /// Splits "Plt. Inspektur Kab. Landak, HERI ADIWIJAYA, SE" into position and name: the name starts
    /// after the first comma that is followed by an upper-case word or an honorific. Nil when there is
    /// no such comma.
    public static func splitPositionAndName(_ text: String) -> (position: String, name: String)? {
        var searchStart = text.startIndex
        while let comma = text[searchStart...].firstIndex(of: ",") {
            let after = text[text.index(after: comma)...].drop { $0 == " " }
            let firstWord = after.prefix { $0 != " " && $0 != "," }
            let letters = firstWord.filter(\.isLetter)
            let honorific = ["h", "hj", "dr", "drs", "dra", "ir", "prof"].contains(letters.lowercased())
                && firstWord.hasSuffix(".")
            if (letters.count >= 2 && letters.allSatisfy(\.isUppercase) && !hasDegree(firstWord)) || honorific {
                let position = TextFolding.trim(text[..<comma])
                let name = TextFolding.trim(after)
                if !position.isEmpty, !name.isEmpty { return (position, name) }
            }
            searchStart = text.index(after: comma)
        }
        return nil
    }
}
