import Foundation
import Hummingbird

/// Password reset and invitation links: both choose a password through a one-time token.
struct PasswordPagesController: Sendable {
    let services: AppServices

    @Sendable func resetForm(_ request: Request, context: AppRequestContext) async throws -> Response {
        CSRF.formPage(request) { PasswordResetRequestPage(csrf: $0).html }
    }

    @Sendable func requestReset(_ request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        let form = try await FormBody.read(&request)
        let email = form["email"] ?? "", csrf = form[CSRF.field] ?? ""
        do {
            try await services.passwords.requestReset(email: email, linkBase: services.publicURL)
            return HTMLResponse.page(PasswordResetRequestPage(csrf: csrf, email: email, sent: true).html)
        } catch let error as AppError where error.status == .badRequest {
            return HTMLResponse.page(PasswordResetRequestPage(csrf: csrf, email: email, problem: FormProblem(error)).html, status: .badRequest)
        }
    }

    @Sendable func chooseForm(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (purpose, token) = try link(request, context)
        _ = try await services.passwords.validLink(token, purpose: purpose)
        return CSRF.formPage(request) { csrf in
            ChoosePasswordPage(title: Self.title(purpose), action: request.uri.path, csrf: csrf).html
        }
    }

    @Sendable func choose(_ request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        let form = try await FormBody.read(&request)
        let (purpose, token) = try link(request, context)
        do {
            let session = try await services.passwords.complete(token: token, purpose: purpose, password: form["password"] ?? "")
            var response = Redirect.to(Routes.Link.account)
            response.setCookie(Cookies.make(IdentityMiddleware.sessionCookie, session, request: request, maxAge: Int(Authenticator.sessionLifetime)))
            return response
        } catch let error as AppError where error.status == .badRequest {
            let page = ChoosePasswordPage(title: Self.title(purpose), action: request.uri.path, csrf: form[CSRF.field] ?? "",
                                          problem: FormProblem(error))
            return HTMLResponse.page(page.html, status: .badRequest)
        }
    }

    private func link(_ request: Request, _ context: AppRequestContext) throws -> (OneTimeTokenModel.Purpose, String) {
        let purpose: OneTimeTokenModel.Purpose = request.uri.path.hasPrefix(Routes.Link.invitations) ? .invitation : .passwordReset
        return (purpose, context.parameters.get("token") ?? "")
    }

    private static func title(_ purpose: OneTimeTokenModel.Purpose) -> String {
        purpose == .invitation ? "Accept your invitation" : "Choose a new password"
    }

}
