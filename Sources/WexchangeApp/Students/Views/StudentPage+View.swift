import Foundation
import WexchangeHTML

extension StudentPage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: record.displayName, viewer: viewer,
            [
                .p(.a(.class("back-link"), .href(StudentRoutes.students.link), "Back to students")),
                .h1(.text(record.displayName)),
                .p(.text("Year \(record.year). Opening this record is written to the audit log, as every read of a student's record is.")),
                .p(.a(.href(StudentRoutes.journey.link(studentId)), "See the journey and progress")),
                SummaryList.render(rows),
            ])
    }
}
