import Foundation
import Hummingbird

/// Password reset and invitation links. A reset or a new account's invitation chooses a
/// password through a one-time token; an invitation to an existing account offers a role,
/// added when the person accepts.
struct PasswordPagesController: Sendable {
    let services: AppServices

    @Sendable func resetForm(_ request: Request, context: AppRequestContext) async throws -> Response {
        CSRF.formPage(request, context) { PasswordResetRequestPage(csrf: $0) }
    }

    @Sendable func requestReset(_ request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        let form = try await FormBody.read(&request)
        let email = form["email"] ?? "", csrf = form[CSRF.field] ?? ""
        do {
            try await services.passwords.requestReset(email: email, from: context.remoteAddress)
            services.resetRequests.signal()
            return HTMLResponse.page(PasswordResetRequestPage(csrf: csrf, email: email, sent: true))
        } catch let error as AppError where [400, 429].contains(error.status.code) {
            return HTMLResponse.page(PasswordResetRequestPage(csrf: csrf, email: email, problem: FormProblem(error)), status: error.status)
        }
    }

    @Sendable func chooseForm(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (purposes, token) = try link(request, context)
        let link = try await services.passwords.validLink(token, purposes: purposes)
        if link.purpose == OneTimeTokenModel.Purpose.roleInvitation.rawValue {
            let offer = try await services.invitations.offer(link)
            return CSRF.formPage(request, context) { AcceptRolePage(offer: offer, action: request.uri.path, csrf: $0) }
        }
        let title = Self.title(purposes)
        return CSRF.formPage(request, context) { ChoosePasswordPage(title: title, action: request.uri.path, csrf: $0) }
    }

    @Sendable func choose(_ request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        let form = try await FormBody.read(&request)
        let (purposes, token) = try link(request, context)
        let link = try await services.passwords.validLink(token, purposes: purposes)
        if link.purpose == OneTimeTokenModel.Purpose.roleInvitation.rawValue {
            try await services.invitations.accept(link)
            return Response.redirect(
                to: context.identity == nil ? AccountRoutes.signIn.link + "?accepted=1" : AccountRoutes.account.link + "?accepted=1")
        }
        do {
            let purpose = OneTimeTokenModel.Purpose(rawValue: link.purpose) ?? .passwordReset
            let session = try await services.passwords.complete(token: token, purpose: purpose, password: form["password"] ?? "")
            var response = Response.redirect(to: AccountRoutes.home.link)
            response.setCookie(
                Cookies.make(
                    IdentityMiddleware.sessionCookie, session, secure: context.isSecure,
                    maxAge: Int(AuthenticationService.sessionLifetime)))
            return response
        } catch let error as AppError where error.status == .badRequest {
            let page = ChoosePasswordPage(
                title: Self.title(purposes), action: request.uri.path, csrf: form[CSRF.field] ?? "",
                problem: FormProblem(error))
            return HTMLResponse.page(page, status: .badRequest)
        }
    }

    /// Which links the path takes, and the token it carries.
    private func link(_ request: Request, _ context: AppRequestContext) throws -> ([OneTimeTokenModel.Purpose], String) {
        let purposes: [OneTimeTokenModel.Purpose] =
            request.uri.path.hasPrefix("/invitations/")
            ? [.invitation, .roleInvitation] : [.passwordReset]
        return (purposes, context.parameters.get("token") ?? "")
    }

    private static func title(_ purposes: [OneTimeTokenModel.Purpose]) -> String {
        purposes.contains(.invitation) ? "Accept your invitation" : "Choose a new password"
    }
}
