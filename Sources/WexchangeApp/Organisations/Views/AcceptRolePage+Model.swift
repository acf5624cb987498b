import Foundation
import WexchangeCore

/// An invitation to someone who already has an account: the role on offer and a button to accept.
struct AcceptRolePage {
    let offer: InvitationService.Offer
    let action: String
    let csrf: String
}
