import Foundation
import WexchangeHTML
import WexchangeCore

extension OrganisationPage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: viewer.organisationName, viewer: viewer, problem: problem != nil,
            [
                .h1(.text(viewer.organisationName)),
                PageLayout.notice(notice),
                problem?.summary ?? .empty,
                .h2("Members"),
                DataTable(
                    caption: "Members and their roles",
                    columns: [
                        .init(heading: "Name") { .text($0.name) },
                        .init(heading: "Email") { .text($0.email) },
                        .init(heading: "Role") { .text($0.role.label + ($0.yearGroup.map { ", Year \($0)" } ?? "")) },
                        .init(heading: "State") { .text($0.isOffer ? "Role offered" : $0.isPending ? "Invited" : "Active") },
                    ] + (canManage ? [.init(heading: "Change", cell: removeLink)] : []),
                    rows: members
                ).render(),
                .if(canManage, inviteForm),
                .if(
                    kind == .careersHub,
                    .group(.h2("The hub's schools"), OrganisationsTable(caption: "Schools in this hub", rows: schools).node)),
            ])
    }

    private func removeLink(_ member: InvitationService.Member) -> Node {
        guard !member.isOffer else { return .empty }
        return .a(
            .href(OrganisationRoutes.memberRemove.link(member.membershipId)), .text("Remove"),
            .span(.class("visually-hidden"), .text(" \(member.name), \(member.role.label.lowercased())")))
    }

    private var inviteForm: Node {
        let roles = Role.allCases.filter { $0.organisationKind == kind }
        return .group(
            .h2("Invite someone"),
            .p("They get an email with a link. Someone new chooses a password; someone who already has an account accepts the role."),
            PageLayout.postForm(
                OrganisationRoutes.invitations.link, csrf: viewer.csrfToken, label: "Invite someone",
                [
                    PageLayout.textField("email", "Email address", value: form["email"], type: "email", problem: problem),
                    PageLayout.textField("name", "Name", value: form["name"], problem: problem),
                    PageLayout.labelled(
                        "role", "Role", PageLayout.select("role", roles.map { ($0.rawValue, $0.label) }) { form["role"] == $0 }),
                    .if(
                        kind == .school,
                        .group(
                            PageLayout.labelled(
                                "year", "Year group (students)",
                                PageLayout.textInput(
                                    "year", value: form["year"], inputmode: "numeric", size: 3,
                                    invalid: problem?.message(for: "year") != nil),
                                error: problem?.message(for: "year")),
                            PageLayout.textField(
                                "student_email", "Their child's email (parents and carers)", value: form["student_email"], type: "email",
                                problem: problem)
                        )),
                    PageLayout.submit("Send invitation"),
                ])
        )
    }
}
