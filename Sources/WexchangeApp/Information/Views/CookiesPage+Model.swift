import Foundation

/// The cookies page: every cookie Wexchange sets, each needed for the service to work, so none
/// asks for consent. The names come from where the cookies are set, so this page cannot drift.
struct CookiesPage {
    struct Row: Equatable {
        let name: String
        let purpose: String
        let expires: String
    }

    let rows: [Row] = [
        Row(
            name: IdentityMiddleware.sessionCookie, purpose: "Keeps you signed in as you move from page to page",
            expires: "After \(Int(AuthenticationService.sessionLifetime / 3600)) hours, or when you sign out"),
        Row(
            name: CSRF.cookie, purpose: "Makes sure the forms you send (such as signing in) came from Wexchange and not another website",
            expires: "When you close your browser"),
    ]
}
