import Foundation
import WexchangeCore
import WexchangeHTML

extension ChoosePasswordPage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: title,
            [
                .h1(.text(title)),
                problem?.summary ?? .empty,
                .form(
                    .method("post"), .action(action), .class("stack"), .ariaLabel(title),
                    .input(.type("hidden"), .name(CSRF.field), .value(csrf)),
                    PageLayout.labelled(
                        "password", "New password",
                        PageLayout.textInput(
                            "password", value: nil, type: "password", autocomplete: "new-password", hinted: true,
                            required: true),
                        hint: "At least \(AccountRules.minPasswordLength) characters. Three random words work well."),
                    PageLayout.submit("Save password and sign in")),
            ])
    }
}
