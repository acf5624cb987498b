import Foundation
import Plot
import WexchangeCore

/// Badge management for assessors (their body's badges) and national admins (every badge).
struct BadgesPage {
    let viewer: Viewer
    let rows: [BadgeDesk.Row]
    var form: [String: String] = [:]
    var notice: String?
    var problem: FormProblem?

    var html: String {
        PageLayout.render(title: "Accreditation badges", viewer: viewer, [
            .h1("Accreditation badges"),
            notice.map { el("p", [("class", "notice"), ("role", "status")], [.text($0)]) } ?? .empty,
            problem?.summary ?? .empty,
            .h2("Grant a badge"),
            PageLayout.postForm(Routes.Link.badges, csrf: viewer.csrfToken, label: "Grant a badge", [
                PageLayout.labelled("provider", "Provider", el("input", [
                    ("type", "text"), ("id", "provider"), ("name", "provider"), ("value", form["provider"]), ("aria-describedby", "provider-hint"),
                ]), hint: "The provider's name (or part of it) or its id."),
                PageLayout.labelled("name", "Badge", el("input", [("type", "text"), ("id", "name"), ("name", "name"), ("value", form["name"])])),
                PageLayout.labelled("expires", "Counts until", el("input", [("type", "date"), ("id", "expires"), ("name", "expires"), ("value", form["expires"])])),
                PageLayout.labelled("evidence", "Evidence seen", el("textarea", [("id", "evidence"), ("name", "evidence"), ("rows", "3")],
                                                                   [.text(form["evidence"] ?? "")])),
                el("button", [("type", "submit")], [.text("Grant badge")]),
            ]),
            .h2(.text(viewer.role == .assessor ? "Badges your body granted" : "Every badge")),
            rows.isEmpty ? .p("No badges yet.") : .table(
                .caption("Badges"),
                .thead(.tr(.th("Provider"), .th("Badge"), .th("Granted by"), .th("Counts until"), .th("State"))),
                .tbody(.forEach(rows) { row in
                    .tr(
                        .td(.text(row.providerName)), .td(.text(row.name)), .td(.text(row.grantedBy)), .td(.text(row.expires)),
                        .td(row.revokedAt != nil ? .text("Revoked: \(row.revokeReason ?? "")") :
                            PageLayout.postForm(Routes.Link.badgeRevoke(row.id), csrf: viewer.csrfToken, label: "Revoke \(row.name) from \(row.providerName)", [
                                PageLayout.labelled("reason-\(row.id.uuidString.lowercased())", "Reason to revoke", el("input", [
                                    ("type", "text"), ("id", "reason-\(row.id.uuidString.lowercased())"), ("name", "reason"),
                                ])),
                                el("button", [("type", "submit"), ("class", "danger")], [.text("Revoke")]),
                            ]))
                    )
                })
            ),
        ])
    }
}
