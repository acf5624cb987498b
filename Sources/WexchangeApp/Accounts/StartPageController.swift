import FluentKit
import Foundation
import Hummingbird
import WexchangeCore

/// `/home`: each role's start page, with what is waiting for them.
struct StartPageController: Sendable {
    let services: AppServices

    @Sendable func page(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity, let viewer = Viewer(identity) else { throw AppError.unauthorised }
        return HTMLResponse.page(StartPage(viewer: viewer, tasks: try await tasks(for: identity, viewer: viewer)))
    }

    func tasks(for identity: Identity, viewer: Viewer) async throws -> [StartPage.Task] {
        var tasks: [StartPage.Task] = []
        if viewer.managesListings { tasks += try await providerTasks(identity) }
        if viewer.canModerate {
            let waiting = try await services.moderation.queue(for: identity.requester).count
            tasks.append(
                .init(
                    heading: "Listings to moderate", summary: count(waiting, "listing is", "listings are") + " waiting for your decision.",
                    link: ModerationRoutes.queue.link, linkText: "Open the moderation queue"))
        }
        if viewer.moderatesReviews {
            let waiting = try await services.reviews.pendingComments().count
            tasks.append(
                .init(
                    heading: "Review comments", summary: count(waiting, "comment is", "comments are") + " waiting to be read.",
                    link: ReviewRoutes.moderation.link, linkText: "Read review comments"))
        }
        if viewer.managesBadges {
            let badges = try await services.badges.count(for: identity)
            tasks.append(
                .init(
                    heading: "Accreditation badges", summary: "\(count(badges, "badge", "badges")) granted so far.",
                    link: BadgeRoutes.badges.link, linkText: "Grant or revoke badges"))
        }
        switch identity.role {
        case .careersLeader, .schoolStaff:
            if identity.role == .careersLeader {
                tasks.append(
                    .init(
                        heading: "Who is missing out",
                        summary: "Each year group against your target and Gatsby Benchmark 6, and the students who are behind.",
                        link: StudentRoutes.progress.link, linkText: "See progress against the target"))
            }
            tasks.append(
                .init(
                    heading: "Find work experience for your students",
                    summary: "Search by postcode, year group and interest; online opportunities are always included.",
                    link: CatalogueRoutes.search.link, linkText: "Find opportunities"))
        case .student, .parent:
            // A student's own year group; a parent sees every year.
            let year =
                identity.role == .student
                ? try await MembershipModel.find(identity.membershipId, on: services.storage.database)?.yearGroup : nil
            tasks.append(
                .init(
                    heading: "Find work experience",
                    summary:
                        "Look for places near home or online. To take part, ask your school's careers leader: they arrange placements with the provider.",
                    link: year.map { CatalogueRoutes.search.link(query: [("year", String($0))]) } ?? CatalogueRoutes.search.link,
                    linkText: year.map { "Find opportunities for Year \($0)" } ?? "Find opportunities"))
            // The journeys this person may see: their own, or their linked students'.
            let linked = identity.role == .student ? [identity.userId] : Array(identity.membership.linkedStudents)
            let records = try await StudentModel.query(on: services.storage.database).filter(\.$userId ~~ linked).all()
            for record in records {
                tasks.append(
                    .init(
                        heading: identity.role == .student ? "Your journey" : "\(record.record.displayName)'s journey",
                        summary: "Every experience of workplaces so far, and what is still to come.",
                        link: StudentRoutes.journey.link(try record.requireID()),
                        linkText: identity.role == .student ? "See your journey" : "See \(record.record.displayName)'s journey"))
            }
        case .hubCoordinator:
            tasks.append(
                .init(
                    heading: "Who is missing out in the hub",
                    summary:
                        "Each school and year group against their targets and Gatsby Benchmark 6, split by disadvantage and SEN, with no student named.",
                    link: StudentRoutes.hubProgress.link, linkText: "See the hub's progress"))
        default:
            break
        }
        if identity.role.administersOrganisation {
            tasks.append(
                .init(
                    heading: "Your organisation", summary: "See who has a role here, invite people and remove them.",
                    link: OrganisationRoutes.organisation.link, linkText: "Manage \(identity.organisationName)"))
        }
        return tasks
    }

    /// A provider's listings: what the moderators returned (by name), what waits, and drafts.
    private func providerTasks(_ identity: Identity) async throws -> [StartPage.Task] {
        let rows = try await OpportunityModel.query(on: services.storage.database).filter(\.$provider.$id == identity.organisationId)
            .sort(\.$updatedAt, .descending).all()
        func with(_ status: OpportunityStatus) -> [OpportunityModel] { rows.filter { $0.effectiveStatus == status } }
        let returned = with(.returned)
        var tasks: [StartPage.Task] = []
        if !returned.isEmpty {
            tasks.append(
                .init(
                    heading: "Listings that need changes",
                    summary: "A moderator returned \(count(returned.count, "listing", "listings")) with a note saying what to change.",
                    link: CatalogueRoutes.providerListings.link, linkText: "See all your listings",
                    items: try returned.prefix(5).map { ($0.title, CatalogueRoutes.providerListing.link(try $0.requireID())) }))
        }
        tasks.append(
            .init(
                heading: "Your listings",
                summary:
                    "\(with(.published).count) published, \(with(.submitted).count) waiting for a moderator, \(with(.draft).count) draft\(with(.draft).count == 1 ? "" : "s").",
                link: CatalogueRoutes.providerListings.link, linkText: "Manage your listings or start a new one"))
        return tasks
    }

    /// "3 listings are", "1 listing is", "No listings are".
    private func count(_ number: Int, _ singular: String, _ plural: String) -> String {
        number == 0 ? "No \(plural)" : "\(number) \(number == 1 ? singular : plural)"
    }
}
