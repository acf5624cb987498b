import Foundation
import Plot
import WexchangeCore

/// "Forgotten your password?": ask for a link by email.
struct PasswordResetRequestPage {
    let csrf: String
    var email = ""
    var sent = false
    var problem: FormProblem?

    var html: String {
        PageLayout.render(title: "Reset your password", [
            .h1("Reset your password"),
            problem?.summary ?? .empty,
            sent ? el("p", [("class", "notice"), ("role", "status")], [
                .text("If \(email) has a Wexchange account, we have sent it a link to choose a new password. The link works for an hour."),
            ]) : .empty,
            el("form", [("method", "post"), ("action", Routes.Link.passwordReset), ("class", "stack"), ("aria-label", "Reset your password")], [
                el("input", [("type", "hidden"), ("name", CSRF.field), ("value", csrf)]),
                PageLayout.labelled("email", "Email address", el("input", [
                    ("type", "email"), ("id", "email"), ("name", "email"), ("value", email), ("autocomplete", "username"), ("required", "required"),
                ])),
                el("button", [("type", "submit")], [.text("Send me a link")]),
            ]),
        ])
    }
}

/// Choosing a password through a one-time link: a reset, or accepting an invitation.
struct ChoosePasswordPage {
    let title: String
    let action: String
    let csrf: String
    var problem: FormProblem?

    var html: String {
        PageLayout.render(title: title, [
            .h1(.text(title)),
            problem?.summary ?? .empty,
            el("form", [("method", "post"), ("action", action), ("class", "stack"), ("aria-label", title)], [
                el("input", [("type", "hidden"), ("name", CSRF.field), ("value", csrf)]),
                PageLayout.labelled("password", "New password", el("input", [
                    ("type", "password"), ("id", "password"), ("name", "password"), ("autocomplete", "new-password"),
                    ("aria-describedby", "password-hint"), ("required", "required"),
                ]), hint: "At least \(AccountRules.minPasswordLength) characters. Three random words work well."),
                el("button", [("type", "submit")], [.text("Save password and sign in")]),
            ]),
        ])
    }
}
