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
    let listingCards: OpportunityCard.Cache
    let shownReviews: ReviewService.ShownCache
    /// The home page and the catalogue browsed page by page, as signed-out readers get them.
    let signedOutPages = SignedOutPages()
    let hasher: PasswordHasher
    let throttle: LoginThrottle
    /// Wrong sign-in codes, counted apart from passwords (`StudentAccountsController.redeem`).
    let codeThrottle: LoginThrottle
    /// Where people reach the site, for links in emails.
    public let publicURL: String
    /// Whether emails are also logged (development only: they carry one-time links).
    public let logEmails: Bool
    /// Proxies whose `X-Forwarded-For` and `X-Forwarded-Proto` are believed.
    public let trustedProxies: Set<String>
    /// `CONTACT_EMAIL`, for the information pages.
    public let contactEmail: String?
    /// Whether `/design` is served (`AppConfiguration.showsDesignExamples`).
    public let showsDesignExamples: Bool
    /// Schools' progress, kept between changes.
    let progressCache = ProgressCache()
    /// Rounds running in the background on this instance (their page shows how far they got).
    let roundRuns = RoundRuns()
    /// Wakes the password-reset mailer when a request is queued.
    let resetRequests = WakeUpSignal()

    /// - Parameter passwordCost: bcrypt's cost; 12 unless a test needs speed over strength.
    public init(
        storage: Storage, gazetteer: Gazetteer = .bundled, now: @escaping @Sendable () -> Date = Date.init, logger: Logger,
        passwordCost: UInt8 = 12, publicURL: String = "http://127.0.0.1:8080", logEmails: Bool = false,
        trustedProxies: Set<String> = [], contactEmail: String? = nil, showsDesignExamples: Bool = false
    ) {
        self.storage = storage
        self.showsDesignExamples = showsDesignExamples
        self.contactEmail = contactEmail
        self.trustedProxies = trustedProxies
        self.publicURL = publicURL
        self.logEmails = logEmails
        self.hasher = PasswordHasher(cost: passwordCost)
        self.throttle = LoginThrottle()
        self.codeThrottle = LoginThrottle(limits: StudentAccounts.codeLimits)
        self.catalogue = Catalogue(storage: storage, logger: logger)
        self.gazetteer = gazetteer
        self.now = now
        self.logger = logger
        let catalogue = self.catalogue
        self.listingJSON = ListingJSONCache(limit: { catalogue.index.count })
        self.listingCards = KeyedCache(limit: { catalogue.index.count })
        self.shownReviews = KeyedCache(limit: { catalogue.index.count })
    }

    public var today: CalendarDate { CalendarDate(now()) }
    /// Whether cookies are marked `Secure` whatever the request says: the site is served over https.
    var publicURLIsHTTPS: Bool { publicURL.lowercased().hasPrefix("https://") }
    var listings: ListingService { ListingService(catalogue: catalogue, gazetteer: gazetteer, now: now) }
    var feeds: FeedImportService { FeedImportService(writer: listings) }
    var providers: ProviderService { ProviderService(catalogue: catalogue) }
    var accounts: AccountService { AccountService(storage: storage, hasher: hasher) }
    var authenticator: AuthenticationService { AuthenticationService(storage: storage, hasher: hasher, throttle: throttle, now: now) }
    var outbox: Outbox { Outbox(logger: logger, logMessages: logEmails) }
    var passwords: PasswordService {
        PasswordService(storage: storage, hasher: hasher, authenticator: authenticator, outbox: outbox, now: now)
    }
    var moderation: ModerationService { ModerationService(catalogue: catalogue, gazetteer: gazetteer, outbox: outbox, now: now) }
    var badges: BadgeService { BadgeService(catalogue: catalogue, now: now) }
    var reviews: ReviewService { ReviewService(catalogue: catalogue, shownCache: shownReviews, now: now) }
    var studentAccounts: StudentAccounts { StudentAccounts(accounts: accounts, outbox: outbox, now: now, publicURL: publicURL) }
    var invitations: InvitationService { InvitationService(accounts: accounts, outbox: outbox, now: now, publicURL: publicURL) }
    var studentImport: StudentImportService { StudentImportService(storage: storage, gazetteer: gazetteer, now: now) }
    var journeys: JourneyService { JourneyService(storage: storage, now: now) }
    var studentRecords: StudentRecords { StudentRecords(storage: storage, now: now) }
    public var studentRetention: StudentRetention { StudentRetention(storage: storage, now: now) }
    var offers: OfferService { OfferService(catalogue: catalogue, outbox: outbox, publicURL: publicURL, now: now) }
    var offerReader: OfferReader { OfferReader(storage: storage, now: now) }
    var placementReminders: PlacementReminders {
        PlacementReminders(storage: storage, outbox: outbox, publicURL: publicURL, now: now)
    }
    var placementReader: PlacementReader { PlacementReader(storage: storage, now: now) }
    var placementRecords: PlacementRecords { PlacementRecords(storage: storage, now: now) }
    var calendarLinks: CalendarLinks { CalendarLinks(storage: storage, publicURL: publicURL, now: now) }
    var placementCompletion: PlacementCompletion {
        PlacementCompletion(storage: storage, outbox: outbox, publicURL: publicURL, now: now)
    }
    var placeRequests: PlaceRequestService { PlaceRequestService(catalogue: catalogue, outbox: outbox, publicURL: publicURL, now: now) }
    var placeRequestReader: PlaceRequestReader { PlaceRequestReader(storage: storage, now: now) }
    var rounds: RoundService { RoundService(catalogue: catalogue, gazetteer: gazetteer, now: now) }
    public var roundRunner: RoundRunner { RoundRunner(storage: storage, gazetteer: gazetteer, now: now) }
    var roundReader: RoundReader { RoundReader(storage: storage, now: now) }
    var roundResults: RoundResults { RoundResults(storage: storage, now: now) }
    var roundReclearer: RoundReclearer {
        RoundReclearer(storage: storage, gazetteer: gazetteer, outbox: outbox, publicURL: publicURL, now: now)
    }
    var roundPublisher: RoundPublisher { RoundPublisher(storage: storage, outbox: outbox, publicURL: publicURL, now: now) }
    var listingFacts: ListingFactsService { ListingFactsService(storage: storage, gazetteer: gazetteer) }
}
