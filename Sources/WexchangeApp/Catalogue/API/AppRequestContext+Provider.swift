import FluentKit
import Foundation
import Hummingbird
import WexchangeCore
import WexchangeSearch

extension AppRequestContext {
    /// The provider the caller acts for. Routes that call this declare `manageOwnListings` or
    /// `editListing`, so the policy has already checked the caller is a provider.
    func providerId() throws -> UUID {
        guard let identity, identity.role.organisationKind == .provider else { throw AppError.forbidden("only a provider may do this") }
        return identity.organisationId
    }
}
