import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
@testable import WexchangeApp
import WexchangeCore

@Suite struct ReviewTests {
    static func providerRating(_ client: any TestClientProtocol, query: String = "") async throws -> [String: Any]? {
        try await client.execute(uri: "/api/v1/opportunities?\(query)", method: .get) { response in
            let items = try response.json()["items"] as? [[String: Any]] ?? []
            return (items.first?["provider"] as? [String: Any])?["rating"] as? [String: Any]
        }
    }

    @Test func ratingsCountAtOnceShowInSearchAndFilterByMinRating() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            // Start from no reviews.
            try await ReviewModel.query(on: app.services.storage.database).delete()
            try await world.finishedPlacement()
            try await app.services.catalogue.refresh()
            let id = world.published.uuidString.lowercased()
            let leader = try await world.token(.careersLeader)
            let coordinator = try await world.token(.hubCoordinator)
            try await app.client { client in
                #expect(try await Self.providerRating(client) == nil)
                #expect(
                    try await client.execute(uri: "/api/v1/opportunities?min_rating=1", method: .get) { try $0.json()["total"] as? Int }
                        == 0)
                for (token, body) in [(leader, #"{"stars": 5, "comment": "Brilliant week."}"#), (coordinator, #"{"stars": 2}"#)] {
                    try await client.execute(
                        uri: "/api/v1/opportunities/\(id)/review", method: .put, headers: bearer(token),
                        body: ByteBuffer(string: body)
                    ) { #expect($0.status == .noContent) }
                }
                let rating = try #require(try await Self.providerRating(client))
                #expect(rating["average"] as? Double == 3.5)
                #expect(rating["count"] as? Int == 2)
                #expect(
                    try await client.execute(uri: "/api/v1/opportunities?min_rating=3.5", method: .get) { try $0.json()["total"] as? Int }
                        == 1)
                #expect(
                    try await client.execute(uri: "/api/v1/opportunities?min_rating=4", method: .get) { try $0.json()["total"] as? Int }
                        == 0)
                // Rating again replaces the organisation's rating; it does not add one.
                try await client.execute(
                    uri: "/api/v1/opportunities/\(id)/review", method: .put, headers: bearer(coordinator),
                    body: ByteBuffer(string: #"{"stars": 4}"#)
                ) { #expect($0.status == .noContent) }
                let changed = try #require(try await Self.providerRating(client))
                #expect(changed["average"] as? Double == 4.5)
                #expect(changed["count"] as? Int == 2)
                // The comment is not public until a national admin has read it.
                try await client.execute(uri: "/api/v1/opportunities/\(id)/reviews", method: .get) { response in
                    let items = try response.json()["items"] as? [[String: Any]] ?? []
                    #expect(items.count == 2)
                    #expect(items.allSatisfy { $0["comment"] is NSNull || $0["comment"] == nil })
                }
            }
        }
    }

    @Test func badRatingsAreRefusedAndChangeNothing() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let db = app.services.storage.database
            let before = try await ReviewModel.query(on: db).all().map { "\($0.stars) \($0.comment ?? "")" }
            let token = try await world.token(.careersLeader)
            try await app.client { client in
                for body in [
                    #"{}"#, #"{"stars": 0}"#, #"{"stars": 6}"#, #"{"stars": 3, "comment": "\#(String(repeating: "x", count: 2001))"}"#,
                ] {
                    try await client.execute(
                        uri: "/api/v1/opportunities/\(world.published.uuidString)/review", method: .put,
                        headers: bearer(token), body: ByteBuffer(string: body)
                    ) { response in
                        #expect(response.status == .badRequest, "\(body.prefix(30))")
                    }
                }
                try await client.execute(
                    uri: "/api/v1/opportunities/\(world.published.uuidString)/review", method: .put,
                    headers: bearer(token), body: ByteBuffer(string: #"{"stars": "five"}"#)
                ) { response in
                    #expect(response.status == .badRequest)
                    #expect(response.text.contains("stars"))
                }
                // Only published listings can be rated: a waiting one is not even acknowledged.
                try await client.execute(
                    uri: "/api/v1/opportunities/\(world.waiting.uuidString)/review", method: .put,
                    headers: bearer(token), body: ByteBuffer(string: #"{"stars": 5}"#)
                ) { #expect($0.status == .notFound) }
            }
            #expect(try await ReviewModel.query(on: db).all().map { "\($0.stars) \($0.comment ?? "")" } == before)
        }
    }

    @Test func commentsShowAfterANationalAdminReadsThemAndReportsSendThemBack() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let admin = try await world.session(.nationalAdmin)
            let parent = try await world.session(.parent)
            let detail = CatalogueRoutes.opportunity.link(world.published)
            try await app.client { client in
                try await client.execute(uri: detail, method: .get) { #expect(!$0.text.contains("Well organised.")) }
                try await client.execute(uri: "/reviews", method: .get, headers: admin.headers) { response in
                    #expect(response.status == .ok)
                    #expect(response.text.contains("Well organised."))
                }
                try await client.execute(
                    uri: ReviewRoutes.show.link(world.review), method: .post, headers: admin.formHeaders,
                    body: admin.form()
                ) { #expect($0.status == .seeOther) }
                try await client.execute(uri: detail, method: .get) { response in
                    #expect(response.text.contains("Well organised."))
                    #expect(response.text.contains("4 out of 5"))
                }
                // A parent reports it: it leaves the page and returns to the queue.
                try await client.execute(
                    uri: ReviewRoutes.report.link(world.review), method: .post, headers: parent.formHeaders,
                    body: parent.form()
                ) { #expect($0.status == .seeOther) }
                try await client.execute(uri: detail, method: .get) { #expect(!$0.text.contains("Well organised.")) }
                try await client.execute(uri: "/reviews", method: .get, headers: admin.headers) {
                    #expect($0.text.contains("reported 1 time"))
                }
            }
            let audit = try await AuditEntryModel.query(on: app.services.storage.database).all()
            #expect(audit.map(\.action) == ["review.show"])
        }
    }

    @Test func theDetailPageOffersTheRatingFormOnlyToThoseWhoMayRate() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            try await world.finishedPlacement()
            let detail = CatalogueRoutes.opportunity.link(world.published)
            try await app.client { client in
                for (role, offered) in [(Role.careersLeader, true), (.hubCoordinator, true), (.student, false), (.providerAdmin, false)] {
                    let session = try await world.session(role)
                    try await client.execute(uri: detail, method: .get, headers: session.headers) { response in
                        #expect(response.text.contains("Save rating") == offered, "\(role)")
                    }
                }
                // The careers leader's school already rated it: the form shows their 4 stars.
                let leader = try await world.session(.careersLeader)
                try await client.execute(uri: detail, method: .get, headers: leader.headers) { response in
                    #expect(response.text.contains(#"value="4" checked="checked""#))
                    #expect(response.text.contains("Change your organisation's rating"))
                }
                try await client.execute(
                    uri: ReviewRoutes.rate.link(world.published), method: .post, headers: leader.formHeaders,
                    body: leader.form([("comment", "No stars chosen")])
                ) { response in
                    #expect(response.status == .badRequest)
                    #expect(response.text.contains("choose 1 to 5 stars"))
                }
            }
        }
    }
}
