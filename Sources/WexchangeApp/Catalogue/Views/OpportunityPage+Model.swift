import Foundation
import WexchangeCore
import WexchangeGeo
import WexchangeSearch

/// The detail page of one published listing.
struct OpportunityPage {
    let entry: CatalogueEntry
    let provider: CatalogueProvider?
    let today: CalendarDate
    var viewer: Viewer?
    var reviews: [ReviewService.Shown] = []
    /// Set when the viewer may rate: their organisation's current review, if any.
    var rating: RatingForm?
    /// A careers leader or hub coordinator whose students have not yet finished a placement
    /// with this provider: told when they can rate.
    var mayRateLater = false
    var notice: String?
    var problem: FormProblem?
    /// Where the viewer asks the provider for a place: their own request form (a student), or
    /// choosing one of their students first (school staff); nil for everyone else.
    var requestLink: String?
    /// The search the page was opened from, kept for "Back to search results" and the distance.
    var search: OpportunityQuery?

    /// How far it is from the searched postcode, for in-person listings.
    var distanceKm: Double? {
        guard let from = search?.near?.coordinate, let to = entry.details.location?.coordinate, entry.details.mode.hasPlace else {
            return nil
        }
        return GreatCircle.distanceKm(from, to)
    }

    /// Why nobody can ask for a place any more, when nobody can: the "apply by" date has
    /// passed, or the last day is over (the page stays, for offers and journeys that link to it).
    var closedText: String? {
        let details = entry.details
        if details.hasEnded(today: today) {
            return "This opportunity is over: its last day was \(details.schedule.lastDay.map(DateStyle.day) ?? "in the past")."
        }
        if let deadline = details.applicationDeadline, details.isClosedForApplications(today: today) {
            return
                "Applications closed on \(DateStyle.day(deadline)). Look for other opportunities, or ask \(provider?.name ?? "the provider") whether it will run again."
        }
        return nil
    }

    var backLink: String { CatalogueRoutes.search.link(query: search?.parameters ?? []) }

    /// OpenStreetMap at the listing's postcode (the family's own map app opens it on a phone).
    var mapLink: String? {
        guard let location = entry.details.location, entry.details.mode.hasPlace else { return nil }
        let lat = FixedPoint.text(location.coordinate.latitude, places: 5)
        let lon = FixedPoint.text(location.coordinate.longitude, places: 5)
        return "https://www.openstreetmap.org/?mlat=\(lat)&mlon=\(lon)#map=16/\(lat)/\(lon)"
    }

    /// What the person reading can do next, for their role.
    var nextSteps: [String] {
        let provider = provider?.name ?? "the provider"
        switch viewer?.role {
        case .careersLeader?, .schoolStaff?:
            return [
                "Check the dates, year groups and support needed fit your students.",
                "Request a place for a student here: \(provider) accepts or declines within \(PlaceRequestRules.answerWithinDays) days, and an accepted request becomes an offer the student answers.",
                "A parent or carer gives consent on Wexchange before the placement is confirmed; \(provider) confirms health and safety and insurance with you.",
            ]
        case .providerAdmin?, .providerStaff?:
            return [
                "Students and schools request places; you answer them on your requests page. Keep the places left up to date on your listings page."
            ]
        case .hubCoordinator?, .nationalAdmin?:
            return [
                "Schools in your area request places or share them out in rounds. Share this page with careers leaders who are looking."
            ]
        case .student?:
            return [
                "Request a place: \(provider) answers within \(PlaceRequestRules.answerWithinDays) days.",
                "If they accept, you are offered the place: accept it on your offers page.",
                "A parent or carer gives consent before you go, and your school tells you the times and what to bring.",
            ]
        default:
            return [
                "Ask your school's careers leader about this opportunity. Tell them its title and who offers it.",
                "Your school requests the place from \(provider) and checks it is safe.",
                "A parent or carer agrees before you go, and your school tells you the times and what to bring.",
            ]
        }
    }

    struct RatingForm {
        var stars: Int?
        var comment: String?
    }
}
