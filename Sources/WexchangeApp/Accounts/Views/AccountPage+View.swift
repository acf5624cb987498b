import Foundation
import WexchangeCore
import WexchangeHTML

extension AccountPage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: "Your account", viewer: viewer, problem: problem != nil,
            [
                .h1("Your account"),
                PageLayout.notice(notice),
                problem?.summary ?? .empty,
                .p(.text("Signed in as \(viewer.name) (\(email)).")),
                .h2("Your roles"),
                .p("You act through one role at a time. Switch to see what that role can do."),
                .ul(
                    .forEach(memberships) { membership in
                        .li(
                            membership.isCurrent
                                ? .strong(.text("\(membership.role.label), \(membership.organisationName) (current)"))
                                : PageLayout.postForm(
                                    AccountRoutes.accountMembership.link, csrf: viewer.csrfToken, label: "Switch role",
                                    [
                                        .input(.type("hidden"), .name("membership_id"), .value(membership.id.uuidString.lowercased())),
                                        .text("\(membership.role.label), \(membership.organisationName) "),
                                        PageLayout.submit("Act as \(membership.role.label.lowercased())", class: "secondary"),
                                    ]))
                    }),
                .h2("Change your password"),
                PageLayout.postForm(
                    AccountRoutes.accountPassword.link, csrf: viewer.csrfToken, label: "Change your password",
                    [
                        PageLayout.textField(
                            "current_password", "Current password", value: nil, type: "password", autocomplete: "current-password",
                            problem: problem),
                        PageLayout.textField(
                            "password", "New password", value: nil, type: "password", autocomplete: "new-password",
                            hint: "At least \(AccountRules.minPasswordLength) characters. Three random words work well.", problem: problem),
                        // Roles without API tokens have none to keep: any left from before are revoked.
                        viewer.usesAPITokens
                            ? PageLayout.checkbox(
                                name: "revoke_tokens",
                                label: "Also revoke my API tokens (recommended if someone else may have known the password)",
                                checked: true)
                            : .input(.type("hidden"), .name("revoke_tokens"), .value("true")),
                        PageLayout.submit("Change password"),
                    ]),
                .if(
                    viewer.usesAPITokens,
                    .group(
                        .h2("API tokens"),
                        .p(
                            "Let another system use the Wexchange API as you: ",
                            .a(.href(AccountRoutes.accountTokens.link), "manage your API tokens"), "."))),
            ])
    }
}
