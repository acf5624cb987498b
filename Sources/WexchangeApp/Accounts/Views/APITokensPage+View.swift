import Foundation
import WexchangeCore
import WexchangeHTML

extension APITokensPage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: "API tokens", viewer: viewer, problem: problem != nil,
            [
                .p(.a(.href(AccountRoutes.account.link), "Back to your account")),
                problem?.summary ?? .empty,
                .h1("API tokens"),
                .p(
                    .text(
                        "A token lets another system use the Wexchange API as you, in the role you act as now (\(viewer.role.label.lowercased())). Send it as 'Authorization: Bearer <token>'."
                    )),
                .p(.a(.href(SiteRoutes.openAPI.link), "Read the API description (OpenAPI)")),
                newToken.map { token in
                    .div(
                        .class("notice"), .role("status"),
                        .p("Copy your new token now: it will not be shown again."),
                        .p(.code(.text(token))))
                } ?? .empty,
                .h2("Your tokens"),
                tokens.isEmpty
                    ? .p("You have no tokens.")
                    : DataTable(
                        caption: "Your tokens",
                        columns: [
                            .init(heading: "What it is for") { .text($0.label) },
                            .init(heading: "Role") { .text($0.role) },
                            .init(heading: "Created") { .text($0.createdAt.map(DateStyle.moment) ?? "") },
                            .init(heading: "Change") { token in
                                PageLayout.postForm(
                                    AccountRoutes.accountTokenRevoke.link(token.id), csrf: viewer.csrfToken, label: "Revoke \(token.label)",
                                    [
                                        PageLayout.submit("Revoke", class: "secondary", context: token.label)
                                    ])
                            },
                        ],
                        rows: tokens
                    ).render(),
                .h2("Create a token"),
                PageLayout.postForm(
                    AccountRoutes.accountTokens.link, csrf: viewer.csrfToken, label: "Create an API token",
                    [
                        PageLayout.textField(
                            "label", "What the token is for", value: nil, hint: "For example, the name of the system that uses it.",
                            problem: problem),
                        PageLayout.submit("Create token", class: "secondary"),
                    ]),
            ])
    }
}
