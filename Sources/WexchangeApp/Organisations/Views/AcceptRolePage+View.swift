import Foundation
import WexchangeCore
import WexchangeHTML

extension AcceptRolePage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: "Accept your invitation",
            [
                .h1("Accept your invitation"),
                .p(
                    .text(
                        "\(offer.inviterName ?? "Someone") has invited you to join \(offer.organisationName) as \(offer.role.label.lowercased())."
                    )),
                .p("You keep your email address and password. Once you accept, choose the role from your account page."),
                .form(
                    .method("post"), .action(action), .class("stack"), .ariaLabel("Accept your invitation"),
                    .input(.type("hidden"), .name(CSRF.field), .value(csrf)),
                    PageLayout.submit("Accept the role")),
            ])
    }
}
