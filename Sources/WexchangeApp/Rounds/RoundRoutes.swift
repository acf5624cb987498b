import Foundation
import Hummingbird
import WexchangeCore

/// Allocation rounds: set up, pledged to, ranked in, run and published (the API), and read,
/// opened, run and published through their pages.
enum RoundRoutes {
    static let rounds = SitePath("/rounds")
    static let round = SitePath1<UUID>("/rounds/{id}")
    static let new = SitePath("/rounds/new")
    static let open = SitePath1<UUID>("/rounds/{id}/open")
    static let run = SitePath1<UUID>("/rounds/{id}/run")
    static let publish = SitePath1<UUID>("/rounds/{id}/publish")
    static let reclear = SitePath1<UUID>("/rounds/{id}/reclear")
    static let choices = SitePath2<UUID, UUID>("/rounds/{id}/choices/{student}")
    static let pledge = SitePath2<UUID, UUID>("/rounds/{id}/pledges/{opportunity}")
    static let withdrawPledge = SitePath2<UUID, UUID>("/rounds/{id}/pledges/{opportunity}/withdraw")
    static let apiRounds = SitePath("/api/v1/rounds")
    static let apiRound = SitePath1<UUID>("/api/v1/rounds/{id}")
    static let apiOpen = SitePath1<UUID>("/api/v1/rounds/{id}/open")
    static let apiRun = SitePath1<UUID>("/api/v1/rounds/{id}/run")
    static let apiPublish = SitePath1<UUID>("/api/v1/rounds/{id}/publish")
    static let apiReclear = SitePath1<UUID>("/api/v1/rounds/{id}/reclear")
    static let apiPledge = SitePath2<UUID, UUID>("/api/v1/rounds/{id}/pledges/{opportunity}")
    static let apiChoices = SitePath2<UUID, UUID>("/api/v1/rounds/{id}/choices/{student}")

    static func register(in table: inout RouteTable, services: AppServices) {
        let api = RoundsAPI(services: services)
        let pages = RoundController(services: services)
        let choicePages = RoundChoicesController(services: services)
        @Sendable func round(_ context: AppRequestContext) async throws -> RoundFacts {
            try await RoundService.find(try context.uuidParameter("id", what: "round"), on: services.storage.database).facts
        }
        let create = RouteAccess.resource("createRound(the requester's scope)") { _, context in
            .createRound(AccessPolicy.roundScope(of: context.identity?.role ?? .student))
        }
        let view = RouteAccess.resource("viewRound(the round)") { _, context in .viewRound(try await round(context)) }
        let manage = RouteAccess.resource("manageRound(the round)") { _, context in .manageRound(try await round(context)) }
        let pledge = RouteAccess.resource("pledgeToRound(the round, the listing)") { _, context in
            let listing = try await services.listingFacts.facts(try context.uuidParameter("opportunity", what: "opportunity")).facts
            return .pledgeToRound(try await round(context), listing)
        }
        let rank = RouteAccess.resource("rankInRound(the round, the student)") { _, context in
            try await services.rounds.rankingFacts(
                round: try context.uuidParameter("id", what: "round"), student: try context.uuidParameter("student", what: "student"))
        }
        table.add(.get, rounds, .action(.listRounds), pages.list)
        table.add(.get, new, create, pages.new)
        table.add(.post, rounds, create, pages.create)
        table.add(.get, Self.round, view, pages.show)
        table.add(.post, open, manage, pages.open)
        table.add(.post, run, manage, pages.run)
        table.add(.post, publish, manage, pages.publish)
        table.add(.post, reclear, manage, pages.reclear)
        table.add(.post, Self.pledge, pledge, pages.pledge)
        table.add(.post, withdrawPledge, pledge, pages.withdrawPledge)
        table.add(.get, choices, rank, choicePages.show)
        table.add(.post, choices, rank, choicePages.save)
        table.add(.get, apiRounds, .action(.listRounds), api.list)
        table.add(.post, apiRounds, create, api.create)
        table.add(.get, apiRound, view, api.show)
        table.add(.post, apiOpen, manage, api.open)
        table.add(.post, apiRun, manage, api.run)
        table.add(.post, apiPublish, manage, api.publish)
        table.add(.post, apiReclear, manage, api.reclear)
        table.add(.put, apiPledge, pledge, api.pledge)
        table.add(.delete, apiPledge, pledge, api.withdraw)
        table.add(.get, apiChoices, rank, api.choices)
        table.add(.put, apiChoices, rank, api.setChoices)
    }
}
