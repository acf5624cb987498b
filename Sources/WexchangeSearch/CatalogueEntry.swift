import Foundation
import WexchangeCore

/// A published listing as search sees it: the validated details plus what storage knows.
public struct CatalogueEntry: Sendable, Hashable {
    public var id: UUID
    public var providerId: UUID
    public var details: OpportunityDetails
    public var placesTaken: Int
    public var createdAt: Date
    public var updatedAt: Date

    public init(id: UUID, providerId: UUID, details: OpportunityDetails, placesTaken: Int, createdAt: Date, updatedAt: Date) {
        self.id = id
        self.providerId = providerId
        self.details = details
        self.placesTaken = placesTaken
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public var placesLeft: Int { max(0, details.capacity - placesTaken) }

    /// Changes whenever the listing is edited or its places are taken: what a cached rendering
    /// of it is checked against.
    public struct Version: Sendable, Hashable {
        public let updatedAt: Date
        public let placesTaken: Int
    }

    public var version: Version { Version(updatedAt: updatedAt, placesTaken: placesTaken) }
}

/// A provider as search sees it: its name (searchable), its badges (for `accredited`) and its
/// rating (for `min_rating`), and the catalogue revision of its last change, which any change to
/// its reviews also stamps (so what is kept per provider knows when to look again).
public struct CatalogueProvider: Sendable, Hashable {
    public struct Badge: Sendable, Hashable {
        public var name: String
        public var grantedBy: String
        /// The last day the badge counts.
        public var expires: CalendarDate

        public init(name: String, grantedBy: String, expires: CalendarDate) {
            self.name = name
            self.grantedBy = grantedBy
            self.expires = expires
        }
    }

    public var id: UUID
    public var name: String
    public var badges: [Badge]
    public var rating: ProviderRating?
    public var revision: Int64

    public init(id: UUID, name: String, badges: [Badge], rating: ProviderRating? = nil, revision: Int64 = 0) {
        self.id = id
        self.name = name
        self.badges = badges
        self.rating = rating
        self.revision = revision
    }

    public func currentBadges(on day: CalendarDate) -> [Badge] { badges.filter { $0.expires >= day } }
}
