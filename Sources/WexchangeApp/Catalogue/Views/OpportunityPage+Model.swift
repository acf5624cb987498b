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
    var notice: String?
    var problem: FormProblem?
    /// The search the page was opened from, kept for "Back to search results" and the distance.
    var search: OpportunityQuery?

    /// How far it is from the searched postcode, for in-person listings.
    var distanceKm: Double? {
        guard let from = search?.near?.coordinate, let to = entry.details.location?.coordinate, entry.details.mode.hasPlace else {
            return nil
        }
        return GreatCircle.distanceKm(from, to)
    }

    var backLink: String { CatalogueRoutes.search.link(query: search?.parameters ?? []) }

    /// OpenStreetMap at the listing's postcode (the family's own map app opens it on a phone).
    var mapLink: String? {
        guard let location = entry.details.location, entry.details.mode.hasPlace else { return nil }
        let lat = FixedPoint.text(location.coordinate.latitude, places: 5)
        let lon = FixedPoint.text(location.coordinate.longitude, places: 5)
        return "https://www.openstreetmap.org/?mlat=\(lat)&mlon=\(lon)#map=16/\(lat)/\(lon)"
    }

    /// What the person reading can do next, for their role (requests through Wexchange come with
    /// the rounds issue; until then schools arrange places with the provider).
    var nextSteps: [String] {
        switch viewer?.role {
        case .careersLeader?, .schoolStaff?:
            [
                "Check the dates, year groups and support needed fit your students.",
                "Contact \(provider?.name ?? "the provider") to arrange places for your students; they confirm the details, health and safety and insurance with you.",
                "Tell the students' parents or carers the dates, address and times before the placement.",
            ]
        case .providerAdmin?, .providerStaff?:
            ["Schools contact you to arrange places. Keep the places left up to date on your listings page."]
        case .hubCoordinator?, .nationalAdmin?:
            ["Schools in your area arrange places with the provider. Share this page with careers leaders who are looking."]
        default:
            [
                "Ask your school's careers leader about this opportunity. Tell them its title and who offers it.",
                "Your school arranges the place with \(provider?.name ?? "the provider") and checks it is safe.",
                "A parent or carer agrees before you go, and your school tells you the times and what to bring.",
            ]
        }
    }

    struct RatingForm {
        var stars: Int?
        var comment: String?
    }
}
