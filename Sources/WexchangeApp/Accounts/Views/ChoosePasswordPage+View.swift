import Foundation
import WexchangeCore
import WexchangeHTML

extension ChoosePasswordPage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: title, problem: problem != nil,
            [
                .h1(.text(title)),
                problem?.summary ?? .empty,
                .form(
                    .method("post"), .action(action), .class("stack"), .ariaLabel(title),
                    .input(.type("hidden"), .name(CSRF.field), .value(csrf)),
                    PageLayout.textField(
                        "password", "New password", value: nil, type: "password", autocomplete: "new-password",
                        hint: "At least \(AccountRules.minPasswordLength) characters. Three random words work well.", required: true,
                        problem: problem),
                    PageLayout.submit("Save password and sign in")),
            ])
    }
}
