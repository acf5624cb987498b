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
                        PageLayout.checkbox(
                            name: "revoke_tokens",
                            label: "Also revoke my API tokens (recommended if someone else may have known the password)",
                            checked: true),
                        PageLayout.submit("Change password"),
                    ]),
                .h2("API tokens"),
                .p(
                    "A token lets another system use the Wexchange API as you, in the role you act as now. Send it as 'Authorization: Bearer <token>'."
                ),
                newToken.map { token in
                    .div(
                        .class("notice"), .role("status"),
                        .p("Copy your new token now: it will not be shown again."),
                        .p(.code(.text(token))))
                } ?? .empty,
                tokens.isEmpty
                    ? .empty
                    : .ul(
                        .forEach(tokens) { token in
                            .li(
                                PageLayout.postForm(
                                    AccountRoutes.accountTokenRevoke.link(token.id), csrf: viewer.csrfToken, label: "Revoke \(token.label)",
                                    [
                                        .text("\(token.label) (\(token.role)) "),
                                        PageLayout.submit("Revoke", class: "secondary"),
                                    ]))
                        }),
                PageLayout.postForm(
                    AccountRoutes.accountTokens.link, csrf: viewer.csrfToken, label: "Create an API token",
                    [
                        PageLayout.textField("label", "What the token is for", value: nil, problem: problem),
                        PageLayout.submit("Create token", class: "secondary"),
                    ]),
            ])
    }
}
