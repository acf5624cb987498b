import Foundation
import WexchangeCore
import WexchangeHTML

extension AuditLogPage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: title, viewer: viewer,
            [
                .h1(.text(title)),
                .p(.text(intro)),
                subject == nil ? .empty : .p(.a(.href(base.link), "Show the whole log")),
                .p(.class("list-summary"), .text(pagination.summary(("entry", "entries")))),
                entries.isEmpty
                    ? .empty
                    : DataTable(
                        caption: "Audit entries",
                        columns: [
                            .init(heading: "When") { .text(DateStyle.moment($0.at)) },
                            .init(heading: "Who") { .text($0.who) },
                            .init(heading: "Acting as") { .text($0.actingAs) },
                            .init(heading: "Using") { .text($0.credential) },
                            .init(heading: "What") { .text($0.event) },
                            .init(heading: "Subject") { entry in
                                .a(.href(link(subject: entry.subjectId)), .text(entry.subject))
                            },
                            .init(heading: "Why") { .text($0.reason ?? "") },
                        ],
                        rows: entries
                    ).render(),
                pagination.render(label: "Audit log pages", link: link(page:)),
            ])
    }

    private var intro: String {
        switch (scope, subject) {
        case (.national, nil): "Decisions and changes, newest first."
        case (.school, nil):
            "Every time someone opened a student's record or journey, listed your students, imported them or changed what is recorded, newest first."
        case (_, .some): "Everything done to one subject, newest first."
        }
    }
}
