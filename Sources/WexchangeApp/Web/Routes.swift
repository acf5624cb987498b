import Foundation
import Hummingbird

/// Every feature's routes, assembled into one table.
enum Routes {
    @discardableResult
    static func register(on router: Router<AppRequestContext>, services: AppServices) -> RouteTable {
        var table = RouteTable(router: router)
        SiteRoutes.register(in: &table, services: services)
        CatalogueRoutes.register(in: &table, services: services)
        AccountRoutes.register(in: &table, services: services)
        OrganisationRoutes.register(in: &table, services: services)
        StudentRoutes.register(in: &table, services: services)
        RoundRoutes.register(in: &table, services: services)
        OfferRoutes.register(in: &table, services: services)
        CalendarRoutes.register(in: &table, services: services)
        RequestRoutes.register(in: &table, services: services)
        ModerationRoutes.register(in: &table, services: services)
        BadgeRoutes.register(in: &table, services: services)
        ReviewRoutes.register(in: &table, services: services)
        InformationRoutes.register(in: &table, services: services)
        DesignRoutes.register(in: &table, services: services)
        return table
    }
}
