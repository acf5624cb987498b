/// Every field of a student record that a cohort file can carry: its column name (the README's
/// header), the other names MIS exports give it, its label for people, and how it is read from
/// and shown as text. Readers, the import preview and the record page all derive from this.
public enum StudentField: String, CaseIterable, Sendable, Hashable {
    case upn
    case legalSurname = "legal_surname"
    case legalForename = "legal_forename"
    case preferredSurname = "preferred_surname"
    case preferredForename = "preferred_forename"
    case dateOfBirth = "date_of_birth"
    case year
    case postcode
    case freeSchoolMeals = "fsm_ever6"
    case pupilPremium = "pupil_premium"
    case lookedAfter = "looked_after"
    case sen = "sen_provision"
    case accessNeeds = "access_needs"
    case interests
    case subjects
    case travelKm = "travel_km"
    case email

    /// The column name in files.
    public var name: String { rawValue }

    /// Fields every row must have.
    public static let required: [StudentField] = [.upn, .legalSurname, .legalForename, .dateOfBirth, .year]

    public var label: String {
        switch self {
        case .upn: "UPN"
        case .legalSurname: "Legal surname"
        case .legalForename: "Legal forename"
        case .preferredSurname: "Preferred surname"
        case .preferredForename: "Preferred forename"
        case .dateOfBirth: "Date of birth"
        case .year: "Year group"
        case .postcode: "Home postcode"
        case .freeSchoolMeals: DisadvantageReason.freeSchoolMeals.label
        case .pupilPremium: DisadvantageReason.pupilPremium.label
        case .lookedAfter: DisadvantageReason.lookedAfter.label
        case .sen: "SEN provision"
        case .accessNeeds: "Access needs"
        case .interests: "Interests"
        case .subjects: "Subjects"
        case .travelKm: "Can travel (km)"
        case .email: "Email"
        }
    }

    /// Other column names, as common MIS exports (SIMS, Arbor, Bromcom) write them. Compared
    /// without case, spaces, underscores or hyphens.
    public var aliases: [String] {
        switch self {
        case .upn: ["UPN", "Unique Pupil Number"]
        case .legalSurname: ["Legal Surname", "Surname", "Last Name", "Family Name"]
        case .legalForename: ["Legal Forename", "Forename", "First Name", "Given Name"]
        case .preferredSurname: ["Preferred Surname"]
        case .preferredForename: ["Preferred Forename", "Preferred Name", "Known As"]
        case .dateOfBirth: ["DOB", "Date of Birth", "Birth Date"]
        case .year: ["NC Year Actual", "NC Year", "Year", "Year Group", "Curriculum Year"]
        case .postcode: ["Postcode", "Post Code", "Home Postcode"]
        case .freeSchoolMeals: ["FSM Eligible", "FSM", "Ever 6 FSM", "FSM Ever 6", "FSM6", "Ever FSM 6"]
        case .pupilPremium: ["Pupil Premium", "PP", "Pupil Premium Indicator"]
        case .lookedAfter: ["Looked After", "In Care", "CLA", "Child Looked After", "Previously Looked After"]
        case .sen: ["SEN Status", "SEN Provision", "SEN"]
        case .accessNeeds: ["Access Needs"]
        case .interests: ["Interests"]
        case .subjects: ["Subjects"]
        case .travelKm: ["Travel km", "Travel Distance"]
        case .email: ["Email", "Email Address", "Pupil Email"]
        }
    }

    /// A column name reduced for comparison: `NC Year Actual` and `nc_year_actual` are one.
    public static func normalised(_ name: String) -> String {
        String(name.lowercased().unicodeScalars.filter { !" _-\t".unicodeScalars.contains($0) }.map(Character.init))
    }

    /// The field a column names, by its name or any alias.
    public static func named(_ column: String) -> StudentField? { byName[normalised(column)] }

    private static let byName: [String: StudentField] = {
        var names: [String: StudentField] = [:]
        for field in allCases {
            for name in [field.name] + field.aliases { names[normalised(name)] = field }
        }
        return names
    }()
}
