/// A student's special educational needs provision, with the codes schools' systems and the
/// Common Transfer File use (DfE SEN codes: E, K, N).
public enum SENProvision: String, Taxonomy {
    case ehcPlan = "E"
    case senSupport = "K"
    case none = "N"

    public var label: String {
        switch self {
        case .ehcPlan: "Education, health and care plan"
        case .senSupport: "SEN support"
        case .none: "No special educational needs"
        }
    }

    /// Whether the student has SEN provision of either kind (the "SEN" split in equity figures).
    public var hasProvision: Bool { self != .none }

    /// Reads a code or the words MIS exports write. `S` (a statement, in files from before 2014)
    /// reads as an EHC plan, which replaced statements; an empty cell is no SEN.
    public static func parse(_ text: String, field: String = "sen_provision") -> Result<SENProvision, FieldError> {
        switch text.trimmingWhitespace.lowercased() {
        case "e", "ehc", "ehcp", "ehc plan", "education, health and care plan", "s", "statement": .success(.ehcPlan)
        case "k", "sen support", "support": .success(.senSupport)
        case "n", "", "none", "no sen", "no special educational needs", "no special educational need": .success(.none)
        default:
            .failure(FieldError(field, "'\(text)' is not an SEN provision code: use E (EHC plan), K (SEN support) or N (none)"))
        }
    }
}

/// Why a student counts as disadvantaged: any one is enough.
public enum DisadvantageReason: String, Taxonomy {
    /// Eligible for free school meals at any point in the last six years ("Ever 6").
    case freeSchoolMeals = "fsm_ever6"
    case pupilPremium = "pupil_premium"
    /// Looked after by a local authority, or previously looked after (adopted from care).
    case lookedAfter = "looked_after"

    public var label: String {
        switch self {
        case .freeSchoolMeals: "Free school meals in the last six years"
        case .pupilPremium: "Pupil premium"
        case .lookedAfter: "Looked after, or previously looked after"
        }
    }
}

/// National curriculum year groups as schools write them.
public enum NCYear {
    /// Reads `10`, `Year 10`, `Y10` or `10 ` as 10; only Years 7 to 13 are Wexchange's.
    public static func parse(_ text: String, field: String = "year") -> Result<Int, FieldError> {
        guard !text.trimmingWhitespace.isEmpty else { return .failure(FieldError(field, "is missing")) }
        var digits = Substring(text.trimmingWhitespace.lowercased())
        for prefix in ["year ", "year", "yr ", "yr", "y"] where digits.hasPrefix(prefix) {
            digits = digits.dropFirst(prefix.count)
            break
        }
        guard let year = Int(digits) else {
            return .failure(FieldError(field, "'\(text)' is not a year group Wexchange serves (Years 7 to 13)"))
        }
        guard YearGroup.range.contains(year) else {
            return .failure(FieldError(field, "Year \(year) is not one Wexchange serves (Years 7 to 13)"))
        }
        return .success(year)
    }
}
