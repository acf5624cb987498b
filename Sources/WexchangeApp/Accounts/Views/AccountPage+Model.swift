import Foundation
import WexchangeCore

struct AccountPage {
    struct MembershipRow {
        let id: UUID
        let role: Role
        let organisationName: String
        let isCurrent: Bool
    }

    struct TokenRow {
        let id: UUID
        let label: String
        let role: String
        let createdAt: Date?
    }

    let viewer: Viewer
    let email: String
    let memberships: [MembershipRow]
    var tokens: [TokenRow] = []
    /// A token just created: shown this once.
    var newToken: String?
    var notice: String?
    var problem: FormProblem?
}
