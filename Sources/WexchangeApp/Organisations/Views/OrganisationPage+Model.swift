import Foundation
import WexchangeCore

/// "My organisation": its members and, for those who administer it, inviting and removing.
struct OrganisationPage {
    let viewer: Viewer
    let members: [InvitationService.Member]
    let canManage: Bool
    let kind: OrganisationKind
    var schools: [OrganisationModel] = []
    var form: [String: String] = [:]
    var notice: String?
    var problem: FormProblem?
}
