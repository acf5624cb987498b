import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeTestSupport

/// The request pages as people use them: a student asks from the opportunity's page, staff
/// choose a student first, the provider accepts or declines on its requests page; every problem
/// is shown in words and changes nothing.
@Suite struct RequestPagesTests {
    typealias Post = ProviderPagesTests

    @Test func aStudentAsksAndTheProviderAnswersOnItsPage() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let db = app.services.storage.database
            let student = try await world.session(.student)
            let provider = try await world.session(.providerAdmin)
            let form = RequestRoutes.ask.link(world.published, world.studentRecord)
            try await app.client { client in
                func page(_ session: BrowserSession, _ uri: String) async throws -> String {
                    try await client.execute(uri: uri, method: .get, headers: session.headers) {
                        #expect($0.status == .ok, "\(uri)")
                        return $0.text
                    }
                }
                let opportunity = try await page(student, CatalogueRoutes.opportunity.link(world.published))
                #expect(opportunity.contains("href=\"\(form)\""))
                #expect(ParsedHTML(try await page(student, form)).text.contains("Note to the provider"))
                // A note too long: the form again with the problem, nothing stored.
                let long = try await Post.post(client, form, session: student, [("message", String(repeating: "a", count: 700))])
                #expect(long.status == 422)
                #expect(ParsedHTML(long.body).text.contains("The note to the provider must be 600 characters or fewer (it has 700)"))
                #expect(long.body.contains("href=\"#message\""))
                #expect(try await PlaceRequestModel.query(on: db).count() == 0)
                let sent = try await Post.post(client, form, session: student, [("message", "I like <i>bridges</i>")])
                #expect(sent.status == 303 && sent.location == "/requests?done=sent")
                let mine = ParsedHTML(try await page(student, "/requests?done=sent")).text
                #expect(mine.contains("Request sent.") && mine.contains("Waiting for the provider") && mine.contains("Withdraw"))
                // Asking twice: the form says why, and no button.
                let again = ParsedHTML(try await page(student, form)).text
                #expect(
                    again.contains("You cannot ask for a place now: A place on “Engineering work placement” has already been requested"))
                #expect(!again.contains("Send request"))

                // The provider reads who asks, and nothing it must not.
                let list = try await page(provider, "/requests")
                let text = ParsedHTML(list).text
                #expect(text.contains("Test Pupil asks for “Engineering work placement”") && text.contains("Year 10, Tyne Academy"))
                #expect(text.contains("I like <i>bridges</i>") && !list.contains("<i>bridges"))
                let upn = try #require(try await StudentModel.find(world.studentRecord, on: db)).upn
                #expect(!list.contains(upn) && !list.contains("2011"))
                let request = try #require(try await PlaceRequestModel.query(on: db).first()).requireID()
                // A reason too long: the list again, the problem at that request's reason box.
                let badReason = try await Post.post(
                    client, RequestRoutes.decline.link(request), session: provider, [("reason", String(repeating: "b", count: 301))])
                #expect(badReason.status == 422)
                #expect(badReason.body.contains("href=\"#\(RequestsPage.reasonId(request))\""))
                // No places left: refused in words, the request still waiting.
                try await world.setStatus(world.published) { $0.placesTaken = $0.capacity }
                let full = try await Post.post(client, RequestRoutes.accept.link(request), session: provider, [])
                #expect(full.status == 409)
                #expect(ParsedHTML(full.body).text.contains("No places left: every place of “Engineering work placement” has been taken"))
                #expect(try await PlaceRequestModel.find(request, on: db)?.state == "requested")
                try await world.setStatus(world.published) { $0.placesTaken = 0 }
                let accepted = try await Post.post(client, RequestRoutes.accept.link(request), session: provider, [])
                #expect(accepted.status == 303 && accepted.location == "/requests?done=accepted")
                let answered = ParsedHTML(try await page(provider, "/requests?done=accepted")).text
                #expect(answered.contains("Request accepted") && answered.contains("Place offered") && answered.contains("None waiting."))
                // The student follows it to the offer.
                let offer = try #require(try await PlaceRequestModel.find(request, on: db)?.offerId)
                #expect(try await page(student, "/requests").contains("href=\"\(OfferRoutes.offer.link(offer))\""))
                #expect(ParsedHTML(try await page(student, OfferRoutes.offer.link(offer))).text.contains("Engineering work placement"))
            }
            #expect(try await OpportunityModel.find(world.published, on: db)?.placesTaken == 1)
        }
    }

    @Test func staffChooseTheStudentFirst() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let leader = try await world.session(.careersLeader)
            let chooser = RequestRoutes.chooseStudent.link(world.published)
            try await app.client { client in
                try await client.execute(uri: chooser, method: .get, headers: leader.headers) { response in
                    #expect(response.status == .ok)
                    #expect(ParsedHTML(response.text).text.contains("Test Pupil, Year 10"))
                }
                for bad in ["", "not-a-student", UUID().uuidString] {
                    try await client.execute(uri: chooser + "?student=\(bad)", method: .get, headers: leader.headers) { response in
                        #expect(response.status == .unprocessableContent, "\(bad)")
                        #expect(ParsedHTML(response.text).text.contains("Choose the student the place is for"))
                    }
                }
                let record = world.studentRecord.uuidString.lowercased()
                try await client.execute(uri: chooser + "?student=\(record)", method: .get, headers: leader.headers) { response in
                    #expect(response.status == .seeOther)
                    #expect(response.headers[.location] == RequestRoutes.ask.link(world.published, world.studentRecord))
                }
                let sent = try await Post.post(
                    client, RequestRoutes.ask.link(world.published, world.studentRecord), session: leader, [("message", "")])
                #expect(sent.status == 303)
                try await client.execute(uri: "/requests", method: .get, headers: leader.headers) { response in
                    let text = ParsedHTML(response.text).text
                    #expect(text.contains("Students' requests for places") && text.contains("Test Pupil, Year 10"))
                }
            }
        }
    }

    /// A placement from a request, cancelled by its provider on the placements page: a reason is
    /// needed, and the place goes back to the listing.
    @Test func theProviderCancelsAPlacementWithAReason() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let services = app.services
            let db = services.storage.database
            let offer = try await world.requestedOffer()
            try await services.offers.answer(.accept, offer: offer, by: try await world.identity(.student))
            try await services.offers.consent(OfferLifecycleTests.given, offer: offer, by: try await world.identity(.parent))
            #expect(try await OpportunityModel.find(world.published, on: db)?.placesTaken == 1)
            let provider = try await world.session(.providerAdmin)
            try await app.client { client in
                let empty = try await ProviderPagesTests.post(client, OfferRoutes.cancel.link(offer), session: provider, [("reason", " ")])
                #expect(empty.status == 422)
                #expect(ParsedHTML(empty.body).text.contains("Enter why the placement is cancelled"))
                #expect(empty.body.contains("href=\"#\(PlacementsPage.reasonId(offer))\""))
                #expect(try await OfferModel.find(offer, on: db)?.state == "confirmed")
                let done = try await ProviderPagesTests.post(
                    client, OfferRoutes.cancel.link(offer), session: provider, [("reason", "The office is closing that week")])
                #expect(done.status == 303 && done.location == "/placements?done=cancelled")
                try await client.execute(uri: "/placements?done=cancelled", method: .get, headers: provider.headers) { response in
                    let text = ParsedHTML(response.text).text
                    #expect(text.contains("The placement is cancelled.") && text.contains("None yet."))
                }
                let again = try await ProviderPagesTests.post(client, OfferRoutes.cancel.link(offer), session: provider, [("reason", "x")])
                #expect(again.status == 409 && ParsedHTML(again.body).text.contains("already cancelled"))
            }
            #expect(try await OfferModel.find(offer, on: db)?.state == "cancelled")
            #expect(try await OpportunityModel.find(world.published, on: db)?.placesTaken == 0, "the place goes back to the listing")
            let told = try await OutboxMessageModel.query(on: db).filter(\.$subject == "Placement cancelled: Engineering work placement")
                .all()
            #expect(Set(told.map(\.recipient)) == [TestWorld.email(.parent), TestWorld.email(.careersLeader)])
        }
    }
}
