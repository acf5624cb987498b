import Foundation
import Plot
import WexchangeCore

/// "My organisation": its members and, for those who administer it, inviting and removing.
struct OrganisationPage {
    let viewer: Viewer
    let members: [Invitations.Member]
    let canManage: Bool
    let kind: OrganisationKind
    var schools: [OrganisationModel] = []
    var form: [String: String] = [:]
    var notice: String?
    var problem: FormProblem?

    var html: String {
        PageLayout.render(title: viewer.organisationName, viewer: viewer, [
            .h1(.text(viewer.organisationName)),
            notice.map { el("p", [("class", "notice"), ("role", "status")], [.text($0)]) } ?? .empty,
            problem?.summary ?? .empty,
            .h2("Members"),
            .table(
                .caption("Members and their roles"),
                .thead(.tr(.th("Name"), .th("Email"), .th("Role"), .th("State"), .if(canManage, .th("Change")))),
                .tbody(.forEach(members) { member in
                    .tr(
                        .td(.text(member.name)), .td(.text(member.email)),
                        .td(.text(member.role.label + (member.yearGroup.map { ", Year \($0)" } ?? ""))),
                        .td(.text(member.isPending ? "Invited" : "Active")),
                        .if(canManage, .td(PageLayout.postForm(Routes.Link.organisationRemove(member.membershipId), csrf: viewer.csrfToken,
                                                                label: "Remove \(member.name)", [
                            el("button", [("type", "submit"), ("class", "secondary")], [.text("Remove \(member.role.label.lowercased())")]),
                        ])))
                    )
                })
            ),
            .if(canManage, inviteForm),
            .if(kind == .careersHub, .group(.h2("The hub's schools"), OrganisationsTable(caption: "Schools in this hub", rows: schools).node)),
        ])
    }

    private var inviteForm: BodyNode {
        let roles = Role.allCases.filter { $0.organisationKind == kind }
        return .group(
            .h2("Invite someone"),
            .p("They get an email with a link to choose their password. Someone who already has an account gains the role at once."),
            PageLayout.postForm(Routes.Link.organisationInvitations, csrf: viewer.csrfToken, label: "Invite someone", [
                PageLayout.labelled("email", "Email address", el("input", [("type", "email"), ("id", "email"), ("name", "email"), ("value", form["email"])])),
                PageLayout.labelled("name", "Name", el("input", [("type", "text"), ("id", "name"), ("name", "name"), ("value", form["name"])])),
                PageLayout.labelled("role", "Role", el("select", [("id", "role"), ("name", "role")], roles.map { role in
                    el("option", [("value", role.rawValue), ("selected", form["role"] == role.rawValue ? "selected" : nil)], [.text(role.label)])
                })),
                .if(kind == .school, .group(
                    PageLayout.labelled("year", "Year group (students)", el("input", [("type", "text"), ("inputmode", "numeric"), ("id", "year"),
                                                                                         ("name", "year"), ("value", form["year"]), ("size", "3")])),
                    PageLayout.labelled("student_email", "Their child's email (parents and carers)", el("input", [
                        ("type", "email"), ("id", "student_email"), ("name", "student_email"), ("value", form["student_email"]),
                    ]))
                )),
                el("button", [("type", "submit")], [.text("Send invitation")]),
            ])
        )
    }
}
