import Foundation
import WexchangeCore
import WexchangeGeo

/// A search for opportunities: every filter of `GET /api/v1/opportunities` and of the search page.
public struct OpportunityQuery: Sendable, Hashable {
    public enum Sort: String, Taxonomy {
        case distance, soonest, newest, relevance
        public var label: String {
            switch self {
            case .distance: "Nearest first"
            case .soonest: "Soonest first"
            case .newest: "Newest first"
            case .relevance: "Best match"
            }
        }
    }

    public static let defaultRadiusKm = 25.0
    public static let maxRadiusKm = 200.0
    public static let defaultLimit = 20
    public static let maxLimit = 100
    /// Numbered pages reach the first 1,000 results; beyond that, `cursor` pages on.
    public static let maxOffset = 1_000

    public var near: Place?
    public var withinKm: Double = defaultRadiusKm
    public var types: Set<OpportunityType> = []
    public var modes: Set<DeliveryMode> = []
    public var sectors: Set<Sector> = []
    public var stages: Set<Stage> = []
    public var years: Set<Int> = []
    public var skills: Set<Skill> = []
    public var subjects: Set<Subject> = []
    /// Every listed adjustment must be offered.
    public var sendAdjustments: Set<SendAdjustment> = []
    public var from: CalendarDate?
    public var to: CalendarDate?
    public var accreditedOnly = false
    /// Only providers whose average rating is at least this (1–5).
    public var minRating: Double?
    public var hasPlacesOnly = false
    /// Also listings whose "apply by" date has passed (marked "Applications closed"); listings
    /// whose last day is over never show.
    public var includeClosed = false
    public var text: String = ""
    public var explicitSort: Sort?
    public var limit = defaultLimit
    public var cursor: Cursor?
    /// Numbered pages (the search page's pagination), from 1; the API's `cursor` is the other way.
    public var page = 1

    public init() {}

    /// How many results come before this page.
    public var offset: Int { (page - 1) * limit }

    /// The sort in force: as asked, else relevance for a text search, else distance near a place, else soonest.
    public var sort: Sort {
        explicitSort ?? (!text.isEmpty && !TextSearch.queryTerms(text).isEmpty ? .relevance : near != nil ? .distance : .soonest)
    }
}

/// A bad search parameter: which one, and what would be accepted.
public struct QueryError: Error, Hashable, Sendable, CustomStringConvertible {
    public let parameter: String
    public let message: String

    public init(_ parameter: String, _ message: String) {
        self.parameter = parameter
        self.message = message
    }

    public var description: String { "\(parameter): \(message)" }
}

extension OpportunityQuery {
    public static let parameterNames: Set<String> = [
        "near", "within_km", "type", "mode", "sector", "year", "stage", "skill", "subject", "from", "to",
        "send", "accredited", "min_rating", "has_places", "include_closed", "q", "sort", "limit", "cursor", "page",
    ]

    /// Reads query-string parameters (repeatable ones may repeat). Empty values count as absent,
    /// as a plain HTML form sends them. `strict` (the API) refuses parameters it does not know and
    /// a distance without a place to measure it from, so a client's typo is a 400, not silently
    /// a different search; pages ignore them (links pick up tracking parameters).
    public static func parse(
        _ parameters: [(String, String)], gazetteer: Gazetteer, strict: Bool = false
    ) throws(QueryError) -> OpportunityQuery {
        var query = OpportunityQuery()
        let given = parameters.map { ($0.0, $0.1.trimmingWhitespace) }.filter { !$0.1.isEmpty }
        if strict {
            if let unknown = parameters.map(\.0).first(where: { !parameterNames.contains($0) }) {
                throw QueryError(
                    unknown, "'\(unknown)' is not a search parameter; known: \(parameterNames.sorted().joined(separator: ", "))")
            }
            if given.contains(where: { $0.0 == "within_km" }), !given.contains(where: { $0.0 == "near" }) {
                throw QueryError("within_km", "a distance needs near (a postcode, sector or district) to measure it from")
            }
        }
        func all(_ name: String) -> [String] { given.filter { $0.0 == name }.map(\.1) }
        func single(_ name: String) throws(QueryError) -> String? {
            let values = all(name)
            guard values.count <= 1 else { throw QueryError(name, "give \(name) at most once") }
            return values.first
        }

        if let near = try single("near") {
            switch gazetteer.geocode(near) {
            case .success(let place): query.near = place
            case .failure(let error): throw QueryError("near", error.description)
            }
        }
        if let text = try single("within_km") {
            guard let km = Double(text), km.isFinite, km > 0, km <= maxRadiusKm else {
                throw QueryError("within_km", "'\(text)' is not allowed; a distance in km above 0 and at most \(Int(maxRadiusKm))")
            }
            query.withinKm = km
        }
        query.types = try values("type", all("type"))
        query.modes = try values("mode", all("mode"))
        query.sectors = try values("sector", all("sector"))
        query.stages = try values("stage", all("stage"))
        query.skills = try values("skill", all("skill"))
        query.subjects = try values("subject", all("subject"))
        query.sendAdjustments = try values("send", all("send"))
        for text in all("year") {
            guard let year = Int(text), YearGroup.range.contains(year) else {
                throw QueryError("year", "'\(text)' is not allowed; one of: 7, 8, 9, 10, 11, 12, 13")
            }
            query.years.insert(year)
        }
        query.from = try date("from", single("from"))
        query.to = try date("to", single("to"))
        if let from = query.from, let to = query.to, to < from {
            throw QueryError("to", "\(to) is before from (\(from))")
        }
        query.accreditedOnly = try flag("accredited", single("accredited"))
        if let text = try single("min_rating"), !text.isEmpty {
            guard let rating = Double(text), rating.isFinite, (1...5).contains(rating) else {
                throw QueryError("min_rating", "'\(text)' is not allowed; a rating from 1 to 5")
            }
            query.minRating = rating
        }
        query.hasPlacesOnly = try flag("has_places", single("has_places"))
        query.includeClosed = try flag("include_closed", single("include_closed"))
        query.text = try single("q") ?? ""
        if query.text.count > 200 { throw QueryError("q", "at most 200 characters") }
        if let text = try single("sort") {
            guard let sort = Sort(rawValue: text) else {
                throw QueryError("sort", "'\(text)' is not allowed; one of: \(Sort.allowedValues)")
            }
            if sort == .distance, query.near == nil { throw QueryError("sort", "sort=distance needs near (a postcode)") }
            if sort == .relevance, TextSearch.queryTerms(query.text).isEmpty {
                throw QueryError("sort", "sort=relevance needs q (words to search for)")
            }
            query.explicitSort = sort
        }
        if let text = try single("limit") {
            guard let limit = Int(text), (1...maxLimit).contains(limit) else {
                throw QueryError("limit", "'\(text)' is not allowed; a whole number from 1 to \(maxLimit)")
            }
            query.limit = limit
        }
        if let text = try single("cursor") {
            guard let cursor = Cursor(encoded: text) else { throw QueryError("cursor", "'\(text)' is not a cursor from a previous page") }
            guard cursor.sort == query.sort else {
                throw QueryError("cursor", "the cursor belongs to sort=\(cursor.sort.rawValue), not sort=\(query.sort.rawValue)")
            }
            query.cursor = cursor
        }
        if let text = try single("page") {
            let maxPage = maxOffset / query.limit
            guard let page = Int(text), (1...maxPage).contains(page) else {
                throw QueryError("page", "'\(text)' is not allowed; a page number from 1 to \(maxPage)")
            }
            guard query.cursor == nil else { throw QueryError("page", "use page or cursor, not both") }
            query.page = page
        }
        return query
    }

    private static func values<T: Taxonomy>(_ name: String, _ texts: [String]) throws(QueryError) -> Set<T> {
        var found = Set<T>()
        for text in texts {
            guard let value = T(rawValue: text) else { throw QueryError(name, "'\(text)' is not allowed; one of: \(T.allowedValues)") }
            found.insert(value)
        }
        return found
    }

    private static func date(_ name: String, _ text: String?) throws(QueryError) -> CalendarDate? {
        guard let text else { return nil }
        guard let date = CalendarDate(iso: text) else { throw QueryError(name, "'\(text)' is not a date; use YYYY-MM-DD") }
        return date
    }

    private static func flag(_ name: String, _ text: String?) throws(QueryError) -> Bool {
        guard let text else { return false }
        guard let value = BooleanText.parse(text) else { throw QueryError(name, "'\(text)' is not allowed; use \(BooleanText.allowed)") }
        return value
    }

    /// The query as query-string parameters (for links to the next page and to other sorts).
    public var parameters: [(String, String)] {
        var out: [(String, String)] = []
        if let near { out.append(("near", near.postcode.description)) }
        if near != nil, withinKm != Self.defaultRadiusKm { out.append(("within_km", withinKm.formatted)) }
        out += types.sortedByOrdinal.map { ("type", $0.rawValue) }
        out += modes.sortedByOrdinal.map { ("mode", $0.rawValue) }
        out += sectors.sortedByOrdinal.map { ("sector", $0.rawValue) }
        out += stages.sortedByOrdinal.map { ("stage", $0.rawValue) }
        out += years.sorted().map { ("year", String($0)) }
        out += skills.sortedByOrdinal.map { ("skill", $0.rawValue) }
        out += subjects.sortedByOrdinal.map { ("subject", $0.rawValue) }
        out += sendAdjustments.sortedByOrdinal.map { ("send", $0.rawValue) }
        if let from { out.append(("from", from.description)) }
        if let to { out.append(("to", to.description)) }
        if accreditedOnly { out.append(("accredited", "true")) }
        if let minRating { out.append(("min_rating", minRating == minRating.rounded() ? String(Int(minRating)) : String(minRating))) }
        if hasPlacesOnly { out.append(("has_places", "true")) }
        if includeClosed { out.append(("include_closed", "true")) }
        if !text.isEmpty { out.append(("q", text)) }
        if let explicitSort { out.append(("sort", explicitSort.rawValue)) }
        if limit != Self.defaultLimit { out.append(("limit", String(limit))) }
        if let cursor { out.append(("cursor", cursor.encoded)) }
        if page != 1 { out.append(("page", String(page))) }
        return out
    }
}

extension Set where Element: Taxonomy {
    var sortedByOrdinal: [Element] { Element.allCases.filter { contains($0) } }
}

extension Double {
    /// 25 → "25", 12.5 → "12.5".
    var formatted: String { self == rounded() ? String(Int(self)) : String(self) }
}
