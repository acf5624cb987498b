import Foundation
import WexchangeCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads the DfE Common Transfer File (`CTfile` → `Header`, `CTFpupilData/Pupil`), the XML every
/// English MIS writes, across CTF versions: elements are found by their place under `Pupil`,
/// so the order and the optional parts that differ between versions do not matter. Only what a
/// student record keeps is read; contacts, ethnicity, attendance and the rest are skipped.
public enum CohortCTFReader {
    /// The fields a CTF carries (pupil premium, access needs, interests and travel are not in it).
    static let given: Set<StudentField> = [
        .upn, .legalSurname, .legalForename, .preferredSurname, .preferredForename, .dateOfBirth, .year, .postcode,
        .freeSchoolMeals, .lookedAfter, .sen,
    ]

    public static func read(_ data: Data, today: CalendarDate) throws -> CohortFile {
        // Fed as a stream, in chunks: given the whole file at once, libxml2 refuses files over
        // 10 MB (a CTF of 20,000 pupils) as "huge input".
        let parser = XMLParser(stream: InputStream(data: data))
        let collector = PupilCollector(today: today)
        parser.delegate = collector
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        // libxml2 recovers from some broken files (a missing end tag, a file cut short), so the
        // collector's own count of open elements decides too.
        if !parser.parse() || collector.isBroken {
            let message =
                collector.isBroken
                ? "an element is not closed where it should be, or the file is cut short"
                : parser.parserError.map { ($0 as NSError).localizedDescription } ?? "unknown error"
            throw CohortFailure(problems: [
                CohortProblem(
                    place: .line(parser.lineNumber), field: nil,
                    message: "the file is not readable XML (\(message)); export the CTF again from your MIS")
            ])
        }
        guard collector.rootName == "CTfile" else {
            throw CohortFailure(problems: [
                CohortProblem(
                    place: .file, field: nil,
                    message: "is not a Common Transfer File: its root element is \(collector.rootName ?? "missing"), not CTfile")
            ])
        }
        guard collector.problems.isEmpty else { throw CohortFailure(problems: collector.problems) }
        let header = collector.header
        let source = [
            header["CTFversion"].map { "CTF version \($0)" }, header["SourceSchool/SchoolName"],
            header["SourceSchool/LEA"].flatMap { lea in header["SourceSchool/Estab"].map { "DfE number \(lea)/\($0)" } },
        ].compactMap { $0 }.joined(separator: ", ")
        return try CohortFile(format: .ctf, rows: collector.rows, given: given, source: source.isEmpty ? nil : source)
    }
}

/// Collects each `Pupil`'s values by their path under it (`BasicDetails/NCyearActual`), then
/// reads them into a record when the pupil closes.
private final class PupilCollector: NSObject, XMLParserDelegate {
    let today: CalendarDate
    var rootName: String?
    var header: [String: String] = [:]
    var rows: [CohortRow] = []
    var problems: [CohortProblem] = []

    private var path: [String] = []
    private var text = ""
    /// The open pupil's values and the depth its `Pupil` element is at.
    private var pupil: [String: String]?
    private var pupilDepth = 0
    private var pupilCount = 0
    /// Free school meals spells and SEN entries, gathered as they close.
    private var fsmSpells: [(start: String?, end: String?)] = []
    private var senEntries: [(start: String?, provision: String)] = []
    private var spell: (start: String?, end: String?) = (nil, nil)
    private var senStart: String?

    /// An end tag that does not close the open element, or elements left open at the end.
    private var mismatched = false
    var isBroken: Bool { mismatched || !path.isEmpty || rootName == nil }

    init(today: CalendarDate) { self.today = today }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if rootName == nil { rootName = name }
        path.append(name)
        text = ""
        if name == "Pupil", path.count >= 2, path[path.count - 2] == "CTFpupilData" {
            pupil = [:]
            pupilDepth = path.count
            pupilCount += 1
            fsmSpells = []
            senEntries = []
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        guard path.last == name else {
            mismatched = true
            parser.abortParsing()
            return
        }
        defer {
            path.removeLast()
            text = ""
        }
        let value = text.trimmingWhitespace
        if pupil != nil {
            if path.count == pupilDepth {
                finishPupil()
                pupil = nil
                return
            }
            let inner = path[pupilDepth...]
            // Contacts have addresses and names of their own: never read them as the pupil's.
            guard inner.first != "Contacts" else { return }
            switch (inner.first, name) {
            case ("FSMhistory", "FSMstartDate"): spell.start = value
            case ("FSMhistory", "FSMendDate"): spell.end = value
            case ("FSMhistory", "FSMinstance"):
                fsmSpells.append(spell)
                spell = (nil, nil)
            case ("SENhistory", "StartDate"): senStart = value
            case (_, "SENprovision"):
                senEntries.append((senStart, value))
                senStart = nil
            case ("Address", "PostCode"), ("Address", "Postcode"): pupil?["PostCode"] = value
            default: if !value.isEmpty { pupil?[inner.joined(separator: "/")] = value }
            }
        } else if path.count >= 2, path[1] == "Header", !value.isEmpty {
            header[path[2...].joined(separator: "/")] = value
        }
    }

    private func finishPupil() {
        guard let values = pupil else { return }
        let place = CohortPlace.pupil(pupilCount)
        var record = StudentRecord.blank
        var found: [CohortProblem] = []
        func read(_ field: StudentField, _ text: String?) {
            if let error = field.read(text ?? "", into: &record, today: today) {
                found.append(CohortProblem(place: place, upn: values["UPN"], field: ctfName(field), message: error.message))
            }
        }
        read(.upn, values["UPN"])
        read(.legalSurname, values["Surname"])
        read(.legalForename, values["Forename"])
        read(.preferredSurname, values["BasicDetails/PreferredSurname"] ?? values["PreferredSurname"])
        read(.preferredForename, values["BasicDetails/PreferredForename"] ?? values["PreferredForename"])
        read(.dateOfBirth, values["DOB"])
        read(.year, values["BasicDetails/NCyearActual"] ?? values["NCyearActual"])
        read(.postcode, values["PostCode"])
        // The latest SEN entry is the current provision (entries without a start date count as oldest).
        read(.sen, senEntries.max(by: { ($0.start ?? "") < ($1.start ?? "") })?.provision)
        if isEver6(fsmSpells) { record.disadvantage.insert(.freeSchoolMeals) }
        if ["true", "1", "yes"].contains((values["LookedAfter/InCare"] ?? "").lowercased()) { record.disadvantage.insert(.lookedAfter) }
        if found.isEmpty { rows.append(CohortRow(place: place, record: record)) } else { problems += found }
    }

    /// Eligible for free school meals at any time in the last six years: a spell that has not
    /// ended, or ended less than six years ago.
    private func isEver6(_ spells: [(start: String?, end: String?)]) -> Bool {
        let sixYearsAgo = CalendarDate(year: today.components.year - 6, month: today.components.month, day: 1)!
        return spells.contains { spell in
            guard let end = spell.end.flatMap(CalendarDate.init(iso:)) else { return spell.start != nil }
            return end >= sixYearsAgo
        }
    }

    /// The element a field comes from, so a school can find it in its CTF.
    private func ctfName(_ field: StudentField) -> String {
        switch field {
        case .upn: "UPN"
        case .legalSurname: "Surname"
        case .legalForename: "Forename"
        case .preferredSurname: "PreferredSurname"
        case .preferredForename: "PreferredForename"
        case .dateOfBirth: "DOB"
        case .year: "NCyearActual"
        case .postcode: "Address/PostCode"
        case .sen: "SENprovision"
        default: field.name
        }
    }
}
