import Foundation
import Hummingbird
import WexchangeCore

/// Finding opportunities, publishing them (API and the provider's pages), the site's assets.
enum CatalogueRoutes {
    static let search = SitePath("/")
    static let about = SitePath("/about")

    static let opportunity = SitePath1<UUID>("/opportunities/{id}")
    static let providerListings = SitePath("/provider/listings")
    static let providerNewListing = SitePath("/provider/listings/new")
    static let providerListing = SitePath1<UUID>("/provider/listings/{id}")
    static let providerListingDuplicate = SitePath1<UUID>("/provider/listings/{id}/duplicate")
    static let providerListingClose = SitePath1<UUID>("/provider/listings/{id}/close")
    static let providerListingReopen = SitePath1<UUID>("/provider/listings/{id}/reopen")
    static let providerListingsImport = SitePath("/provider/listings/import")
    static let providerListingsImportConfirm = SitePath1<UUID>("/provider/listings/import/{id}")
    static let providerListingsTemplate = SitePath("/provider/listings/template.csv")
    static let apiSearch = SitePath("/api/v1/opportunities")
    static let apiOpportunity = SitePath1<UUID>("/api/v1/opportunities/{id}")
    static let apiMine = SitePath("/api/v1/my/opportunities")
    static let apiFeed = SitePath("/api/v1/feed")
    static let apiProviderTrust = SitePath1<UUID>("/api/v1/providers/{id}/trust")

    static func newListing(_ type: OpportunityType) -> String { providerNewListing.link(query: [("type", type.rawValue)]) }

    static func register(in table: inout RouteTable, services: AppServices) {
        let api = OpportunitiesAPI(services: services)
        let feed = FeedAPI(services: services)
        let pages = CataloguePagesController(services: services)
        let providerPages = ProviderPagesController(services: services)
        let trust = ProviderTrustAPI(services: services)
        let imports = ListingImportController(services: services)
        let editListing = RouteAccess.listing("editListing", services) { .editListing($0) }

        table.add(.get, apiSearch, .anyone, api.search)
        table.add(.get, apiOpportunity, .anyone, api.show)
        table.add(.get, apiMine, .action(.manageOwnListings), api.mine)
        table.add(.post, apiSearch, .action(.manageOwnListings), api.create)
        table.add(.put, apiOpportunity, editListing, api.update)
        table.add(.delete, apiOpportunity, editListing, api.delete)
        table.add(.put, apiFeed, .action(.manageOwnListings), feed.upsert)
        table.add(.put, apiProviderTrust, .action(.setProviderTrust), trust.setTrust)

        table.add(.get, search, .anyone, pages.search)
        table.add(.get, opportunity, .anyone, pages.opportunity)
        table.add(.get, about, .anyone, pages.about)
        table.add(.get, providerListings, .action(.manageOwnListings), providerPages.listings)
        table.add(.get, providerNewListing, .action(.manageOwnListings), providerPages.newForm)
        table.add(.post, providerListings, .action(.manageOwnListings), providerPages.create)
        table.add(.get, providerListing, editListing, providerPages.editForm)
        table.add(.post, providerListing, editListing, providerPages.update)
        table.add(.post, providerListingDuplicate, editListing, providerPages.duplicate)
        table.add(.get, providerListingClose, editListing, providerPages.confirmClose)
        table.add(.post, providerListingClose, editListing, providerPages.close)
        table.add(.post, providerListingReopen, editListing, providerPages.reopen)
        table.add(.get, providerListingsImport, .action(.manageOwnListings), imports.form)
        table.add(.post, providerListingsImport, .action(.manageOwnListings), imports.preview)
        table.add(.post, providerListingsImportConfirm, .action(.manageOwnListings), imports.confirm)
        table.add(.get, providerListingsTemplate, .action(.manageOwnListings), imports.template)
    }
}
