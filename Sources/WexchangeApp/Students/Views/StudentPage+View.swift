import Foundation
import WexchangeHTML

extension StudentPage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: record.displayName, viewer: viewer, problem: problem != nil,
            [
                .p(.a(.class("back-link"), .href(StudentRoutes.students.link), "Back to students")),
                problem?.summary ?? .empty,
                .h1(.text(record.displayName)),
                PageLayout.notice(notice),
                .p(.text("Year \(record.year). Opening this record is written to the audit log, as every read of a student's record is.")),
                .p(.a(.href(StudentRoutes.journey.link(studentId)), "See the journey and progress")),
                SummaryList.render(rows),
                managesAccess ? places : .empty,
                managesAccess ? access : .empty,
            ])
    }

    /// Where staff find the student a place: the rounds open for choices, and requests.
    private var places: Node {
        .section(
            .ariaLabelledBy("places"),
            .h2(.id("places"), "Finding a place"),
            openRounds.isEmpty
                ? .p("No allocation round is open for choices for this student.")
                : .ul(
                    .forEach(openRounds) { round in
                        .li(
                            .a(.href(RoundRoutes.choices.link(round.id, studentId)), .text("Choices in \(round.name)")),
                            .text(" (open until \(round.closes.longText))"))
                    }),
            .p(
                .text("To ask a provider for a place, choose “Request a place” on the opportunity's page. "),
                .a(.href(RequestRoutes.requests.link), "Requests for your students")))
    }

    /// A new sign-in code, and the invitation of a parent or carer (linked to the student's account).
    private var access: Node {
        guard hasAccount else {
            return .p(
                .text("To invite a parent or carer, first make the student's account: "),
                .a(.href(StudentRoutes.accounts.link), "Student accounts"))
        }
        return .group(
            signsInWithCode
                ? PageLayout.postForm(
                    StudentRoutes.newCode.link(studentId), csrf: viewer.csrfToken, label: "New sign-in code",
                    [
                        .p("Lost the sign-in sheet? A new code stops the old one working."),
                        PageLayout.submit("Make a new sign-in code", class: "secondary", context: record.displayName),
                    ]) : .empty,
            .h2("Invite a parent or carer"),
            PageLayout.postForm(
                StudentRoutes.inviteParent.link(studentId), csrf: viewer.csrfToken, label: "Invite a parent or carer",
                [
                    PageLayout.textField("name", "Their name", value: invite?.name, autocomplete: "off", required: true, problem: problem),
                    PageLayout.textField(
                        "email", "Their email address", value: invite?.email, type: "email", autocomplete: "off",
                        hint: "They are sent a link to choose a password, and see this student's journey.", required: true, problem: problem
                    ),
                    PageLayout.submit("Send the invitation"),
                ]))
    }
}
