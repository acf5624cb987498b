import Foundation
import Plot
import WexchangeCore

/// A form's problem, shown in an error summary that links to the field.
struct FormProblem: Sendable {
    let field: String
    let message: String

    init(_ error: AppError) {
        field = error.field ?? "form"
        message = error.message
    }

    var summary: BodyNode {
        el("div", [("class", "error-summary"), ("role", "alert"), ("tabindex", "-1"), ("id", "error-summary")], [
            .h2("There is a problem"),
            .p(.a(.href("#\(field)"), .text(message))),
        ])
    }
}

struct SignInPage {
    var email = ""
    var next: String?
    let csrf: String
    var problem: FormProblem?

    var html: String {
        PageLayout.render(title: "Sign in", [
            .h1("Sign in"),
            problem?.summary ?? .empty,
            el("form", [("method", "post"), ("action", Routes.Link.signIn), ("class", "stack"), ("aria-label", "Sign in")], [
                el("input", [("type", "hidden"), ("name", CSRF.field), ("value", csrf)]),
                el("input", [("type", "hidden"), ("name", "next"), ("value", next)]),
                PageLayout.labelled("email", "Email address", el("input", [
                    ("type", "email"), ("id", "email"), ("name", "email"), ("value", email), ("autocomplete", "username"), ("required", "required"),
                ])),
                PageLayout.labelled("password", "Password", el("input", [
                    ("type", "password"), ("id", "password"), ("name", "password"), ("autocomplete", "current-password"), ("required", "required"),
                ])),
                el("button", [("type", "submit")], [.text("Sign in")]),
            ]),
            .p(.a(.href(Routes.Link.passwordReset), "Forgotten your password?")),
        ])
    }
}

struct AccountPage {
    struct MembershipRow {
        let id: UUID
        let role: Role
        let organisationName: String
        let isCurrent: Bool
    }

    struct TokenRow {
        let id: UUID
        let label: String
        let role: String
        let createdAt: Date?
    }

    let viewer: Viewer
    let email: String
    let memberships: [MembershipRow]
    var tokens: [TokenRow] = []
    /// A token just created: shown this once.
    var newToken: String?
    var notice: String?
    var problem: FormProblem?

    var html: String {
        PageLayout.render(title: "Your account", viewer: viewer, [
            .h1("Your account"),
            notice.map { el("p", [("class", "notice"), ("role", "status")], [.text($0)]) } ?? .empty,
            problem?.summary ?? .empty,
            .p(.text("Signed in as \(viewer.name) (\(email)).")),
            .h2("Your roles"),
            .p("You act through one role at a time. Switch to see what that role can do."),
            .ul(.forEach(memberships) { membership in
                .li(membership.isCurrent
                    ? .strong(.text("\(membership.role.label), \(membership.organisationName) (current)"))
                    : PageLayout.postForm(Routes.Link.accountMembership, csrf: viewer.csrfToken, label: "Switch role", [
                        el("input", [("type", "hidden"), ("name", "membership_id"), ("value", membership.id.uuidString.lowercased())]),
                        .text("\(membership.role.label), \(membership.organisationName) "),
                        el("button", [("type", "submit"), ("class", "secondary")], [.text("Act as \(membership.role.label.lowercased())")]),
                    ]))
            }),
            .h2("Change your password"),
            PageLayout.postForm(Routes.Link.accountPassword, csrf: viewer.csrfToken, label: "Change your password", [
                PageLayout.labelled("current_password", "Current password", el("input", [
                    ("type", "password"), ("id", "current_password"), ("name", "current_password"), ("autocomplete", "current-password"),
                ])),
                PageLayout.labelled("password", "New password", el("input", [
                    ("type", "password"), ("id", "password"), ("name", "password"), ("autocomplete", "new-password"),
                    ("aria-describedby", "password-hint"),
                ]), hint: "At least \(AccountRules.minPasswordLength) characters. Three random words work well."),
                el("button", [("type", "submit")], [.text("Change password")]),
            ]),
            .h2("API tokens"),
            .p("A token lets another system use the Wexchange API as you, in the role you act as now. Send it as 'Authorization: Bearer <token>'."),
            newToken.map { token in
                el("div", [("class", "notice"), ("role", "status")], [
                    .p("Copy your new token now: it will not be shown again."),
                    .p(.code(.text(token))),
                ])
            } ?? .empty,
            tokens.isEmpty ? .empty : .ul(.forEach(tokens) { token in
                .li(PageLayout.postForm(Routes.Link.accountTokenRevoke(token.id), csrf: viewer.csrfToken, label: "Revoke \(token.label)", [
                    .text("\(token.label) (\(token.role)) "),
                    el("button", [("type", "submit"), ("class", "secondary")], [.text("Revoke")]),
                ]))
            }),
            PageLayout.postForm(Routes.Link.accountTokens, csrf: viewer.csrfToken, label: "Create an API token", [
                PageLayout.labelled("label", "What the token is for", el("input", [("type", "text"), ("id", "label"), ("name", "label")])),
                el("button", [("type", "submit"), ("class", "secondary")], [.text("Create token")]),
            ]),
        ])
    }
}
