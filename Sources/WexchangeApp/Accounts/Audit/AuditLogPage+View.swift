import Foundation
import WexchangeCore
import WexchangeHTML

extension AuditLogPage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: "Audit log", viewer: viewer,
            [
                .h1("Audit log"),
                .p(
                    .text(
                        subject.map { "Everything done to \($0.uuidString.lowercased()), newest first." }
                            ?? "The latest \(rows.count) decisions and changes, newest first.")),
                rows.isEmpty
                    ? .p("Nothing recorded.")
                    : .table(
                        .caption("Audit entries"),
                        .thead(.tr(.th("When"), .th("Who"), .th("Acting as"), .th("Using"), .th("What"), .th("Subject"), .th("Why"))),
                        .tbody(
                            .forEach(rows) { row in
                                .tr(
                                    .td(.text(DateStyle.moment(row.at))), .td(.text(row.who)), .td(.text(row.actingAs)),
                                    .td(.text(row.credential)), .td(.text(row.action)),
                                    .td(.a(.href(OrganisationRoutes.audit(subject: row.subject)), .text(row.subject))),
                                    .td(.text(row.reason ?? "")))
                            })
                    ),
            ])
    }
}
