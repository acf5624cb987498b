import Foundation
import WexchangeCore

struct AccountPage {
    struct MembershipRow {
        let id: UUID
        let role: Role
        let organisationName: String
        let isCurrent: Bool
    }

    let viewer: Viewer
    let email: String
    let memberships: [MembershipRow]
    var notice: String?
    var problem: FormProblem?
}
