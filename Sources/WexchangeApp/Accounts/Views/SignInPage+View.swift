import Foundation
import WexchangeCore
import WexchangeHTML

extension SignInPage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: "Sign in",
            [
                .h1("Sign in"),
                problem?.summary ?? .empty,
                .form(
                    .method("post"), .action(AccountRoutes.signIn.link), .class("stack"), .ariaLabel("Sign in"),
                    .input(.type("hidden"), .name(CSRF.field), .value(csrf)),
                    next.map { .input(.type("hidden"), .name("next"), .value($0)) } ?? .empty,
                    PageLayout.labelled(
                        "email", "Email address",
                        PageLayout.textInput("email", value: email, type: "email", autocomplete: "username", required: true)),
                    PageLayout.labelled(
                        "password", "Password",
                        PageLayout.textInput("password", value: nil, type: "password", autocomplete: "current-password", required: true)),
                    PageLayout.submit("Sign in")),
                .p(.a(.href(AccountRoutes.passwordReset.link), "Forgotten your password?")),
            ])
    }
}
