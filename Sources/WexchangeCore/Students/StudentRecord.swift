/// What Wexchange knows about one student of one school (students issue, "Student records").
/// The UPN, date of birth, disadvantage and SEN provision are for the school and the allocation
/// rules only: providers never see them.
public struct StudentRecord: Hashable, Sendable {
    public var upn: UPN
    public var legalSurname: String
    public var legalForename: String
    public var preferredSurname: String?
    public var preferredForename: String?
    public var dateOfBirth: CalendarDate
    /// National curriculum year, 7 to 13.
    public var year: Int
    /// Home postcode, as written in the standard form; used for distances only.
    public var postcode: String?
    public var disadvantage: TaxonomySet<DisadvantageReason>
    public var sen: SENProvision
    /// In the same words as listings' SEND adjustments, so a round can match needs to listings.
    public var accessNeeds: TaxonomySet<SendAdjustment>
    public var interests: TaxonomySet<Sector>
    public var subjects: TaxonomySet<Subject>
    /// How far the student can travel to a placement.
    public var travelKm: Int
    public var email: String?
    public var hasLeft: Bool

    public static let defaultTravelKm = 40
    public static let travelKmRange = 1...200

    public init(upn: UPN, legalSurname: String, legalForename: String, dateOfBirth: CalendarDate, year: Int) {
        self.upn = upn
        self.legalSurname = legalSurname
        self.legalForename = legalForename
        self.dateOfBirth = dateOfBirth
        self.year = year
        disadvantage = TaxonomySet()
        sen = .none
        accessNeeds = TaxonomySet()
        interests = TaxonomySet()
        subjects = TaxonomySet()
        travelKm = Self.defaultTravelKm
        hasLeft = false
    }

    public var isDisadvantaged: Bool { !disadvantage.isEmpty }

    /// The name the student goes by: preferred names where given, else legal ones.
    public var displayName: String { "\(preferredForename ?? legalForename) \(preferredSurname ?? legalSurname)" }
}
