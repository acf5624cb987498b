import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
@testable import WexchangeApp
import WexchangeCore

/// Ratings come from those who took part: a school whose student finished a placement with the
/// provider, or that school's Careers Hub. Ratings given before this rule keep counting, marked.
@Suite struct ReviewParticipationTests {
    @Test func onlyASchoolOrHubWhoseStudentsFinishedAPlacementCanRate() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let db = app.services.storage.database
            try await ReviewModel.query(on: db).delete()
            let id = world.published.uuidString.lowercased()
            let leader = try await world.token(.careersLeader)
            let coordinator = try await world.token(.hubCoordinator)
            let leaderPage = try await world.session(.careersLeader)
            try await app.client { client in
                // Before any placement: refused in words, and nothing stored.
                for token in [leader, coordinator] {
                    try await client.execute(
                        uri: "/api/v1/opportunities/\(id)/review", method: .put, headers: bearer(token),
                        body: ByteBuffer(string: #"{"stars": 5}"#)
                    ) { response in
                        #expect(response.status == .forbidden)
                        let error = try response.json()["error"] as? [String: Any]
                        #expect(error?["code"] as? String == "no_placement")
                        #expect((error?["message"] as? String)?.contains("finished a placement with Provider A") == true)
                    }
                }
                try await client.execute(uri: CatalogueRoutes.opportunity.link(world.published), method: .get, headers: leaderPage.headers)
                {
                    response in
                    #expect(!response.text.contains("Rate this provider"))
                    #expect(response.text.contains("once one of your students has finished a placement"))
                }
                try await client.execute(
                    uri: ReviewRoutes.rate.link(world.published), method: .post, headers: leaderPage.formHeaders,
                    body: leaderPage.form([("stars", "5")])
                ) { #expect($0.status == .forbidden) }
                #expect(try await ReviewModel.query(on: db).count() == 0)

                // A placement that is only accepted, not finished, is not enough.
                _ = try await world.requestedOffer()
                try await client.execute(
                    uri: "/api/v1/opportunities/\(id)/review", method: .put, headers: bearer(leader),
                    body: ByteBuffer(string: #"{"stars": 5}"#)
                ) { #expect($0.status == .forbidden) }

                // Once one of the school's students has finished one, the school and its hub may rate.
                try await world.finishedPlacement()
                for token in [leader, coordinator] {
                    try await client.execute(
                        uri: "/api/v1/opportunities/\(id)/review", method: .put, headers: bearer(token),
                        body: ByteBuffer(string: #"{"stars": 4}"#)
                    ) { #expect($0.status == .noContent) }
                }
                try await client.execute(uri: CatalogueRoutes.opportunity.link(world.published), method: .get, headers: leaderPage.headers)
                {
                    response in
                    #expect(response.text.contains("Change your organisation"))
                }
            }
            #expect(try await ReviewModel.query(on: db).count() == 2)
            #expect(try await ReviewModel.query(on: db).filter(\.$givenBeforeParticipation == true).count() == 0)
        }
    }

    /// Another hub's coordinator, or a school elsewhere, cannot rate on the strength of someone
    /// else's placement.
    @Test func anotherHubCannotRateOnAnotherHubsPlacement() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            try await world.finishedPlacement()
            let db = app.services.storage.database
            #expect(try await ReviewParticipation.tookPart(world.school, withProvider: world.providerA, on: db))
            #expect(try await ReviewParticipation.tookPart(world.hub, withProvider: world.providerA, on: db))
            #expect(!(try await ReviewParticipation.tookPart(world.otherHub, withProvider: world.providerA, on: db)))
            #expect(!(try await ReviewParticipation.tookPart(world.school, withProvider: world.providerB, on: db)))
        }
    }

    /// Ratings given before the rule keep counting in the provider's average and are marked
    /// where they are shown; the migration marks every rating that existed.
    @Test func ratingsGivenBeforeTheRuleKeepCountingMarked() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let db = app.services.storage.database
            try await AddReviewParticipation().revert(on: db)
            try await AddReviewParticipation().prepare(on: db)
            let review = try #require(try await ReviewModel.find(world.review, on: db))
            #expect(review.givenBeforeParticipation)
            try await app.services.catalogue.write { db, revision in
                try await Catalogue.touchProvider(world.providerA, revision: revision, on: db)
            }
            try await app.client { client in
                #expect(try await ReviewTests.providerRating(client)?["count"] as? Int == 1)
                try await client.execute(uri: "/api/v1/opportunities/\(world.published.uuidString)/reviews", method: .get) { response in
                    let items = try response.json()["items"] as? [[String: Any]] ?? []
                    #expect(items.first?["given_before_participation"] as? Bool == true)
                }
                try await client.execute(uri: CatalogueRoutes.opportunity.link(world.published), method: .get) { response in
                    #expect(response.text.contains("given before ratings needed a finished placement"))
                }
            }
        }
    }
}
