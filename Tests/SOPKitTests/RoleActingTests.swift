@testable import SOPKit
import Testing

/// `ReviewerRules.performsAnyStep(_:of:)`, which compares a role with the performers of the steps in
/// place, says what a set of every performer says: the same role once or twice, names equal only as
/// Unicode text (a precomposed and a decomposed "é"), empty names, no step or no performer.
@Suite struct RoleActingTests {
    static let roles = ["Staf", "Kepala Dinas", "Sekretaris Daerah", "Kasubbag Umum", "", "Caf\u{E9}", "Cafe\u{301}", "staf", "Ajudan ‘Bupati’"]

    /// Steps performed by these lists of performers.
    static let performerLists: [[[String]]] = [
        [],
        [[]],
        [["Staf"], [], ["Kepala Dinas", "Staf"]],
        [["Cafe\u{301}"], ["Sekretaris Daerah"]],
        [[""], ["Ajudan ‘Bupati’"], ["Kasubbag Umum", "Kasubbag Umum"]],
        [["Caf\u{E9}", "staf"]],
    ]

    @Test(arguments: performerLists.indices) func aRoleActsWhenASetOfEveryPerformerHoldsIt(_ index: Int) {
        let steps = Self.performerLists[index].enumerated().map { number, performers in
            Step(number: number + 1, activity: "Memeriksa", performers: performers, line: number + 1)
        }
        let acting = Set(steps.flatMap(\.performers))
        for role in Self.roles {
            #expect(ReviewerRules.performsAnyStep(role, of: steps) == acting.contains(role), "steps \(index), role \(role)")
        }
    }
}
