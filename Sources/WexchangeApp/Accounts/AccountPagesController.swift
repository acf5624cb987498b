import FluentKit
import Foundation
import Hummingbird
import WexchangeCore

/// Sign-in, sign-out and one's own account: switching role, changing password.
struct AccountPagesController: Sendable {
    let services: AppServices

    @Sendable func signInForm(_ request: Request, context: AppRequestContext) async throws -> Response {
        if context.identity != nil { return Response.redirect(to: AccountRoutes.home.link) }
        return CSRF.formPage(request, context) { SignInPage(next: Redirect.safeNext(request.queryValue("next")), csrf: $0) }
    }

    @Sendable func signIn(_ request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        let form = try await FormBody.read(&request)
        let email = form["email"] ?? "", next = Redirect.safeNext(form["next"])
        do {
            let signedIn = try await services.authenticator.signIn(
                email: email, password: form["password"] ?? "", address: context.remoteAddress)
            var response = Response.redirect(to: next ?? AccountRoutes.home.link)
            response.setCookie(
                Cookies.make(
                    IdentityMiddleware.sessionCookie, signedIn.sessionToken, secure: context.isSecure,
                    maxAge: Int(AuthenticationService.sessionLifetime)))
            return response
        } catch let error as AppError where [400, 401, 403, 429].contains(error.status.code) {
            let page = SignInPage(email: email, next: next, csrf: form[CSRF.field] ?? "", problem: FormProblem(error))
            return HTMLResponse.page(page, status: error.status)
        }
    }

    @Sendable func signOut(_ request: Request, context: AppRequestContext) async throws -> Response {
        if let session = context.identity?.sessionId { try await services.authenticator.signOut(sessionId: session) }
        var response = Response.redirect(to: CatalogueRoutes.search.link)
        response.setCookie(Cookies.expired(IdentityMiddleware.sessionCookie, secure: context.isSecure))
        return response
    }

    @Sendable func account(_ request: Request, context: AppRequestContext) async throws -> Response {
        let notice: String? =
            switch (request.queryValue("changed"), request.queryValue("accepted")) {
            case ("password", _): "Your password has been changed. You are signed out everywhere else."
            case (_, .some): "You have accepted the role: choose it below to act in it."
            default: nil
            }
        return try await accountPage(context, notice: notice)
    }

    @Sendable func switchMembership(_ request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        let form = try await FormBody.read(&request)
        guard let identity = context.identity, let session = identity.sessionId else { throw AppError.unauthorised }
        guard let membershipId = form["membership_id"].flatMap(UUID.init(uuidString:)) else {
            throw AppError(.badRequest, code: "invalid", message: "choose a role to act as", field: "membership_id")
        }
        try await services.authenticator.switchMembership(sessionId: session, userId: identity.userId, to: membershipId)
        return Response.redirect(to: AccountRoutes.account.link)
    }

    @Sendable func changePassword(_ request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        let form = try await FormBody.read(&request)
        guard let identity = context.identity else { throw AppError.unauthorised }
        do {
            let token = try await services.passwords.change(
                userId: identity.userId, membershipId: identity.membershipId,
                current: form["current_password"] ?? "",
                new: form["password"] ?? "",
                revokeTokens: form["revoke_tokens"] == "true")
            var response = Response.redirect(to: AccountRoutes.account.link + "?changed=password")
            response.setCookie(
                Cookies.make(
                    IdentityMiddleware.sessionCookie, token, secure: context.isSecure, maxAge: Int(AuthenticationService.sessionLifetime)))
            return response
        } catch let error as AppError where error.status == .badRequest {
            return try await accountPage(context, problem: FormProblem(error), status: .badRequest)
        }
    }

    /// A personal API token for the role the person acts as now, shown once on the page.
    @Sendable func createToken(_ request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        let form = try await FormBody.read(&request)
        guard let identity = context.identity, let membership = identity.membershipId else { throw AppError.unauthorised }
        let label = form["label"]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard !label.isEmpty, label.count <= 60 else {
            let error = AppError(
                .badRequest, code: "invalid",
                message: "enter what the token is for, in 1 to 60 characters, such as the name of the system that uses it",
                field: "label")
            return try await tokensPage(context, problem: FormProblem(error), status: .badRequest)
        }
        let token = try await services.authenticator.issuePersonalToken(userId: identity.userId, membershipId: membership, label: label)
        return try await tokensPage(context, newToken: token)
    }

    /// `GET /account/tokens`.
    @Sendable func tokens(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await tokensPage(context)
    }

    @Sendable func revokeToken(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity else { throw AppError.unauthorised }
        let id = try context.uuidParameter("id", what: "token")
        let deleted = try await AccessTokenModel.query(on: services.storage.database).filter(\.$id == id).filter(
            \.$user.$id == identity.userId
        ).count()
        guard deleted == 1 else { throw AppError.notFound("token \(id)") }
        try await AccessTokenModel.query(on: services.storage.database).filter(\.$id == id).delete()
        return Response.redirect(to: AccountRoutes.accountTokens.link)
    }

    private func accountPage(
        _ context: AppRequestContext, notice: String? = nil, problem: FormProblem? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        guard let identity = context.identity, let viewer = Viewer(identity) else { throw AppError.unauthorised }
        let db = services.storage.database
        guard let user = try await UserModel.find(identity.userId, on: db) else { throw AppError.unauthorised }
        let memberships = try await MembershipModel.query(on: db).filter(\.$user.$id == identity.userId).with(\.$organisation).all()
        let rows = try memberships.compactMap { membership -> AccountPage.MembershipRow? in
            guard let role = Role(rawValue: membership.role) else { return nil }
            let id = try membership.requireID()
            return .init(id: id, role: role, organisationName: membership.organisation.name, isCurrent: id == identity.membershipId)
        }
        let page = AccountPage(viewer: viewer, email: user.email, memberships: rows, notice: notice, problem: problem)
        return HTMLResponse.page(page, status: status)
    }

    private func tokensPage(
        _ context: AppRequestContext, problem: FormProblem? = nil, newToken: String? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        guard let identity = context.identity, let viewer = Viewer(identity) else { throw AppError.unauthorised }
        let tokens = try await AccessTokenModel.query(on: services.storage.database).filter(\.$user.$id == identity.userId)
            .with(\.$membership).sort(\.$createdAt).all()
            .map { token in
                APITokensPage.TokenRow(
                    id: try token.requireID(), label: token.label,
                    role: Role(rawValue: token.membership.role)?.label ?? token.membership.role, createdAt: token.createdAt)
            }
        var response = HTMLResponse.page(
            APITokensPage(viewer: viewer, tokens: tokens, newToken: newToken, problem: problem), status: status)
        // A page showing a secret must not be kept by caches.
        if newToken != nil { response.headers[.cacheControl] = "no-store" }
        return response
    }
}
