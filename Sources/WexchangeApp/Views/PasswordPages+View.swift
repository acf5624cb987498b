import Foundation
import WexchangeCore
import WexchangeHTML

/// "Forgotten your password?": ask for a link by email.
struct PasswordResetRequestPage: PageView {
    let csrf: String
    var email = ""
    var sent = false
    var problem: FormProblem?

    var document: HTMLDocument {
        PageLayout.render(title: "Reset your password", [
            .h1("Reset your password"),
            problem?.summary ?? .empty,
            PageLayout.notice(sent ? "If \(email) has a Wexchange account, we have sent it a link to choose a new password. The link works for an hour." : nil),
            .form(.method("post"), .action(Routes.Link.passwordReset), .class("stack"), .ariaLabel("Reset your password"),
                  .input(.type("hidden"), .name(CSRF.field), .value(csrf)),
                  PageLayout.labelled("email", "Email address",
                                      PageLayout.textInput("email", value: email, type: "email", autocomplete: "username", required: true)),
                  PageLayout.submit("Send me a link")),
        ])
    }
}

/// Choosing a password through a one-time link: a reset, or accepting an invitation.
struct ChoosePasswordPage: PageView {
    let title: String
    let action: String
    let csrf: String
    var problem: FormProblem?

    var document: HTMLDocument {
        PageLayout.render(title: title, [
            .h1(.text(title)),
            problem?.summary ?? .empty,
            .form(.method("post"), .action(action), .class("stack"), .ariaLabel(title),
                  .input(.type("hidden"), .name(CSRF.field), .value(csrf)),
                  PageLayout.labelled("password", "New password",
                                      PageLayout.textInput("password", value: nil, type: "password", autocomplete: "new-password", hinted: true,
                                                           required: true),
                                      hint: "At least \(AccountRules.minPasswordLength) characters. Three random words work well."),
                  PageLayout.submit("Save password and sign in")),
        ])
    }
}

/// An invitation to someone who already has an account: the role on offer and a button to accept.
struct AcceptRolePage: PageView {
    let offer: Invitations.Offer
    let action: String
    let csrf: String

    var document: HTMLDocument {
        PageLayout.render(title: "Accept your invitation", [
            .h1("Accept your invitation"),
            .p(.text("\(offer.inviterName ?? "Someone") has invited you to join \(offer.organisationName) as \(offer.role.label.lowercased()).")),
            .p("You keep your email address and password. Once you accept, choose the role from your account page."),
            .form(.method("post"), .action(action), .class("stack"), .ariaLabel("Accept your invitation"),
                  .input(.type("hidden"), .name(CSRF.field), .value(csrf)),
                  PageLayout.submit("Accept the role")),
        ])
    }
}
