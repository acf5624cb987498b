import Foundation
import WexchangeCore
import WexchangeHTML

extension PlacementsPage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: title, viewer: viewer, problem: problem != nil,
            [
                problem?.summary ?? .empty,
                cancelled
                    ? NotificationBanner.render(
                        title: "Success", heading: "The placement is cancelled. The student, their family and their school have been told.",
                        success: true)
                    : .empty,
                .h1(.text(title)),
                .p(
                    .text(
                        "Students whose placement is confirmed, with what you need to host them: keep it safe and use it only for the placement."
                    )),
                placements.isEmpty
                    ? .p("None yet. When a student accepts a place you pledged or offered, and their consent is given, they appear here.")
                    : DataTable(caption: "Confirmed placements", columns: columns, rows: placements).render(),
                .p(.a(.href(CalendarRoutes.link.link), "Add the placements you host to your calendar")),
            ])
    }

    private var columns: [DataTable<PlacementReader.Placement>.Column] {
        [
            .init(heading: "Student") { .text($0.studentName) },
            .init(heading: "Year and school") { .text("Year \($0.yearGroup), \($0.schoolName)") },
            .init(heading: "Placement") { placement in
                .group(
                    .text(placement.title), .p(.class("hint"), .text(placement.dates)),
                    .p(
                        .a(
                            .href(OfferRoutes.placement.link(placement.offerId)), "Attendance and feedback",
                            .span(.class("visually-hidden"), .text(" for \(placement.studentName)")))))
            },
            .init(heading: "Access needs") { .text($0.accessNeeds.isEmpty ? "None given" : $0.accessNeeds.joined(separator: ", ")) },
            .init(heading: "Emergency contact") { placement in
                guard let contact = placement.emergencyContact else { return .text("The student's school") }
                return .group(.text("\(contact.name) (\(contact.relationship))"), .p(.text(contact.phone)))
            },
            .init(heading: "Medical needs") { .text($0.medicalNotes ?? "None given") },
            .init(heading: "Cancel") { cancelForm($0) },
        ]
    }

    /// Calling a placement off takes a reason the student and their family read.
    private func cancelForm(_ placement: PlacementReader.Placement) -> Node {
        guard placement.state == .confirmed else { return .text("Finished") }
        let id = Self.reasonId(placement.offerId)
        let error = problem?.message(for: id)
        return PageLayout.postForm(
            OfferRoutes.cancel.link(placement.offerId), csrf: viewer.csrfToken,
            [
                PageLayout.labelled(
                    id, "Reason",
                    .input(
                        .type("text"), .id(id), .name(Self.reasonField),
                        .ariaDescribedBy(PageLayout.describedBy(id, hinted: false, invalid: error != nil)), .ariaInvalid(error != nil)),
                    error: error),
                PageLayout.submit("Cancel placement", class: "secondary", context: "of \(placement.studentName), \(placement.title)"),
            ])
    }
}
