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
                .table(
                    .caption("Members and their roles"),
                    .thead(.tr(.th("Name"), .th("Email"), .th("Role"), .th("State"), .if(canManage, .th("Change")))),
                    .tbody(
                        .forEach(members) { member in
                            .tr(
                                .td(.text(member.name)), .td(.text(member.email)),
                                .td(.text(member.role.label + (member.yearGroup.map { ", Year \($0)" } ?? ""))),
                                .td(.text(member.isOffer ? "Role offered" : member.isPending ? "Invited" : "Active")),
                                .if(
                                    canManage,
                                    member.isOffer
                                        ? .td()
                                        : .td(
                                            PageLayout.postForm(
                                                OrganisationRoutes.memberRemove.link(member.membershipId), csrf: viewer.csrfToken,
                                                label: "Remove \(member.name)",
                                                [
                                                    PageLayout.submit("Remove \(member.role.label.lowercased())", class: "secondary")
                                                ])))
                            )
                        })
                ),
                .if(canManage, inviteForm),
                .if(
                    kind == .careersHub,
                    .group(.h2("The hub's schools"), OrganisationsTable(caption: "Schools in this hub", rows: schools).node)),
            ])
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
