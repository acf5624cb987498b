import Foundation
import WexchangeCore
import WexchangeHTML

extension BadgesPage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: "Accreditation badges", viewer: viewer, problem: problem != nil,
            [
                .h1("Accreditation badges"),
                PageLayout.notice(notice),
                problem?.summary ?? .empty,
                .h2("Grant a badge"),
                PageLayout.postForm(
                    BadgeRoutes.badges.link, csrf: viewer.csrfToken, label: "Grant a badge",
                    [
                        PageLayout.textField(
                            "provider", "Provider", value: form["provider"], hint: "The provider's name (or part of it) or its id.",
                            problem: problem),
                        PageLayout.textField("name", "Badge", value: form["name"], problem: problem),
                        PageLayout.labelled(
                            "expires", "Counts until", PageLayout.textInput("expires", value: form["expires"], type: "date")),
                        PageLayout.labelled(
                            "evidence", "Evidence seen",
                            .textarea(.id("evidence"), .name("evidence"), .rows(3), .text(form["evidence"] ?? ""))),
                        PageLayout.submit("Grant badge"),
                    ]),
                .h2(.text(viewer.role == .assessor ? "Badges your body granted" : "Every badge")),
                rows.isEmpty
                    ? .p("No badges yet.")
                    : .table(
                        .caption("Badges"),
                        .thead(.tr(.th("Provider"), .th("Badge"), .th("Granted by"), .th("Counts until"), .th("State"))),
                        .tbody(
                            .forEach(rows) { row in
                                .tr(
                                    .td(.text(row.providerName)), .td(.text(row.name)), .td(.text(row.grantedBy)),
                                    .td(.text(DateStyle.day(iso: row.expires))),
                                    .td(row.revokedAt != nil ? .text("Revoked: \(row.revokeReason ?? "")") : revokeForm(row))
                                )
                            })
                    ),
            ])
    }

    private func revokeForm(_ row: BadgeService.Row) -> Node {
        let field = "reason-\(row.id.uuidString.lowercased())"
        return PageLayout.postForm(
            BadgeRoutes.revoke.link(row.id), csrf: viewer.csrfToken, label: "Revoke \(row.name) from \(row.providerName)",
            [
                PageLayout.labelled(field, "Reason to revoke", .input(.type("text"), .id(field), .name("reason"))),
                PageLayout.submit("Revoke", class: "danger"),
            ])
    }
}
