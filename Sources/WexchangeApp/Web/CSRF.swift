import Foundation
import Hummingbird
import WexchangeCore

/// Cross-site request forgery: every state-changing page request carries a token that another
/// site cannot read. Signed in, it is the session's token; signed out (sign-in, password reset,
/// invitation forms), it must match the `wex_csrf` cookie the form page set.
enum CSRF {
    static let field = "_csrf"
    static let cookie = "wex_csrf"

    static func check(_ request: inout Request, _ context: AppRequestContext) async throws {
        guard ![.get, .head, .options].contains(request.method), !request.uri.path.hasPrefix("/api/") else { return }
        var sent = request.headers[HTTPFields.Element.Name("X-CSRF-Token")!]
        if sent == nil {
            if MultipartForm.isMultipart(request) {
                // Only signed-in people upload files: nobody else's body is read that far.
                guard context.identity != nil else { throw Self.refusal }
                sent = try await MultipartForm.read(&request)[field]
            } else {
                sent = try await FormBody.read(&request)[field]
            }
        }
        let expected = context.identity?.csrfToken ?? request.cookies[cookie]?.value ?? ""
        guard !expected.isEmpty, Secret.constantTimeEquals(sent ?? "", expected) else { throw Self.refusal }
    }

    static let refusal = AppError(
        .forbidden, code: "csrf", message: "this form has expired or did not come from Wexchange; go back, reload the page and try again")

    /// A signed-out form page: its form carries the token in the `wex_csrf` cookie, which is set
    /// here when the browser has none yet.
    static func formPage(_ request: Request, _ context: AppRequestContext, _ page: (String) -> some PageView) -> Response {
        let existing = request.cookies[cookie]?.value
        let token = existing.flatMap { Secret.isPlausible($0, .csrf) ? $0 : nil } ?? Secret.generate(.csrf)
        var response = HTMLResponse.page(page(token))
        if token != existing { response.setCookie(Cookies.make(cookie, token, secure: context.isSecure)) }
        return response
    }
}
