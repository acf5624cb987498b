import Foundation
import WexchangeCore
import WexchangeHTML

extension SignInPage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: "Sign in", problem: problem != nil,
            [
                .h1("Sign in"),
                problem?.summary ?? .empty,
                .form(
                    .method("post"), .action(AccountRoutes.signIn.link), .class("stack"), .ariaLabel("Sign in"),
                    .input(.type("hidden"), .name(CSRF.field), .value(csrf)),
                    next.map { .input(.type("hidden"), .name("next"), .value($0)) } ?? .empty,
                    // Text, not `email`: students without an email sign in with the name on their school's sheet.
                    PageLayout.textField(
                        "email", "Email address or sign-in name", value: email, autocomplete: "username",
                        hint: "Students without an email: the sign-in name on the sheet from your school.", required: true, problem: problem
                    ),
                    PageLayout.textField(
                        "password", "Password", value: nil, type: "password", autocomplete: "current-password", required: true,
                        problem: problem),
                    PageLayout.submit("Sign in")),
                .p(.a(.href(AccountRoutes.passwordReset.link), "Forgotten your password?")),
                .p(.a(.href(AccountRoutes.signInCode.link), "Got a one-time code from your school? Start here")),
            ])
    }
}
