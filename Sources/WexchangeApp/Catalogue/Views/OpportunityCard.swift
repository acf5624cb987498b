import Foundation
import WexchangeHTML
import WexchangeCore
import WexchangeSearch

/// One result in the list.
struct OpportunityCard {
    let hit: CatalogueIndex.Hit
    let today: CalendarDate
    /// The search it was found by, as a query string carried to its page so "Back to search"
    /// returns to it (made once for the whole page of results).
    var searchQuery = ""
    /// Where the parts that are the same on every search are kept between requests.
    var cache: Cache? = nil

    typealias Cache = KeyedCache<Key, Parts>

    /// What the kept parts are made from: the listing's version, its provider (name, rating,
    /// badges) and the day (badges expire).
    struct Key: Equatable, Sendable {
        let version: CatalogueEntry.Version
        let provider: CatalogueProvider?
        let today: CalendarDate
    }

    /// The card rendered with holes for what changes from search to search: its link's query
    /// (hole 0), its distance (hole 1, in the variant for searches near a postcode) and where it
    /// is (hole 2, which says how far).
    struct Parts: Sendable {
        let near: HTMLTemplate
        let plain: HTMLTemplate
        /// Where it is but for the distance: its postcode (or "Online"), and " (hybrid)" or "".
        let place: String
        let isVirtual: Bool
        let suffix: String
    }

    var node: Node {
        let parts =
            cache?.value(for: hit.id, key: Key(version: hit.version, provider: hit.provider, today: today)) { freshParts } ?? freshParts
        guard let km = hit.distanceKm else { return .filled(parts.plain, [searchQuery, "", parts.place + parts.suffix]) }
        return .filled(parts.near, [searchQuery, FixedPoint.text(km, places: 2), Self.whereText(parts, km: km)])
    }

    /// "NE1 4ST, 2.5 km away", "Online", or with " (hybrid)".
    private static func whereText(_ parts: Parts, km: Double) -> String {
        if parts.isVirtual { return parts.place }
        return (parts.place.isEmpty ? distance(km) : parts.place + ", " + distance(km)) + parts.suffix
    }

    /// The parts made afresh, as the cache keeps them.
    private var freshParts: Parts {
        let details = hit.entry.details
        let isVirtual = details.mode == .virtual
        return Parts(
            near: template(withDistance: true), plain: template(withDistance: false),
            place: isVirtual ? "Online" : details.location?.postcode ?? "", isVirtual: isVirtual,
            suffix: details.mode == .hybrid ? " (hybrid)" : "")
    }

    private func template(withDistance: Bool) -> HTMLTemplate {
        let details = hit.entry.details
        return HTMLTemplate(
            .article(
                .class("card"),
                withDistance ? .attributeHole("data-distance-km", 1) : .empty,
                .h3(
                    .a(SafeURL(CatalogueRoutes.opportunity.link(hit.entry.id)).map { .href($0, suffix: 0) } ?? .empty, .text(details.title))
                ),
                details.isClosedForApplications(today: today) ? .p(.strong(.class("tag closed"), "Applications closed")) : .empty,
                .p(.class("provider"), .text(hit.provider?.name ?? "")), .p(.text(details.summary)),
                .dl(
                    .class("facts"),
                    fact("Type", details.type.label),
                    .div(.dt("Where"), .dd(.hole(2))),
                    fact("When", Self.dates(details.schedule)),
                    details.applicationDeadline.map { fact("Apply by", DateStyle.day($0)) } ?? .empty,
                    fact("Years", details.years.map(String.init).joined(separator: ", ")),
                    fact("Places left", "\(hit.entry.placesLeft) of \(details.capacity)"),
                    fact("Rating", Self.rating(hit.provider?.rating))),
                Self.badges(hit.provider?.currentBadges(on: today) ?? [])))
    }

    private func fact(_ term: String, _ value: String) -> Node {
        .div(.dt(.text(term)), .dd(.text(value)))
    }

    static func rating(_ rating: ProviderRating?) -> String {
        guard let rating else { return "Not yet rated" }
        return "\(rating.rounded) out of 5 (\(rating.count) rating\(rating.count == 1 ? "" : "s"))"
    }

    static func distance(_ km: Double) -> String { "\(DistanceStyle.text(km)) away" }

    static func dates(_ schedule: Schedule) -> String {
        switch schedule {
        case .fixed(let sessions):
            let text = DateStyle.range(sessions[0])
            return sessions.count == 1 ? text : "\(text) and \(sessions.count - 1) more"
        case .flexible(let weeks):
            let monday = DateStyle.day(weeks[0].monday)
            return weeks.count == 1 ? "Week commencing \(monday)" : "Flexible: \(weeks.count) weeks from \(monday)"
        }
    }

    static func badges(_ badges: [CatalogueProvider.Badge]) -> Node {
        guard !badges.isEmpty else { return .empty }
        return .ul(
            .class("badges"), .ariaLabel("Accreditation"),
            .forEach(badges) { badge in
                .li(.class("badge"), .text("\(badge.name) (until \(DateStyle.day(badge.expires)))"))
            })
    }
}
