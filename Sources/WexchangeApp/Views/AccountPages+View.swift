import Foundation
import WexchangeCore
import WexchangeHTML

/// A form's problem, shown in an error summary that links to the field.
struct FormProblem: Sendable {
    let field: String
    let message: String

    init(_ error: AppError) {
        field = error.field ?? "form"
        message = error.message
    }

    var summary: Node {
        .div(.class("error-summary"), .role("alert"), .tabindex(-1), .id("error-summary"),
             .h2("There is a problem"),
             .p(.a(.href("#\(field)"), .text(message))))
    }
}

struct SignInPage: PageView {
    var email = ""
    var next: String?
    let csrf: String
    var problem: FormProblem?

    var document: HTMLDocument {
        PageLayout.render(title: "Sign in", [
            .h1("Sign in"),
            problem?.summary ?? .empty,
            .form(.method("post"), .action(Routes.Link.signIn), .class("stack"), .ariaLabel("Sign in"),
                  .input(.type("hidden"), .name(CSRF.field), .value(csrf)),
                  next.map { .input(.type("hidden"), .name("next"), .value($0)) } ?? .empty,
                  PageLayout.labelled("email", "Email address",
                                      PageLayout.textInput("email", value: email, type: "email", autocomplete: "username", required: true)),
                  PageLayout.labelled("password", "Password",
                                      PageLayout.textInput("password", value: nil, type: "password", autocomplete: "current-password", required: true)),
                  PageLayout.submit("Sign in")),
            .p(.a(.href(Routes.Link.passwordReset), "Forgotten your password?")),
        ])
    }
}

struct AccountPage: PageView {
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

    var document: HTMLDocument {
        PageLayout.render(title: "Your account", viewer: viewer, [
            .h1("Your account"),
            PageLayout.notice(notice),
            problem?.summary ?? .empty,
            .p(.text("Signed in as \(viewer.name) (\(email)).")),
            .h2("Your roles"),
            .p("You act through one role at a time. Switch to see what that role can do."),
            .ul(.forEach(memberships) { membership in
                .li(membership.isCurrent
                    ? .strong(.text("\(membership.role.label), \(membership.organisationName) (current)"))
                    : PageLayout.postForm(Routes.Link.accountMembership, csrf: viewer.csrfToken, label: "Switch role", [
                        .input(.type("hidden"), .name("membership_id"), .value(membership.id.uuidString.lowercased())),
                        .text("\(membership.role.label), \(membership.organisationName) "),
                        PageLayout.submit("Act as \(membership.role.label.lowercased())", class: "secondary"),
                    ]))
            }),
            .h2("Change your password"),
            PageLayout.postForm(Routes.Link.accountPassword, csrf: viewer.csrfToken, label: "Change your password", [
                PageLayout.labelled("current_password", "Current password",
                                    PageLayout.textInput("current_password", value: nil, type: "password", autocomplete: "current-password")),
                PageLayout.labelled("password", "New password",
                                    PageLayout.textInput("password", value: nil, type: "password", autocomplete: "new-password", hinted: true),
                                    hint: "At least \(AccountRules.minPasswordLength) characters. Three random words work well."),
                PageLayout.checkbox(name: "revoke_tokens", label: "Also revoke my API tokens (recommended if someone else may have known the password)",
                                    checked: true),
                PageLayout.submit("Change password"),
            ]),
            .h2("API tokens"),
            .p("A token lets another system use the Wexchange API as you, in the role you act as now. Send it as 'Authorization: Bearer <token>'."),
            newToken.map { token in
                .div(.class("notice"), .role("status"),
                     .p("Copy your new token now: it will not be shown again."),
                     .p(.code(.text(token))))
            } ?? .empty,
            tokens.isEmpty ? .empty : .ul(.forEach(tokens) { token in
                .li(PageLayout.postForm(Routes.Link.accountTokenRevoke(token.id), csrf: viewer.csrfToken, label: "Revoke \(token.label)", [
                    .text("\(token.label) (\(token.role)) "),
                    PageLayout.submit("Revoke", class: "secondary"),
                ]))
            }),
            PageLayout.postForm(Routes.Link.accountTokens, csrf: viewer.csrfToken, label: "Create an API token", [
                PageLayout.labelled("label", "What the token is for", PageLayout.textInput("label", value: nil)),
                PageLayout.submit("Create token", class: "secondary"),
            ]),
        ])
    }
}
