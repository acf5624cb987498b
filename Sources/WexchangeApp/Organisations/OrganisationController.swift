import FluentKit
import Foundation
import Hummingbird
import WexchangeCore

/// The requester's own organisation: members, invitations, removals.
struct OrganisationController: Sendable {
    let services: AppServices

    /// The policy's view of the requester's organisation.
    static func ownOrganisation(_ context: AppRequestContext) -> OrganisationFacts {
        guard let identity = context.identity else { return OrganisationFacts(id: UUID(), kind: .school) }
        return OrganisationFacts(id: identity.organisationId, kind: identity.role.organisationKind, hubId: identity.membership.schoolHubId)
    }

    @Sendable func page(_ request: Request, context: AppRequestContext) async throws -> Response {
        let notice: String? =
            switch request.queryValue("done") {
            case "invited": "Invitation sent. They gain the role when they follow the link in the email."
            case "removed": "Removed."
            default: nil
            }
        return try await render(context, notice: notice)
    }

    @Sendable func invite(_ request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        let form = try await FormBody.read(&request)
        guard let identity = context.identity else { throw AppError.unauthorised }
        do {
            try await services.invitations.invite(
                .init(
                    email: form["email"] ?? "", name: form["name"] ?? "", role: form["role"] ?? "", yearGroup: form["year"],
                    studentEmail: form["student_email"]), by: identity)
            return Response.redirect(to: OrganisationRoutes.organisation.link + "?done=invited")
        } catch let error as AppError where [400, 409].contains(error.status.code) {
            return try await render(
                context, form: Dictionary(form.pairs, uniquingKeysWith: { _, last in last }),
                problem: FormProblem(error), status: error.status)
        }
    }

    /// `GET /organisation/members/{id}/remove`: names the person and says what removing does.
    @Sendable func confirmRemove(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity, let viewer = Viewer(identity) else { throw AppError.unauthorised }
        let id = try context.uuidParameter("id", what: "member")
        guard
            let member = try await services.invitations.members(of: identity.organisationId)
                .first(where: { $0.membershipId == id && !$0.isOffer && Self.mayList($0, to: identity) })
        else { throw AppError.notFound("This member") }
        return HTMLResponse.page(
            ConfirmationPage(
                viewer: viewer, heading: "Remove \(member.name) (\(member.role.label.lowercased())) from \(identity.organisationName)?",
                consequences: [
                    "They are signed out of this role at once, and its API tokens stop working.",
                    "They keep their account, and any roles they hold elsewhere.",
                    "To undo it, invite them again from this page.",
                ],
                action: OrganisationRoutes.memberRemove.link(id), confirmLabel: "Remove \(member.role.label.lowercased())",
                back: OrganisationRoutes.organisation.link))
    }

    @Sendable func remove(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity else { throw AppError.unauthorised }
        do {
            try await services.invitations.remove(membershipId: try context.uuidParameter("id", what: "member"), by: identity)
            return Response.redirect(to: OrganisationRoutes.organisation.link + "?done=removed")
        } catch let error as AppError where error.status == .conflict {
            return try await render(context, problem: FormProblem(error), status: .conflict)
        }
    }

    /// `/audit`: the audit log, newest first, a page at a time; for one subject with `?subject=ID`.
    @Sendable func auditLog(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let viewer = Viewer(context.identity) else { throw AppError.unauthorised }
        let subject = request.queryValue("subject").flatMap(UUID.init(uuidString:))
        let (entries, pagination) = try await AuditTrail(database: services.storage.database)
            .page(request.queryValue("page"), subject: subject)
        return HTMLResponse.page(AuditLogPage(viewer: viewer, entries: entries, pagination: pagination, subject: subject))
    }

    /// `/organisations`: every organisation of one kind (national admins), by name, a page at a
    /// time; `search` matches the name, URN or postcode.
    @Sendable func directory(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let viewer = Viewer(context.identity) else { throw AppError.unauthorised }
        let kind = request.queryValue("kind").flatMap(OrganisationKind.init(rawValue:)) ?? .school
        let search = request.queryValue("search")?.trimmingCharacters(in: .whitespaces)
        let query = OrganisationModel.query(on: services.storage.database).filter(\.$kind == kind.rawValue)
        if let search, !search.isEmpty {
            query.filter(TextFilter.contains(search, in: ["name", "urn", "postcode"].map { (OrganisationModel.schema, $0) }))
        }
        let pagination = Pagination(requested: request.queryValue("page"), pageSize: 50, total: try await query.count())
        let rows = try await query.sort(\.$name).sort(\.$id).range(pagination.rows).all()
        return HTMLResponse.page(OrganisationsPage(viewer: viewer, kind: kind, rows: rows, pagination: pagination, search: search))
    }

    /// Students are listed only to those the policy lets see them (their school's staff, the
    /// student, a linked parent); parents only to the school's staff and to themselves. Staff of
    /// every kind are listed to every member.
    static func mayList(_ member: InvitationService.Member, to identity: Identity) -> Bool {
        switch member.role {
        case .student:
            let facts = StudentFacts(userId: member.userId, schoolId: identity.organisationId)
            return AccessPolicy.decide(identity.requester, .viewStudent(facts)) == .allowed
        case .parent:
            return member.userId == identity.userId || identity.role == .careersLeader || identity.role == .schoolStaff
        default:
            return true
        }
    }

    private func render(
        _ context: AppRequestContext, form: [String: String] = [:], notice: String? = nil, problem: FormProblem? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        guard let identity = context.identity, let viewer = Viewer(identity) else { throw AppError.unauthorised }
        let members = try await services.invitations.members(of: identity.organisationId).filter { Self.mayList($0, to: identity) }
        let canManage = AccessPolicy.decide(identity.requester, .manageMembers(Self.ownOrganisation(context))) == .allowed
        // A hub coordinator also sees the hub's schools (the policy decides, school by school).
        let schools =
            identity.role.organisationKind == .careersHub
            ? try await OrganisationModel.query(on: services.storage.database).filter(\.$hubId == identity.organisationId).sort(\.$name)
                .all()
                .filter { school in
                    let facts = OrganisationFacts(id: school.id ?? UUID(), kind: .school, hubId: school.hubId)
                    return AccessPolicy.decide(identity.requester, .viewOrganisation(facts)) == .allowed
                }
            : []
        let page = OrganisationPage(
            viewer: viewer, members: members, canManage: canManage, kind: identity.role.organisationKind,
            schools: schools, form: form, notice: notice, problem: problem)
        return HTMLResponse.page(page, status: status)
    }
}
