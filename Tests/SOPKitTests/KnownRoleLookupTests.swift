@testable import SOPKit
import Testing

/// `OCRRoleEvidence.indexOfKnownRole`, which skips hashing names whose first byte and length no known
/// role name has, answers as the dictionary lookup it stands before, on every known role name and on
/// names one byte shorter or longer, in other cases, empty, very long, with tabs and non-ASCII bytes.
@Suite struct KnownRoleLookupTests {
    /// Every known role name, and names that differ from them by little.
    static let names: [String] = {
        var names = ["", " ", "\t", "Lurah", "lurah", "LURAH", "Camat\t", "Kepala Dinas ", "Kepala\tDinas",
                     "Kepala Dinas—", "Kepala Désa", "Kasi Kesejahteraan Sosial", "Kasi\u{A0}Umum", "’Lurah",
                     "é", String(repeating: "Kepala Dinas ", count: 20), String(repeating: "K", count: 63),
                     String(repeating: "K", count: 64)]
        for role in RoleVocabulary.knownRoles {
            names += [role, String(role.dropLast()), role + "s", role.lowercased(), role.uppercased(), role + "é", " " + role]
        }
        return names
    }()

    @Test func lookupAgreesWithTheDictionary() {
        for name in Self.names {
            #expect(OCRRoleEvidence.indexOfKnownRole(name) == OCRRoleEvidence.knownRoleIndex[name], "\(name.debugDescription)")
        }
    }

    @Test func everyKnownRoleIsFound() {
        for role in RoleVocabulary.knownRoles {
            #expect(OCRRoleEvidence.indexOfKnownRole(role) != nil, "\(role)")
        }
    }
}
