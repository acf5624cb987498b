import Foundation
import Hummingbird
import WexchangeCore

/// Requests for places: students (or staff for them) ask, providers accept or decline, through
/// pages and the API.
enum RequestRoutes {
    static let requests = SitePath("/requests")
    /// Staff choose which student a place is for.
    static let chooseStudent = SitePath1<UUID>("/opportunities/{id}/request")
    static let ask = SitePath2<UUID, UUID>("/opportunities/{id}/request/{student}")
    static let accept = SitePath1<UUID>("/requests/{id}/accept")
    static let decline = SitePath1<UUID>("/requests/{id}/decline")
    static let withdraw = SitePath1<UUID>("/requests/{id}/withdraw")
    static let apiRequests = SitePath("/api/v1/requests")
    static let apiAsk = SitePath1<UUID>("/api/v1/students/{student}/requests")
    static let apiAccept = SitePath1<UUID>("/api/v1/requests/{id}/accept")
    static let apiDecline = SitePath1<UUID>("/api/v1/requests/{id}/decline")
    static let apiWithdraw = SitePath1<UUID>("/api/v1/requests/{id}/withdraw")

    static func register(in table: inout RouteTable, services: AppServices) {
        let pages = RequestController(services: services)
        let api = RequestsAPI(services: services)
        func access(_ name: String, _ action: @escaping @Sendable (RequestFacts) -> AccessAction) -> RouteAccess {
            RouteAccess.resource("\(name)(the request)") { _, context in
                action(try await services.placeRequests.facts(try context.uuidParameter("id", what: "request")))
            }
        }
        let ask = RouteAccess.resource("requestPlace(the student)") { _, context in
            .requestPlace(try await services.studentRecords.facts(try context.uuidParameter("student", what: "student")))
        }
        let answer = access("answerRequest") { .answerRequest($0) }
        let withdraw = access("withdrawRequest") { .withdrawRequest($0) }
        table.add(.get, requests, .action(.listRequests), pages.list)
        table.add(.get, chooseStudent, .action(.listStudents), pages.chooseStudent)
        table.add(.get, Self.ask, ask, pages.form)
        table.add(.post, Self.ask, ask, pages.send)
        table.add(.post, accept, answer, pages.accept)
        table.add(.post, decline, answer, pages.decline)
        table.add(.post, Self.withdraw, withdraw, pages.withdraw)
        table.add(.get, apiRequests, .action(.listRequests), api.list)
        table.add(.post, apiAsk, ask, api.ask)
        table.add(.post, apiAccept, answer, api.accept)
        table.add(.post, apiDecline, answer, api.decline)
        table.add(.post, apiWithdraw, withdraw, api.withdraw)
    }
}
