import Foundation
import WexchangeCore

/// Personal API tokens, on their own page, for the roles whose work other systems do.
struct APITokensPage {
    struct TokenRow {
        let id: UUID
        let label: String
        let role: String
        let createdAt: Date?
    }

    let viewer: Viewer
    var tokens: [TokenRow] = []
    /// A token just created: shown this once.
    var newToken: String?
    var problem: FormProblem?
}
