import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeTestSupport

/// A confirmed placement from the provider's side after the student arrives: each day's
/// attendance, feedback and what it delivered, through the page and the API; bad input changes
/// nothing; after the last day it becomes a journey entry once, and the student is asked to reflect.
@Suite struct PlacementRecordsTests {
    /// The world's student with a confirmed placement on the published listing (5 to 9 July 2027).
    static func confirmed(_ world: TestWorld) async throws -> UUID {
        let services = world.app.services
        let offer = try await world.requestedOffer()
        try await services.offers.answer(.accept, offer: offer, by: try await world.identity(.student))
        try await services.offers.consent(OfferLifecycleTests.given, offer: offer, by: try await world.identity(.parent))
        try await OutboxMessageModel.query(on: services.storage.database).delete()
        return offer
    }

    static func stored(_ app: TestApp, _ offer: UUID) async throws -> OfferModel {
        try #require(try await OfferModel.find(offer, on: app.services.storage.database))
    }

    @Test func theProviderRecordsDaysAndFeedbackThroughThePage() async throws {
        let settings = TestSettings()
        try await withApp(settings: settings) { app in
            let world = try await TestWorld.build(app)
            let offer = try await Self.confirmed(world)
            let before = try await world.session(.providerAdmin)
            let student = try #require(try await StudentModel.find(world.studentRecord, on: app.services.storage.database))
            let page = OfferRoutes.placement.link(offer)
            try await app.client { client in
                // Before it starts: no day to mark, no feedback box, and the list links here.
                try await client.execute(uri: OfferRoutes.placements.link, method: .get, headers: before.headers) {
                    #expect(ParsedHTML($0.text).text.contains("Attendance and feedback for \(student.preferredName)"))
                }
                try await client.execute(uri: page, method: .get, headers: before.headers) {
                    let text = ParsedHTML($0.text).text
                    #expect($0.status == .ok)
                    #expect(text.contains("The placement has not started: you can record attendance from its first day."))
                    #expect(text.contains("You can write feedback once the placement has started."))
                    #expect(!$0.text.contains(student.upn) && !$0.text.contains(student.dateOfBirth))
                }
            }
            // Wednesday of the placement week: Monday to Wednesday can be marked (with a new
            // session: January's has expired).
            settings.clock.set("2027-07-07")
            let provider = try await world.session(.providerAdmin)
            let own = try await world.session(.student)
            try await app.client { client in
                try await client.execute(uri: page, method: .get, headers: provider.headers) {
                    let text = ParsedHTML($0.text).text
                    #expect(text.contains("5 July 2027") && text.contains("7 July 2027"))
                    #expect(text.contains("Still to come: 8 July 2027, 9 July 2027."))
                }
                // A mark not on the list and feedback too long: every problem, nothing stored.
                let bad = try await ProviderPagesTests.post(
                    client, page, session: provider,
                    [
                        ("day-2027-07-05", "late"), ("day-2027-07-06", "absent"),
                        ("feedback", String(repeating: "x", count: PlacementRules.maxFeedbackLength + 1)), ("delivered", "reflection"),
                    ])
                let badText = ParsedHTML(bad.body).text
                #expect(bad.status == 422)
                #expect(badText.contains("There is a problem") && badText.contains("Choose attended or absent for 5 July 2027"))
                #expect(badText.contains("Write at most 2000 characters (you wrote 2001)"))
                #expect(badText.contains("Choose what happened from the list"))
                #expect(bad.body.contains("href=\"#day-2027-07-05\"") && bad.body.contains("href=\"#feedback\""))
                let untouched = try await Self.stored(app, offer)
                #expect(untouched.attendance == nil && untouched.feedback == nil)

                let saved = try await ProviderPagesTests.post(
                    client, page, session: provider,
                    [
                        ("day-2027-07-05", "attended"), ("day-2027-07-06", "absent"), ("day-2027-07-07", ""),
                        ("feedback", "  Asked <b>good</b> questions at every site visit.  "), ("delivered", "employer_task"),
                        ("delivered", "range_of_people"),
                    ])
                #expect(saved.status == 303 && saved.location == page + "?done=saved")
                let record = try await Self.stored(app, offer).placementRecord
                #expect(
                    record.attendance == [CalendarDate(iso: "2027-07-05")!: .attended, CalendarDate(iso: "2027-07-06")!: .absent])
                #expect(record.feedback == "Asked <b>good</b> questions at every site visit.")
                #expect(record.delivered == TaxonomySet([.employerTask, .rangeOfPeople]))
                try await client.execute(uri: saved.location ?? "/", method: .get, headers: provider.headers) {
                    #expect(ParsedHTML($0.text).text.contains("Saved. The student and their school can see the attendance and feedback."))
                    #expect($0.text.contains("Asked &lt;b&gt;good&lt;/b&gt; questions"))
                }
                // The student reads how it went on their offer.
                try await client.execute(uri: OfferRoutes.offer.link(offer), method: .get, headers: own.headers) {
                    let text = ParsedHTML($0.text).text
                    #expect(text.contains("How it went") && text.contains("Days attended4 of 5 (absent on 6 July 2027)"))
                    #expect(text.contains("Feedback from Provider AAsked <b>good</b> questions at every site visit."))
                }
            }
            let audit = try await AuditEntryModel.query(on: app.services.storage.database)
                .filter(\.$action == AuditAction.placementRecord.rawValue).all()
            #expect(audit.map(\.reason) == ["“Engineering work placement”: 2 days marked, 1 absent, feedback written"])
        }
    }

    @Test func theAPIRecordsWhatIsSentAndKeepsTheRest() async throws {
        let settings = TestSettings()
        try await withApp(settings: settings) { app in
            let world = try await TestWorld.build(app)
            let offer = try await Self.confirmed(world)
            let path = OfferRoutes.apiPlacement.link(offer)
            settings.clock.set("2027-07-06")
            let token = try await world.token(.providerAdmin)
            try await app.client { client in
                func put(_ body: String) async throws -> (status: Int, body: String) {
                    try await client.execute(
                        uri: path, method: .put,
                        headers: [.authorization: "Bearer \(token)", .contentType: "application/json"],
                        body: ByteBuffer(string: body)
                    ) { (Int($0.status.code), $0.text) }
                }
                for (body, words) in [
                    (#"{"attendance": {"2027-07-08": "attended"}}"#, "8 July 2027 has not happened yet"),
                    (#"{"attendance": {"2027-07-12": "attended"}}"#, "“2027-07-12” is not a day of this placement"),
                    (#"{"attendance": {"5 July": "attended"}}"#, "“5 July” is not a day of this placement"),
                    (#"{"attendance": {"2027-07-05": "present"}}"#, "Choose attended or absent for 5 July 2027"),
                    (#"{"delivered": ["shared_purpose", "lunch"]}"#, "Choose what happened from the list"),
                    (#"{"attendance": ["2027-07-05"]}"#, "attendance"),
                    (#"{"feedback": 4}"#, "feedback"),
                ] {
                    let answer = try await put(body)
                    #expect(answer.status == 400, "\(body)")
                    #expect(answer.body.contains(words), "\(body): \(answer.body)")
                }
                #expect(try await Self.stored(app, offer).attendance == nil)

                let first = try await put(#"{"attendance": {"2027-07-05": "attended", "2027-07-06": "absent"}, "feedback": "Good"}"#)
                #expect(first.status == 200)
                #expect(first.body.contains(#""days_attended":4"#) && first.body.contains(#""feedback":"Good""#))
                // Only Tuesday changes; the feedback is kept because it was left out.
                let second = try await put(#"{"attendance": {"2027-07-06": ""}}"#)
                #expect(second.status == 200)
                let record = try await Self.stored(app, offer).placementRecord
                #expect(record.attendance == [CalendarDate(iso: "2027-07-05")!: .attended])
                #expect(record.feedback == "Good")
                // What the provider reads: never the student's UPN, date of birth or equity data.
                try await client.execute(uri: path, method: .get, headers: [.authorization: "Bearer \(token)"]) {
                    #expect($0.status == .ok)
                    #expect(!$0.text.contains("upn") && !$0.text.contains("date_of_birth") && !$0.text.contains("disadvantaged"))
                }
            }
        }
    }

    @Test func aCancelledPlacementHasNothingToRecordAndNeverJoinsTheJourney() async throws {
        let settings = TestSettings()
        try await withApp(settings: settings) { app in
            let world = try await TestWorld.build(app)
            let services = app.services
            let offer = try await Self.confirmed(world)
            let provider = try await world.identity(.providerAdmin)
            try await services.offers.cancel(offer, reason: "Our office is closed that week", by: provider)
            settings.clock.set("2027-07-06")
            do {
                try await services.placementRecords.record(
                    attendance: ["2027-07-05": "attended"], feedback: "Late", delivered: nil, offer: offer, by: provider)
                Issue.record("recorded a cancelled placement")
            } catch let error as AppError {
                #expect(error.status == .conflict && error.message == "This placement was cancelled: there is nothing to record")
            }
            #expect(try await Self.stored(app, offer).attendance == nil)
            settings.clock.set("2027-07-10")
            #expect(try await services.placementCompletion.completeDue() == 0)
            #expect(try await JourneyEntryModel.query(on: services.storage.database).filter(\.$offerId == offer).count() == 0)
        }
    }

    @Test func aFinishedPlacementJoinsTheJourneyOnceAndAsksForAReflection() async throws {
        let settings = TestSettings()
        try await withApp(settings: settings) { app in
            let world = try await TestWorld.build(app)
            let services = app.services
            let db = services.storage.database
            let offer = try await Self.confirmed(world)
            let provider = try await world.identity(.providerAdmin)
            settings.clock.set("2027-07-09")
            try await services.placementRecords.record(
                attendance: ["2027-07-08": "absent"], feedback: nil, delivered: ["employer_task"], offer: offer, by: provider)
            #expect(try await services.placementCompletion.completeDue() == 0, "its last day is today")

            settings.clock.set("2027-07-10")
            #expect(try await services.placementCompletion.completeDue() == 1)
            #expect(try await services.placementCompletion.completeDue() == 0, "once only")
            #expect(try await Self.stored(app, offer).offerState == .completed)
            let entries = try await JourneyEntryModel.query(on: db).filter(\.$offerId == offer).all()
            let entry = try #require(entries.first)
            #expect(entries.count == 1)
            #expect(entry.source == "placement" && entry.providerName == "Provider A")
            #expect(entry.startDate == "2027-07-05" && entry.endDate == "2027-07-09" && entry.days == 4)
            #expect(entry.entry.meaningful == TaxonomySet([.employerTask]))
            let mail = try await OutboxMessageModel.query(on: db).all()
            #expect(mail.map(\.subject) == ["How did your work experience go?"])
            #expect(mail.first?.body.contains(StudentRoutes.reflection.link(try entry.requireID())) == true)

            // Finished: it cannot be cancelled, but feedback written now reaches the journey,
            // and the student's reflection stays one of its marks.
            await #expect(throws: AppError.self) { try await services.offers.cancel(offer, reason: "Late", by: provider) }
            try await services.journeys.reflect(
                "I learned how bridges are checked.", ratings: Dictionary(uniqueKeysWithValues: Skill.allCases.map { ($0, "3") }),
                entry: try entry.requireID(), by: try await world.identity(.student))
            try await services.placementRecords.record(
                attendance: ["2027-07-08": ""], feedback: "Well done", delivered: nil, offer: offer, by: provider)
            let updated = try #require(try await JourneyEntryModel.find(entry.requireID(), on: db))
            #expect(updated.days == 5)
            #expect(updated.entry.meaningful == TaxonomySet([.employerTask, .employerFeedback, .reflection]))
            let completions = try await AuditEntryModel.query(on: db).filter(\.$action == AuditAction.placementComplete.rawValue).all()
            #expect(completions.map(\.reason) == ["“Engineering work placement”: 4 days attended"])
        }
    }
}
