import Foundation
import Hummingbird
import WexchangeCore

/// Offers and placements: students answer, parents consent, providers see who is coming; the
/// same steps through pages and the API.
enum OfferRoutes {
    static let offers = SitePath("/offers")
    static let offer = SitePath1<UUID>("/offers/{id}")
    static let answer = SitePath1<UUID>("/offers/{id}/answer")
    static let consent = SitePath1<UUID>("/offers/{id}/consent")
    static let placements = SitePath("/placements")
    static let placement = SitePath1<UUID>("/placements/{id}")
    static let cancel = SitePath1<UUID>("/placements/{id}/cancel")
    static let apiPlacement = SitePath1<UUID>("/api/v1/placements/{id}")
    static let apiCancel = SitePath1<UUID>("/api/v1/placements/{id}/cancel")
    static let apiOffers = SitePath("/api/v1/offers")
    static let apiOffer = SitePath1<UUID>("/api/v1/offers/{id}")
    static let apiAccept = SitePath1<UUID>("/api/v1/offers/{id}/accept")
    static let apiDecline = SitePath1<UUID>("/api/v1/offers/{id}/decline")
    static let apiConsent = SitePath1<UUID>("/api/v1/offers/{id}/consent")
    static let apiPlacements = SitePath("/api/v1/placements")

    static func register(in table: inout RouteTable, services: AppServices) {
        let pages = OfferController(services: services)
        let api = OffersAPI(services: services)
        let placementPages = PlacementController(services: services)
        func access(_ name: String, _ action: @escaping @Sendable (OfferFacts) -> AccessAction) -> RouteAccess {
            RouteAccess.resource("\(name)(the offer)") { _, context in
                action(try await services.offers.facts(try context.uuidParameter("id", what: "offer")))
            }
        }
        let view = access("viewOffer") { .viewOffer($0) }
        let answer = access("answerOffer") { .answerOffer($0) }
        let consent = access("consentToOffer") { .consentToOffer($0) }
        let cancel = access("cancelPlacement") { .cancelPlacement($0) }
        let record = access("recordPlacement") { .recordPlacement($0) }
        table.add(.get, offers, .action(.listOwnOffers), pages.list)
        table.add(.get, offer, view, pages.show)
        table.add(.post, Self.answer, answer, pages.answer)
        table.add(.get, Self.consent, consent, pages.consentForm)
        table.add(.post, Self.consent, consent, pages.consent)
        table.add(.get, placements, .action(.listPlacements), pages.placements)
        table.add(.get, placement, record, placementPages.show)
        table.add(.post, placement, record, placementPages.save)
        table.add(.post, Self.cancel, cancel, pages.cancel)
        table.add(.get, apiOffers, .action(.listOwnOffers), api.list)
        table.add(.get, apiOffer, view, api.show)
        table.add(.post, apiAccept, answer, api.accept)
        table.add(.post, apiDecline, answer, api.decline)
        table.add(.post, apiConsent, consent, api.consent)
        table.add(.get, apiPlacements, .action(.listPlacements), api.placements)
        table.add(.get, apiPlacement, record, api.placement)
        table.add(.put, apiPlacement, record, api.recordPlacement)
        table.add(.post, apiCancel, cancel, api.cancel)
    }
}
