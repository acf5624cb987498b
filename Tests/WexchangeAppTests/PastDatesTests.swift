import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeTestSupport

/// Dates already over are refused on every path that writes a listing (API, form, feed, CSV),
/// with nothing stored; a listing that already had them can still be edited and re-sent.
@Suite struct PastDatesOnEveryPathTests {
    /// 2026-06-01: when the earlier listings were written.
    static let earlier = Date(timeIntervalSince1970: 1_780_272_000)

    func writtenEarlier(_ app: TestApp) -> ListingService {
        ListingService(catalogue: app.services.catalogue, gazetteer: app.services.gazetteer, now: { Self.earlier })
    }

    @Test func theAPIRefusesANewListingThatHasAlreadyEnded() async throws {
        try await withApp { app in
            let provider = try await app.makeProvider()
            let input = OpportunityInput.mock("old") {
                $0.sessions = [.init(start: "2026-03-02", end: "2026-03-06")]
                $0.applicationDeadline = "2026-01-15"
            }
            try await app.client { client in
                try await client.execute(uri: "/api/v1/opportunities", method: .post, headers: bearer(provider.key), body: jsonBody(input))
                {
                    response in
                    #expect(response.status == .badRequest)
                    let details = try #require((try response.json()["error"] as? [String: Any])?["details"] as? [[String: Any]])
                    #expect(Set(details.compactMap { $0["field"] as? String }) == ["sessions", "application_deadline"])
                }
            }
            #expect(try await OpportunityModel.query(on: app.services.storage.database).count() == 0)
        }
    }

    @Test func aListingUnderwayCanBeEditedButNotGivenNewPastDates() async throws {
        try await withApp { app in
            let provider = try await app.makeProvider()
            let sessions: [OpportunityInput.Session] = [
                .init(start: "2026-07-06", end: "2026-07-10"), .init(start: "2027-07-05", end: "2027-07-09"),
            ]
            let written = try await writtenEarlier(app).create(providerID: provider.id, input: .mock("u") { $0.sessions = sessions })
            let renamed = try await app.services.listings.update(
                providerID: provider.id, id: written.id,
                input: .mock("u") {
                    $0.sessions = sessions; $0.title = "Renamed"
                })
            #expect(renamed.details.title == "Renamed")
            do {
                _ = try await app.services.listings.update(
                    providerID: provider.id, id: written.id,
                    input: .mock("u") {
                        $0.sessions = sessions + [.init(start: "2026-12-07", end: "2026-12-11")]; $0.title = "Again"
                    })
                Issue.record("a new past session was accepted")
            } catch let error as AppError {
                #expect(error.code == "invalid" && error.field == "sessions" && error.message.contains("2026-12-07"))
            }
            #expect(try await app.services.listings.listing(written.id, ownedBy: provider.id).1.title == "Renamed")
        }
    }

    @Test func aFeedMayResendWhatItHadButNotBringNewPastDates() async throws {
        try await withApp { app in
            let provider = try await app.makeProvider()
            let item = OpportunityInput.mock("a") { $0.applicationDeadline = "2026-12-01" }
            let earlierFeeds = FeedImportService(writer: writtenEarlier(app))
            _ = try await earlierFeeds.apply(
                providerID: provider.id, items: [.init(input: item, index: 0, line: nil)], full: false, source: "feed:api")
            // Since then the deadline has passed: sent again unchanged, it stays as it is.
            let again = try await app.services.feeds.apply(
                providerID: provider.id, items: [.init(input: item, index: 0, line: nil)], full: false, source: "feed:api")
            #expect(again.unchanged == 1)
            // A changed deadline, still in the past, and a new item that has already ended: refused, all at once.
            let moved = OpportunityInput.mock("a") { $0.applicationDeadline = "2026-12-15" }
            let ended = OpportunityInput.mock("b") { $0.sessions = [.init(start: "2026-11-02", end: "2026-11-06")] }
            do {
                _ = try await app.services.feeds.apply(
                    providerID: provider.id, items: [.init(input: moved, index: 0, line: nil), .init(input: ended, index: 1, line: nil)],
                    full: false, source: "feed:api")
                Issue.record("past dates were accepted")
            } catch let error as AppError {
                #expect(error.code == "invalid_feed" && error.message.hasPrefix("2 of 2 items"))
                #expect(error.details.map(\.field) == ["application_deadline", "sessions"])
            }
            let rows = try await OpportunityModel.query(on: app.services.storage.database).all()
            #expect(rows.count == 1)
            #expect(try rows.first?.details().applicationDeadline == CalendarDate(iso: "2026-12-01"))
        }
    }

    @Test func aCSVRowThatHasEndedIsNamedByItsLine() async throws {
        try await withApp { app in
            let provider = try await app.makeProvider()
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("past-\(UUID()).csv")
            try
                (CSVImportTests.header + """
                    p1,Welding taster,Try welding,workplace_visit,in_person,engineering-manufacturing,introduce_inspire,9,1 Quay Road,NE1 3AF,10,5,1,2027-03-01/2027-03-01,
                    p2,Old visit,Too late,workplace_visit,in_person,engineering-manufacturing,introduce_inspire,9,1 Quay Road,NE1 3AF,10,5,1,2026-03-02/2026-03-02,
                    """).write(to: url, atomically: true, encoding: .utf8)
            do {
                _ = try await CSVImportService.importFile(url, providerID: provider.id, services: app.services)
                Issue.record("a row that has ended was accepted")
            } catch let failure as CSVImportService.Failure {
                #expect(failure.problems.map(\.line) == [3])
                #expect(failure.description.contains("line 3 (p2): sessions the session from 2026-03-02 to 2026-03-02 has already ended"))
            }
            #expect(try await OpportunityModel.query(on: app.services.storage.database).count() == 0)
        }
    }
}

extension PastDatesOnEveryPathTests {
    @Test func theListingFormRefusesASessionThatHasEnded() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let session = try await world.session(.providerAdmin)
            let db = app.services.storage.database
            let before = try await OpportunityModel.query(on: db).count()
            try await app.client { client in
                let fields = ProviderPagesTests.filledIn.map { field -> (String, String) in
                    switch field.0 {
                    case "session_start_1-year", "session_end_1-year": (field.0, "2026")
                    case "session_start_1-month", "session_end_1-month": (field.0, "11")
                    case "session_start_1-day": (field.0, "2")
                    case "session_end_1-day": (field.0, "6")
                    default: field
                    }
                }
                let refused = try await ProviderPagesTests.post(
                    client, "/provider/listings", session: session, fields + [("intent", "publish")])
                #expect(refused.status == 400)
                #expect(refused.body.contains("A session has already ended: change its dates or remove it"))
                #expect(refused.body.contains("<title>Error: "))
            }
            #expect(try await OpportunityModel.query(on: db).count() == before)
        }
    }
}
