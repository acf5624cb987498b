import WexchangeGeo

extension StudentField {
    /// Reads one cell into `record`; an empty cell clears an optional field and is refused for a
    /// required one. `today` bounds a date of birth to the ages of pupils in Years 7 to 13.
    public func read(_ cell: String, into record: inout StudentRecord, today: CalendarDate) -> FieldError? {
        let text = cell.trimmingWhitespace
        func problem(_ message: String) -> FieldError { FieldError(name, message) }
        if text.isEmpty, Self.required.contains(self) { return problem("is missing") }
        switch self {
        case .upn:
            switch UPN.parse(text) {
            case .success(let upn): record.upn = upn
            case .failure(let error): return problem(error.message)
            }
        case .legalSurname, .legalForename, .preferredSurname, .preferredForename:
            let name = text.isEmpty ? nil : text
            if let name, name.count > AccountRules.maxNameLength {
                return problem("is longer than \(AccountRules.maxNameLength) characters")
            }
            switch self {
            case .legalSurname: record.legalSurname = name!
            case .legalForename: record.legalForename = name!
            case .preferredSurname: record.preferredSurname = name
            default: record.preferredForename = name
            }
        case .dateOfBirth:
            guard let date = Self.date(text) else {
                return problem("'\(cell)' is not a date: write it as 2011-09-14 or 14/09/2011")
            }
            let age = today.age(bornOn: date)
            guard Self.pupilAges.contains(age) else {
                return problem(
                    date > today
                        ? "'\(cell)' is in the future" : "'\(cell)' makes the student \(age), not of an age for Years 7 to 13")
            }
            record.dateOfBirth = date
        case .year:
            switch NCYear.parse(text, field: name) {
            case .success(let year): record.year = year
            case .failure(let error): return error
            }
        case .postcode:
            guard !text.isEmpty else {
                record.postcode = nil
                return nil
            }
            guard let postcode = Postcode(text) else { return problem("'\(cell)' is not a UK postcode (for example NE1 4ST)") }
            record.postcode = postcode.description
        case .freeSchoolMeals, .pupilPremium, .lookedAfter:
            guard let yes = Self.yesNo(text) else { return problem("'\(cell)' is not yes or no (Y, N, Yes, No, True, False, 1 or 0)") }
            let reason = disadvantageReason!
            if yes { record.disadvantage.insert(reason) } else { record.disadvantage.remove(reason) }
        case .sen:
            switch SENProvision.parse(text, field: name) {
            case .success(let sen): record.sen = sen
            case .failure(let error): return error
            }
        case .accessNeeds: return Self.read(text, into: &record.accessNeeds, field: name)
        case .interests: return Self.read(text, into: &record.interests, field: name)
        case .subjects: return Self.read(text, into: &record.subjects, field: name)
        case .travelKm:
            guard !text.isEmpty else {
                record.travelKm = StudentRecord.defaultTravelKm
                return nil
            }
            guard let km = Int(text), StudentRecord.travelKmRange.contains(km) else {
                return problem(
                    "'\(cell)' is not a whole number of km from \(StudentRecord.travelKmRange.lowerBound) to \(StudentRecord.travelKmRange.upperBound)"
                )
            }
            record.travelKm = km
        case .email:
            guard !text.isEmpty else {
                record.email = nil
                return nil
            }
            switch AccountRules.email(text, field: name) {
            case .success(let email): record.email = email
            case .failure(let error): return error
            }
        }
        return nil
    }

    /// The field's value in words, for the import preview's list of changes and the record page.
    public func text(of record: StudentRecord) -> String {
        switch self {
        case .upn: record.upn.value
        case .legalSurname: record.legalSurname
        case .legalForename: record.legalForename
        case .preferredSurname: record.preferredSurname ?? ""
        case .preferredForename: record.preferredForename ?? ""
        case .dateOfBirth: record.dateOfBirth.description
        case .year: "Year \(record.year)"
        case .postcode: record.postcode ?? ""
        case .freeSchoolMeals, .pupilPremium, .lookedAfter: record.disadvantage.contains(disadvantageReason!) ? "Yes" : "No"
        case .sen: record.sen.label
        case .accessNeeds: record.accessNeeds.map(\.label).joined(separator: ", ")
        case .interests: record.interests.map(\.label).joined(separator: ", ")
        case .subjects: record.subjects.map(\.label).joined(separator: ", ")
        case .travelKm: "\(record.travelKm) km"
        case .email: record.email ?? ""
        }
    }

    /// Copies this field's value from one record to another (an import updates only the fields
    /// its file carries).
    public func copy(from source: StudentRecord, to target: inout StudentRecord) {
        switch self {
        case .upn: target.upn = source.upn
        case .legalSurname: target.legalSurname = source.legalSurname
        case .legalForename: target.legalForename = source.legalForename
        case .preferredSurname: target.preferredSurname = source.preferredSurname
        case .preferredForename: target.preferredForename = source.preferredForename
        case .dateOfBirth: target.dateOfBirth = source.dateOfBirth
        case .year: target.year = source.year
        case .postcode: target.postcode = source.postcode
        case .freeSchoolMeals, .pupilPremium, .lookedAfter:
            let reason = disadvantageReason!
            if source.disadvantage.contains(reason) { target.disadvantage.insert(reason) } else { target.disadvantage.remove(reason) }
        case .sen: target.sen = source.sen
        case .accessNeeds: target.accessNeeds = source.accessNeeds
        case .interests: target.interests = source.interests
        case .subjects: target.subjects = source.subjects
        case .travelKm: target.travelKm = source.travelKm
        case .email: target.email = source.email
        }
    }

    /// The disadvantage a yes-or-no field records.
    public var disadvantageReason: DisadvantageReason? {
        switch self {
        case .freeSchoolMeals: .freeSchoolMeals
        case .pupilPremium: .pupilPremium
        case .lookedAfter: .lookedAfter
        default: nil
        }
    }

    /// Ages (on the day of import) a pupil in Years 7 to 13, or a college student with an EHC
    /// plan (to 25), can have.
    static let pupilAges = 9...25

    /// `2011-09-14`, or `14/09/2011` as UK systems write it.
    public static func date(_ text: String) -> CalendarDate? {
        if let iso = CalendarDate(iso: text) { return iso }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
            let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2])
        else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// Yes or no as MIS exports write it; an empty cell is no.
    static func yesNo(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "y", "yes", "t", "true", "1": true
        case "n", "no", "f", "false", "0", "": false
        default: nil
        }
    }

    /// Reads a list into `values`, or says what is wrong with it.
    static func read<Value: Taxonomy>(_ text: String, into values: inout TaxonomySet<Value>, field: String) -> FieldError? {
        switch list(text, of: Value.self, field: field) {
        case .success(let read):
            values = read
            return nil
        case .failure(let error): return error
        }
    }

    /// `a;b` lists of a vocabulary, by machine value or label (either case).
    static func list<Value: Taxonomy>(_ text: String, of: Value.Type, field: String) -> Result<TaxonomySet<Value>, FieldError> {
        var values = TaxonomySet<Value>()
        for item in text.split(separator: ";").map({ String($0).trimmingWhitespace }) where !item.isEmpty {
            guard
                let value = Value(rawValue: item)
                    ?? Value.allCases.first(where: { $0.label.lowercased() == item.lowercased() })
            else { return .failure(FieldError(field, "'\(item)' is not one of: \(Value.allowedValues)")) }
            values.insert(value)
        }
        return .success(values)
    }
}
