import FluentKit
import Foundation
import WexchangeCore

extension DemoRound {
    /// A one-day listing that has already run.
    static let finishedListing = (
        "Year 10 engineering insight day", "A day at our workshop: a tour, a talk with our apprentices and a small task of your own.", 6
    )
    static let finishedFeedback =
        "You asked thoughtful questions on the tour and kept at the wiring task until it worked. Next time, say when you are stuck: our apprentices like to help."

    /// The demo student's placement that has finished: they asked for a place on Tyne
    /// Engineering's insight day six weeks ago, the provider accepted, they accepted the offer
    /// and the demo parent consented; on the day the provider marked them present, wrote feedback
    /// and ticked what the day gave them. The hourly sweep then put it in the student's journey
    /// and asked them to reflect, which is left for the demo student to do.
    func seedFinishedPlacement() async throws {
        let now = services.now()
        let day: TimeInterval = 86_400
        func clock(_ daysAgo: Int) -> @Sendable () -> Date { { now - Double(daysAgo) * day } }
        let insightDay = IsoWeek(containing: today.adding(days: -42)).monday.adding(days: 2)
        let listing = try await publishedListings(
            [Self.finishedListing], howToApply: "Request a place on Wexchange", sessions: [DateRange(start: insightDay, end: insightDay)],
            now: clock(70)
        )[0]
        let db = services.storage.database
        guard let record = try await StudentModel.query(on: db).filter(\.$userId == student).first() else { return }
        let requests = PlaceRequestService(
            catalogue: services.catalogue, outbox: services.outbox, publicURL: services.publicURL, now: clock(60))
        var requestId: UUID?
        try await DemoSession(services: services, user: student).act { identity in
            requestId = try await requests.request(
                listing, for: try record.requireID(), message: "I would like to see what engineers do all day.", by: identity
            ).requireID()
        }
        guard let requestId else { return }
        var offer: UUID?
        try await DemoSession(services: services, user: providerAdmin).act { identity in
            offer = try await requests.accept(requestId, by: identity)
        }
        guard let offer else { return }
        let offers = OfferService(catalogue: services.catalogue, outbox: services.outbox, publicURL: services.publicURL, now: clock(57))
        try await DemoSession(services: services, user: student).act { identity in
            try await offers.answer(.accept, offer: offer, by: identity)
        }
        try await DemoSession(services: services, user: parent).act { identity in
            try await offers.consent(
                ConsentInput(
                    decision: "give", emergencyName: "Demo Parent", emergencyPhone: "07700 900 982", relationship: "Parent",
                    medicalNotes: nil, signedName: "Demo Parent", declaration: "yes"), offer: offer, by: identity)
        }
        let onTheDay = PlacementRecords(storage: services.storage, now: { now - Double(today.dayNumber - insightDay.dayNumber) * day })
        try await DemoSession(services: services, user: providerAdmin).act { identity in
            try await onTheDay.record(
                attendance: [insightDay.description: AttendanceMark.attended.rawValue], feedback: Self.finishedFeedback,
                delivered: DeliveredCriteria.all.map(\.rawValue), offer: offer, by: identity)
        }
        try await services.placementCompletion.completeDue()
    }
}
