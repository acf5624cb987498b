import Foundation
import Hummingbird
import WexchangeCore

/// Accreditation badges: the management page and its API twin. Access is decided by the routes.
struct BadgesController: Sendable {
    let services: AppServices

    @Sendable func page(_ request: Request, context: AppRequestContext) async throws -> Response {
        let notice: String? =
            switch request.queryValue("done") {
            case "granted": "Badge granted. It shows in search now."
            case "revoked": "Badge revoked."
            default: nil
            }
        return try await render(context, notice: notice)
    }

    @Sendable func grantFromPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        let form = try await FormBody.read(&request)
        guard let identity = context.identity else { throw AppError.unauthorised }
        do {
            let provider = try await services.badges.provider(named: form["provider"] ?? "")
            try await services.badges.grant(
                providerId: provider, name: form["name"], expires: form["expires"], evidence: form["evidence"], by: identity)
            return Response.redirect(to: BadgeRoutes.badges.link + "?done=granted")
        } catch let error as AppError where error.status == .badRequest {
            let values = Dictionary(form.pairs, uniquingKeysWith: { _, last in last })
            return try await render(context, form: values, problem: FormProblem(error), status: .badRequest)
        }
    }

    @Sendable func revokeFromPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        let form = try await FormBody.read(&request)
        guard let identity = context.identity else { throw AppError.unauthorised }
        do {
            try await services.badges.revoke(try context.uuidParameter("id", what: "badge"), reason: form["reason"], by: identity)
            return Response.redirect(to: BadgeRoutes.badges.link + "?done=revoked")
        } catch let error as AppError where [400, 409].contains(error.status.code) {
            return try await render(context, problem: FormProblem(error), status: error.status)
        }
    }

    private func render(
        _ context: AppRequestContext, form: [String: String] = [:], notice: String? = nil, problem: FormProblem? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        guard let identity = context.identity, let viewer = Viewer(identity) else { throw AppError.unauthorised }
        let rows = try await services.badges.badges(for: identity)
        return HTMLResponse.page(BadgesPage(viewer: viewer, rows: rows, form: form, notice: notice, problem: problem), status: status)
    }

    // MARK: API

    struct GrantedDTO: Encodable, ResponseEncodable { let id: String }

    struct GrantDTO: Decodable {
        let name: String?
        let expires: String?
        let evidence: String?
    }

    struct RevokeDTO: Decodable { let reason: String? }

    @Sendable func grant(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity else { throw AppError.unauthorised }
        let provider = try context.uuidParameter("id", what: "provider")
        guard services.catalogue.index.providers[provider] != nil else { throw AppError.notFound("provider \(provider)") }
        let body = try await JSONBody.decode(GrantDTO.self, from: request, context: context)
        let id = try await services.badges.grant(
            providerId: provider, name: body.name, expires: body.expires, evidence: body.evidence, by: identity)
        return try EditedResponse(status: .created, response: GrantedDTO(id: id.uuidString.lowercased())).response(
            from: request, context: context)
    }

    @Sendable func revoke(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity else { throw AppError.unauthorised }
        let body = try await JSONBody.decode(RevokeDTO.self, from: request, context: context)
        try await services.badges.revoke(try context.uuidParameter("id", what: "badge"), reason: body.reason, by: identity)
        return Response(status: .noContent)
    }
}
