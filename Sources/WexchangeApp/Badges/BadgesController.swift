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
        return try await render(context, search: request.queryValue("search"), page: request.queryValue("page"), notice: notice)
    }

    @Sendable func grantFromPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        let form = try await FormBody.read(&request)
        guard let identity = context.identity else { throw AppError.unauthorised }
        do {
            let provider = try await services.badges.provider(named: form["provider"] ?? "")
            try await services.badges.grant(
                providerId: provider, name: form["name"], expires: DateInput.read("expires", from: form), evidence: form["evidence"],
                by: identity)
            return Response.redirect(to: BadgeRoutes.badges.link + "?done=granted")
        } catch let error as AppError where error.status == .badRequest {
            var values = Dictionary(form.pairs, uniquingKeysWith: { _, last in last })
            values["expires"] = DateInput.read("expires", from: form)
            return try await render(context, form: values, problem: FormProblem(error), status: .badRequest)
        }
    }

    /// `GET /badges/{id}/revoke`: asks why, and says what revoking does, before doing it.
    @Sendable func confirmRevoke(_ request: Request, context: AppRequestContext) async throws -> Response {
        HTMLResponse.page(try await revokeConfirmation(context))
    }

    @Sendable func revokeFromPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        let form = try await FormBody.read(&request)
        guard let identity = context.identity else { throw AppError.unauthorised }
        let reason = form[ConfirmationPage.reasonField]
        do {
            try await services.badges.revoke(try context.uuidParameter("id", what: "badge"), reason: reason, by: identity)
            return Response.redirect(to: BadgeRoutes.badges.link + "?done=revoked")
        } catch let error as AppError where error.status == .badRequest {
            return HTMLResponse.page(
                try await revokeConfirmation(context, reason: reason, problem: FormProblem(error)), status: .badRequest)
        } catch let error as AppError where error.status == .conflict {
            return try await render(context, problem: FormProblem(error), status: error.status)
        }
    }

    private func revokeConfirmation(
        _ context: AppRequestContext, reason: String? = nil, problem: FormProblem? = nil
    ) async throws
        -> ConfirmationPage
    {
        guard let viewer = Viewer(context.identity) else { throw AppError.unauthorised }
        let id = try context.uuidParameter("id", what: "badge")
        let badge = try await services.badges.badge(id)
        guard badge.revokedAt == nil else {
            throw AppError(.conflict, code: "already_revoked", message: "This badge was already revoked")
        }
        return ConfirmationPage(
            viewer: viewer, heading: "Revoke “\(badge.name)” from \(badge.providerName)?",
            consequences: [
                "The badge stops showing on \(badge.providerName)’s listings, and in the accredited filter, at once.",
                "The provider is not sent your reason, but national admins see it in the audit log.",
                "It cannot be undone: to restore it, grant a new badge.",
            ],
            action: BadgeRoutes.revoke.link(id), confirmLabel: "Revoke badge", back: BadgeRoutes.badges.link,
            reason: .init(
                label: "Why are you revoking it?", hint: "For example: the accreditation lapsed on 1 March 2027.", value: reason),
            problem: problem)
    }

    private func render(
        _ context: AppRequestContext, search: String? = nil, page: String? = nil, form: [String: String] = [:], notice: String? = nil,
        problem: FormProblem? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        guard let identity = context.identity, let viewer = Viewer(identity) else { throw AppError.unauthorised }
        let (rows, pagination) = try await services.badges.badges(for: identity, search: search, page: page)
        return HTMLResponse.page(
            BadgesPage(
                viewer: viewer, rows: rows, pagination: pagination, search: search, form: form, notice: notice, problem: problem),
            status: status)
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
