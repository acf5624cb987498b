import Foundation
import WexchangeCore
import WexchangeHTML

extension RequestStudentPage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: pageTitle, viewer: viewer, problem: problem != nil,
            [
                .p(.a(.class("back-link"), .href(CatalogueRoutes.opportunity.link(opportunityId)), "Back to the opportunity")),
                problem?.summary ?? .empty,
                .span(.class("caption"), .text(title)),
                .h1(.text(pageTitle)),
                students.isEmpty
                    ? .p(
                        .text(
                            "None of your school's students is in Year \(years.map(String.init).joined(separator: ", ")), which this opportunity is for."
                        ))
                    : .form(
                        .method("get"), .action(RequestRoutes.chooseStudent.link(opportunityId)), .ariaLabel("Choose a student"),
                        PageLayout.labelled(
                            Self.studentField, "Student",
                            PageLayout.select(
                                Self.studentField, [("", "Choose a student")] + students.map { ($0.id.uuidString.lowercased(), $0.label) },
                                hinted: true, invalid: problem != nil
                            ) { _ in false },
                            hint: "Students in Year \(years.map(String.init).joined(separator: ", ")) at your school.",
                            error: problem?.message(for: Self.studentField)),
                        PageLayout.submit("Continue")),
            ])
    }
}
