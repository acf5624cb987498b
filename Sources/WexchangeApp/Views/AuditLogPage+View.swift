import Foundation
import Plot
import WexchangeCore

/// The audit log for national admins: newest first, optionally for one subject.
struct AuditLogPage {
    struct Row {
        let at: Date
        let who: String
        let actingAs: String
        let action: String
        let subject: String
        let reason: String?
    }

    let viewer: Viewer
    let rows: [Row]
    let subject: UUID?

    var html: String {
        PageLayout.render(title: "Audit log", viewer: viewer, [
            .h1("Audit log"),
            .p(.text(subject.map { "Everything done to \($0.uuidString.lowercased()), newest first." }
                     ?? "The latest \(rows.count) decisions and changes, newest first.")),
            rows.isEmpty ? .p("Nothing recorded.") : .table(
                .caption("Audit entries"),
                .thead(.tr(.th("When"), .th("Who"), .th("Acting as"), .th("What"), .th("Subject"), .th("Why"))),
                .tbody(.forEach(rows) { row in
                    .tr(.td(.text(ModerationQueuePage.format(row.at))), .td(.text(row.who)), .td(.text(row.actingAs)),
                        .td(.text(row.action)), .td(.a(.href(Routes.Link.audit(subject: row.subject)), .text(row.subject))),
                        .td(.text(row.reason ?? "")))
                })
            ),
        ])
    }
}
