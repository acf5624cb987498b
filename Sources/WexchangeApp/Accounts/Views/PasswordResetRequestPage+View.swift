import Foundation
import WexchangeCore
import WexchangeHTML

extension PasswordResetRequestPage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: "Reset your password", problem: problem != nil,
            [
                .h1("Reset your password"),
                problem?.summary ?? .empty,
                PageLayout.notice(
                    sent
                        ? "If \(email) has a Wexchange account, we have sent it a link to choose a new password. The link works for an hour."
                        : nil),
                .form(
                    .method("post"), .action(AccountRoutes.passwordReset.link), .class("stack"), .ariaLabel("Reset your password"),
                    .input(.type("hidden"), .name(CSRF.field), .value(csrf)),
                    PageLayout.textField(
                        "email", "Email address", value: email, type: "email", autocomplete: "username", required: true, problem: problem),
                    PageLayout.submit("Send me a link")),
            ])
    }
}
