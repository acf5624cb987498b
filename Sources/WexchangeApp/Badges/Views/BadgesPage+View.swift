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
                        DateInput.render(
                            "expires", legend: "Counts until", hint: "The last day the badge counts, for example 31 3 2028.",
                            value: form["expires"], error: problem?.message(for: "expires")),
                        PageLayout.labelled(
                            "evidence", "Evidence seen",
                            .textarea(.id("evidence"), .name("evidence"), .rows(3), .text(form["evidence"] ?? ""))),
                        PageLayout.submit("Grant badge"),
                    ]),
                .h2(.text(viewer.role == .assessor ? "Badges your body granted" : "Every badge")),
                ListSearchForm.render(
                    action: BadgeRoutes.badges.link, label: "Search badges", hint: "A provider's or a badge's name, or part of it.",
                    value: search),
                .p(.class("list-summary"), .role("status"), .text(pagination.summary(("badge", "badges")))),
                rows.isEmpty
                    ? .empty
                    : DataTable(
                        caption: "Badges",
                        columns: [
                            .init(heading: "Provider") { .text($0.providerName) },
                            .init(heading: "Badge") { .text($0.name) },
                            .init(heading: "Granted by") { .text($0.grantedBy) },
                            .init(heading: "Counts until") { .text(DateStyle.day(iso: $0.expires)) },
                            .init(heading: "State") { row in
                                row.revokedAt != nil
                                    ? .text("Revoked: \(row.revokeReason ?? "")")
                                    : .group([
                                        .text("Counts "),
                                        .a(
                                            .href(BadgeRoutes.revoke.link(row.id)), "Revoke",
                                            .span(.class("visually-hidden"), .text(" \(row.name) from \(row.providerName)"))),
                                    ])
                            },
                        ],
                        rows: rows
                    ).render(),
                pagination.render(label: "Badge pages", link: link(page:)),
            ])
    }
}
