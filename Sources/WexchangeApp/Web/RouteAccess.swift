import Foundation
import Hummingbird
import WexchangeCore

/// What a route needs before its handler runs. Every route declares one when it is registered,
/// and `AccessPolicy` decides; handlers never decide for themselves.
enum RouteAccess: Sendable, CustomStringConvertible {
    /// Anyone, signed in or not: search, reading published listings, the sign-in form.
    case anyone
    /// An action that names no particular resource (the moderation queue, one's own account).
    case action(AccessAction)
    /// An action on the resource the request names, described for the route table. The closure
    /// loads the facts the policy needs (throwing 404 when there is no such resource).
    case resource(String, @Sendable (Request, AppRequestContext) async throws -> AccessAction)

    /// An action on the listing named by the route's `{id}`.
    static func listing(
        _ description: String, _ services: AppServices, _ action: @escaping @Sendable (ListingFacts) -> AccessAction
    ) -> RouteAccess {
        .resource("\(description)(the listing)") { _, context in
            let id = try context.uuidParameter("id", what: "opportunity")
            return action(try await services.listingFacts.facts(id).facts)
        }
    }

    var description: String {
        switch self {
        case .anyone: "anyone"
        case .action(let action): "\(action)"
        case .resource(let description, _): description
        }
    }

    func check(_ request: Request, _ context: AppRequestContext) async throws {
        let decision: AccessDecision =
            switch self {
            case .anyone: .allowed
            case .action(let action): AccessPolicy.decide(context.requester, action)
            case .resource(_, let load): AccessPolicy.decide(context.requester, try await load(request, context))
            }
        switch decision {
        case .allowed: return
        case .signInRequired:
            throw AppError(.unauthorized, code: "sign_in_required", message: "sign in first")
        case .forbidden:
            throw AppError.forbidden("your role (\(context.identity?.role.rawValue ?? "none")) may not do this")
        case .hidden:
            throw AppError(.notFound, code: "not_found", message: "there is nothing at this address")
        }
    }
}
