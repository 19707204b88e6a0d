/// The role names of an SOP, or the performers of a step, searched where they stand.
extension Array where Element == String {
    /// Whether `name` is one of the names (`contains(_:)`), each compared where it stands in the array:
    /// iterating the array would copy each name, a retain and a release.
    func containsInPlace(_ name: String) -> Bool {
        withUnsafeBufferPointer { names in
            for index in names.indices where names[index] == name { return true }
            return false
        }
    }
}

/// The roles of an SOP's header that perform a step, noted by their place among the roles as `RoleRules`
/// looks up each step's performers among them, so that `ReviewerRules` finds the roles that perform no
/// step without reading the steps again. Of a header of more than `notedCount` roles nothing is noted:
/// each role is then looked for among the performers of the steps.
struct ActingRoles {
    /// The most roles whose places are noted, one bit each.
    static let notedCount = 64

    /// The roles of the header.
    private let roles: [String]
    /// Bit `place` set when a performer was found to be the role at `place`, the first role equal to it.
    private var acting: UInt64 = 0

    /// No role acting yet, among `roles`.
    init(roles: [String]) {
        self.roles = roles
    }

    /// The roles of `sop` with the performers of its steps noted.
    init(performersOf sop: SOP) {
        self.init(roles: sop.roles)
        sop.steps.withUnsafeBufferPointer { steps in
            for index in steps.indices {
                for performer in steps[index].performers.indices { _ = note(steps[index].performers[performer]) }
            }
        }
    }

    /// Whether `performer` is one of the roles (`containsInPlace`, each role compared where it stands);
    /// the first role equal to it is noted as acting.
    @inline(__always)
    mutating func note(_ performer: String) -> Bool {
        let found: Int? = roles.withUnsafeBufferPointer { roles in
            for place in roles.indices where roles[place] == performer { return place }
            return nil
        }
        guard let found else { return false }
        if found < Self.notedCount { acting |= 1 << UInt64(found) }
        return true
    }

    /// Whether the role at `place` performs one of `steps`, the steps whose performers were noted: it was
    /// noted, or it is equal to an earlier role that was (a performer is noted as the first of the
    /// roles equal to it).
    func performsAnyStep(roleAt place: Int, of steps: [Step]) -> Bool {
        guard roles.count <= Self.notedCount else { return ReviewerRules.performsAnyStep(roles[place], of: steps) }
        if acting >> UInt64(place) & 1 == 1 { return true }
        return roles.withUnsafeBufferPointer { roles in
            for earlier in 0..<place where acting >> UInt64(earlier) & 1 == 1 && roles[earlier] == roles[place] { return true }
            return false
        }
    }
}
