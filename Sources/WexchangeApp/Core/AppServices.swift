import Foundation
import Logging
import WexchangeCore
import WexchangeGeo

/// What handlers and commands need, built once at start-up and passed down (never global).
public struct AppServices: Sendable {
    public let storage: Storage
    public let catalogue: Catalogue
    public let gazetteer: Gazetteer
    /// The clock, injected so that tests can freeze "today".
    public let now: @Sendable () -> Date
    public let logger: Logger
    let listingJSON: ListingJSONCache

    public init(storage: Storage, gazetteer: Gazetteer = .bundled, now: @escaping @Sendable () -> Date = Date.init, logger: Logger) {
        self.storage = storage
        self.catalogue = Catalogue(storage: storage, logger: logger)
        self.gazetteer = gazetteer
        self.now = now
        self.logger = logger
        let catalogue = self.catalogue
        self.listingJSON = ListingJSONCache(limit: { catalogue.index.count })
    }

    public var today: CalendarDate { CalendarDate(now()) }
    var writer: ListingWriter { ListingWriter(catalogue: catalogue, gazetteer: gazetteer) }
    var feeds: FeedImport { FeedImport(writer: writer) }
    var providers: ProviderAccounts { ProviderAccounts(catalogue: catalogue) }
}
