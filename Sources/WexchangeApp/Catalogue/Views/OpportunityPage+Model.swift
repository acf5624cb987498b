import Foundation
import WexchangeCore
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

    struct RatingForm {
        var stars: Int?
        var comment: String?
    }
}
