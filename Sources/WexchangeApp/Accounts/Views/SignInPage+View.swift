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
                    PageLayout.textField(
                        "email", "Email address", value: email, type: "email", autocomplete: "username", required: true, problem: problem),
                    PageLayout.textField(
                        "password", "Password", value: nil, type: "password", autocomplete: "current-password", required: true,
                        problem: problem),
                    PageLayout.submit("Sign in")),
                .p(.a(.href(AccountRoutes.passwordReset.link), "Forgotten your password?")),
            ])
    }
}
