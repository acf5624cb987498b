import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeTestSupport

/// The offer pages as people use them: a student answers with the form, a parent signs the
/// consent form, the provider reads its placements; every bad form is shown again with its
/// problems in plain words and nothing stored.
@Suite struct OfferPagesTests {
    static let consentFields: [(String, String)] = [
        ("decision", "give"), ("emergency_name", "Ada Okafor"), ("emergency_phone", "07700 900 982"), ("relationship", "Mother"),
        ("medical_notes", "Asthma: inhaler in her bag"), ("signed_name", "Ada Okafor"), ("declaration", "yes"),
    ]

    @Test func aStudentAcceptsAParentConsentsAndTheProviderSeesThePlacement() async throws {
        try await withApp { app in
            var built = try await TestWorld.build(app)
            try await built.makeOffer()
            let world = built
            let offerId = try #require(world.offer)
            let student = try await world.session(.student)
            let parent = try await world.session(.parent)
            let provider = try await world.session(.providerAdmin)
            try await app.client { client in
                try await client.execute(uri: OfferRoutes.offers.link, method: .get, headers: student.headers) {
                    let text = ParsedHTML($0.text).text
                    #expect($0.status == .ok)
                    #expect(text.contains("Waiting for your answer") && text.contains("Answer by 1 February 2027"))
                }
                try await client.execute(uri: OfferRoutes.offer.link(offerId), method: .get, headers: student.headers) {
                    let text = ParsedHTML($0.text).text
                    #expect(text.contains("You have a place at your 1st choice"))
                    #expect(text.contains("Do you want this place?") && text.contains("Yes, I accept this place"))
                }
                // No answer chosen: the page again with the problem, nothing stored.
                let empty = try await ProviderPagesTests.post(client, OfferRoutes.answer.link(offerId), session: student, [])
                #expect(empty.status == 422)
                #expect(ParsedHTML(empty.body).text.contains("There is a problem"))
                #expect(ParsedHTML(empty.body).text.contains("Select whether you want this place"))
                #expect(try await Self.state(app, offerId) == .offered)

                let accepted = try await ProviderPagesTests.post(
                    client, OfferRoutes.answer.link(offerId), session: student, [("answer", "accept")])
                #expect(accepted.status == 303 && accepted.location == OfferRoutes.offer.link(offerId) + "?done=accepted")
                try await client.execute(uri: accepted.location ?? "/", method: .get, headers: student.headers) {
                    let text = ParsedHTML($0.text).text
                    #expect(text.contains("You accepted the place. A parent or carer has been asked for consent."))
                    #expect(text.contains("Accepted: waiting for a parent or carer's consent"))
                }
                // Accepting twice is refused in words.
                let twice = try await ProviderPagesTests.post(
                    client, OfferRoutes.answer.link(offerId), session: student, [("answer", "accept")])
                #expect(twice.status == 409 && ParsedHTML(twice.body).text.contains("This offer is already accepted"))
                #expect(try await Self.state(app, offerId) == .accepted)

                // The parent's form: every problem at once, nothing stored.
                let bad = try await ProviderPagesTests.post(
                    client, OfferRoutes.consent.link(offerId), session: parent,
                    [("decision", "give"), ("emergency_phone", "ring the office"), ("signed_name", "")])
                #expect(bad.status == 422)
                let badText = ParsedHTML(bad.body).text
                for message in [
                    "Enter your full name to sign", "Enter the name of an emergency contact", "Enter a telephone number",
                    "Enter how the emergency contact is related", "Confirm that you have read",
                ] {
                    #expect(badText.contains(message), "\(message)")
                }
                #expect(bad.body.contains("value=\"ring the office\""), "what the parent typed is kept")
                #expect(try await ConsentModel.query(on: app.services.storage.database).count() == 0)

                let signed = try await ProviderPagesTests.post(
                    client, OfferRoutes.consent.link(offerId), session: parent, Self.consentFields)
                #expect(signed.status == 303 && signed.location == OfferRoutes.offer.link(offerId) + "?done=consented")
                try await client.execute(uri: signed.location ?? "/", method: .get, headers: parent.headers) {
                    let text = ParsedHTML($0.text).text
                    #expect(text.contains("Thank you: the placement is confirmed.") && text.contains("consent given by Ada Okafor"))
                }
                #expect(try await Self.state(app, offerId) == .confirmed)

                try await client.execute(uri: OfferRoutes.placements.link, method: .get, headers: provider.headers) {
                    let text = ParsedHTML($0.text).text
                    #expect($0.status == .ok)
                    #expect(text.contains("Sunny Pupil") && text.contains("Tyne Academy") && text.contains("07700 900 982"))
                    #expect(text.contains("Asthma: inhaler in her bag"))
                    for secret in [StudentFixtures.upn(1), "4 March 2011", "2011-03-04", "Test Pupil", "Disadvantaged", "SEN"] {
                        #expect(!text.contains(secret), "a provider read \(secret)")
                    }
                }
                // Nobody else reads the provider's placements.
                try await client.execute(uri: OfferRoutes.placements.link, method: .get, headers: student.headers) {
                    #expect($0.status == .forbidden)
                }
            }
        }
    }

    @Test func aParentWhoRefusesNeedsOnlyTheirNameAndThePlaceGoesBack() async throws {
        try await withApp { app in
            var built = try await TestWorld.build(app)
            try await built.makeOffer()
            let world = built
            let offerId = try #require(world.offer)
            let student = try await world.session(.student)
            let parent = try await world.session(.parent)
            try await app.client { client in
                _ = try await ProviderPagesTests.post(client, OfferRoutes.answer.link(offerId), session: student, [("answer", "accept")])
                let unsigned = try await ProviderPagesTests.post(
                    client, OfferRoutes.consent.link(offerId), session: parent, [("decision", "refuse")])
                #expect(unsigned.status == 422 && ParsedHTML(unsigned.body).text.contains("Enter your full name to sign"))
                #expect(try await Self.state(app, offerId) == .accepted)
                let refused = try await ProviderPagesTests.post(
                    client, OfferRoutes.consent.link(offerId), session: parent, [("decision", "refuse"), ("signed_name", "Ada Okafor")])
                #expect(refused.status == 303 && refused.location == OfferRoutes.offer.link(offerId) + "?done=refused")
                #expect(try await Self.state(app, offerId) == .declined)
                // A second signature changes nothing.
                let again = try await ProviderPagesTests.post(
                    client, OfferRoutes.consent.link(offerId), session: parent, Self.consentFields)
                #expect(again.status == 409)
            }
            #expect(try await Self.state(app, offerId) == .declined)
            #expect(try await ConsentModel.query(on: app.services.storage.database).count() == 1)
        }
    }

    @Test func aParentCannotAnswerForTheStudentNorAStudentSignForTheParent() async throws {
        try await withApp { app in
            var built = try await TestWorld.build(app)
            try await built.makeOffer()
            let world = built
            let offerId = try #require(world.offer)
            let student = try await world.session(.student)
            let parent = try await world.session(.parent)
            try await app.client { client in
                let byParent = try await ProviderPagesTests.post(
                    client, OfferRoutes.answer.link(offerId), session: parent, [("answer", "accept")])
                #expect(byParent.status == 403)
                _ = try await ProviderPagesTests.post(client, OfferRoutes.answer.link(offerId), session: student, [("answer", "accept")])
                let byStudent = try await ProviderPagesTests.post(
                    client, OfferRoutes.consent.link(offerId), session: student, Self.consentFields)
                #expect(byStudent.status == 403)
            }
            #expect(try await Self.state(app, offerId) == .accepted)
            #expect(try await ConsentModel.query(on: app.services.storage.database).count() == 0)
        }
    }

    static func state(_ app: TestApp, _ offerId: UUID) async throws -> OfferState? {
        try await OfferModel.find(offerId, on: app.services.storage.database)?.offerState
    }
}
