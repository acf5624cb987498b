import Foundation
import Testing
import WexchangeMatching

/// Every kind of bad instance stops the job with status 2, names the entity and field, and
/// writes no output (an existing output file is left as it was).
@Suite struct BadInputTests {
    static let student =
        #"{"id":"S1","lat":51.5,"lon":-0.1,"year":10,"disadvantaged":false,"send":false,"prior":false,"lottery":1,"prefs":["O1"]}"#
    static let otherStudent =
        #"{"id":"S2","lat":51.5,"lon":-0.1,"year":10,"disadvantaged":true,"send":false,"prior":false,"lottery":2,"prefs":[]}"#
    static let opportunity = #"{"id":"O1","lat":51.5,"lon":-0.1,"capacity":2,"virtual":false,"years":[10]}"#

    static func instance(
        students: [String] = [student, otherStudent], opportunities: [String] = [opportunity], extra: String = ""
    ) -> String {
        #"{"format":"wex-alloc-instance/1"\#(extra),"students":[\#(students.joined(separator: ","))],"opportunities":[\#(opportunities.joined(separator: ","))]}"#
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let json: String
        let entity: String
        let field: String
        let words: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "malformed JSON", json: #"{"format": "wex-alloc-instance/1", "students": ["#, entity: "instance", field: "(file)",
            words: "not valid JSON"),
        Case(name: "not JSON at all", json: "students,opportunities\n", entity: "instance", field: "(file)", words: "not valid JSON"),
        Case(
            name: "wrong format", json: instance().replacingOccurrences(of: "instance/1", with: "instance/9"), entity: "instance",
            field: "format", words: "not supported"),
        Case(name: "missing format", json: #"{"students":[],"opportunities":[]}"#, entity: "instance", field: "format", words: "missing"),
        Case(
            name: "missing students", json: #"{"format":"wex-alloc-instance/1","opportunities":[]}"#, entity: "instance", field: "students",
            words: "missing"),
        Case(
            name: "duplicate student id",
            json: instance(students: [student, student.replacingOccurrences(of: #""lottery":1"#, with: #""lottery":5"#)]),
            entity: #"student "S1" (students[1])"#, field: "id", words: "used by an earlier student"),
        Case(
            name: "duplicate opportunity id", json: instance(opportunities: [opportunity, opportunity]),
            entity: #"opportunity "O1" (opportunities[1])"#, field: "id", words: "used by an earlier opportunity"),
        Case(
            name: "preference naming an unknown opportunity",
            json: instance(students: [student.replacingOccurrences(of: #"["O1"]"#, with: #"["O1","O404"]"#)]),
            entity: #"student "S1" (students[0])"#, field: "prefs", words: #"choice 2 names "O404""#),
        Case(
            name: "repeated preference", json: instance(students: [student.replacingOccurrences(of: #"["O1"]"#, with: #"["O1","O1"]"#)]),
            entity: #"student "S1" (students[0])"#, field: "prefs", words: "repeats"),
        Case(
            name: "more than ten preferences",
            json: instance(
                students: [
                    student.replacingOccurrences(of: #"["O1"]"#, with: "[" + (1...11).map { #""O\#($0)""# }.joined(separator: ",") + "]")
                ],
                opportunities: (1...11).map { opportunity.replacingOccurrences(of: #""O1""#, with: #""O\#($0)""#) }),
            entity: #"student "S1" (students[0])"#, field: "prefs", words: "at most 10"),
        Case(
            name: "negative capacity",
            json: instance(opportunities: [opportunity.replacingOccurrences(of: #""capacity":2"#, with: #""capacity":-1"#)]),
            entity: #"opportunity "O1" (opportunities[0])"#, field: "capacity", words: "-1 is negative"),
        Case(
            name: "unknown criterion in the round", json: instance(extra: #","priority":["disadvantaged","postcode"]"#),
            entity: "instance", field: "priority", words: #""postcode" is not a priority criterion"#),
        Case(
            name: "unknown criterion at an opportunity",
            json: instance(opportunities: [opportunity.replacingOccurrences(of: "}", with: #","priority":["locals"]}"#)]),
            entity: #"opportunity "O1" (opportunities[0])"#, field: "priority", words: #""locals" is not a priority criterion"#),
        Case(
            name: "repeated criterion", json: instance(extra: #","priority":["send","send"]"#), entity: "instance", field: "priority",
            words: "appears twice"),
        Case(
            name: "lottery not unique",
            json: instance(students: [student, otherStudent.replacingOccurrences(of: #""lottery":2"#, with: #""lottery":1"#)]),
            entity: #"student "S2" (students[1])"#, field: "lottery", words: #"also student "S1"'s lottery number"#),
        Case(
            name: "fractional lottery",
            json: instance(students: [student.replacingOccurrences(of: #""lottery":1"#, with: #""lottery":1.5"#)]),
            entity: #"student "S1" (students[0])"#, field: "lottery", words: "must be a whole number"),
        Case(
            name: "student year above 13", json: instance(students: [student.replacingOccurrences(of: #""year":10"#, with: #""year":14"#)]),
            entity: #"student "S1" (students[0])"#, field: "year", words: "14 is outside the year groups 7–13"),
        Case(
            name: "student year below 7", json: instance(students: [student.replacingOccurrences(of: #""year":10"#, with: #""year":6"#)]),
            entity: #"student "S1" (students[0])"#, field: "year", words: "6 is outside"),
        Case(
            name: "opportunity year outside 7–13",
            json: instance(opportunities: [opportunity.replacingOccurrences(of: "[10]", with: "[10,15]")]),
            entity: #"opportunity "O1" (opportunities[0])"#, field: "years", words: "15 is outside"),
        Case(
            name: "no year groups", json: instance(opportunities: [opportunity.replacingOccurrences(of: "[10]", with: "[]")]),
            entity: #"opportunity "O1" (opportunities[0])"#, field: "years", words: "at least one"),
        Case(
            name: "year of the wrong type",
            json: instance(students: [student.replacingOccurrences(of: #""year":10"#, with: #""year":"ten""#)]),
            entity: #"student "S1" (students[0])"#, field: "year", words: "must be a whole number"),
        Case(
            name: "missing flag", json: instance(students: [student.replacingOccurrences(of: #""send":false,"#, with: "")]),
            entity: #"student "S1" (students[0])"#, field: "send", words: "is missing"),
        Case(
            name: "missing id", json: instance(students: [student.replacingOccurrences(of: #""id":"S1","#, with: "")]),
            entity: "student students[0]", field: "id", words: "is missing"),
        Case(
            name: "empty id", json: instance(students: [student.replacingOccurrences(of: #""id":"S1""#, with: #""id":"""#)]),
            entity: #"student "" (students[0])"#, field: "id", words: "must not be empty"),
        Case(
            name: "negative travel limit",
            json: instance(students: [student.replacingOccurrences(of: #""lottery":1"#, with: #""lottery":1,"max_km":-3"#)]),
            entity: #"student "S1" (students[0])"#, field: "max_km", words: "-3.0 is not a distance"),
        Case(
            name: "latitude out of range",
            json: instance(opportunities: [opportunity.replacingOccurrences(of: #""lat":51.5"#, with: #""lat":95"#)]),
            entity: #"opportunity "O1" (opportunities[0])"#, field: "lat", words: "95.0 is not a latitude"),
        Case(
            name: "student that is not an object", json: instance(students: ["42"]), entity: "instance", field: "students[0]",
            words: "must be an object"),
    ]

    @Test(arguments: cases)
    func badInputStopsTheJobAndWritesNothing(_ bad: Case) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wex-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in.json"), output = folder.appendingPathComponent("out.json")
        try Data(bad.json.utf8).write(to: input)

        #expect {
            try AllocationJob.run(instance: input, output: output, options: AllocationOptions())
        } throws: { error in
            guard let failure = error as? AllocationJob.Failure, case .input(let fault) = failure else { return false }
            #expect(failure.exitStatus == 2)
            #expect(fault.entity == bad.entity)
            #expect(fault.field == bad.field)
            #expect(fault.description.contains(bad.words), "\(fault.description)")
            return true
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["in.json"])
    }

    @Test func aFailedRunLeavesAnEarlierOutputAsItWas() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wex-keep-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in.json"), output = folder.appendingPathComponent("out.json")
        try Data(Self.instance().utf8).write(to: input)
        try AllocationJob.run(instance: input, output: output, options: AllocationOptions())
        let before = try Data(contentsOf: output)

        try Data(Self.instance(opportunities: [Self.opportunity, Self.opportunity]).utf8).write(to: input)
        #expect(throws: AllocationJob.Failure.self) { try AllocationJob.run(instance: input, output: output, options: AllocationOptions()) }

        #expect(try Data(contentsOf: output) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["in.json", "out.json"])
    }

    @Test func aMissingInstanceFileIsBadInput() throws {
        let missing = URL(fileURLWithPath: "/nonexistent/instance.json")
        #expect {
            try AllocationJob.run(instance: missing, output: URL(fileURLWithPath: "/tmp/never-written.json"), options: AllocationOptions())
        } throws: { error in
            (error as? AllocationJob.Failure)?.exitStatus == 2 && "\(error)".contains("/nonexistent/instance.json")
        }
    }

    @Test func unknownTopLevelKeysAreIgnored() throws {
        let instance = try AllocationInstanceFile.decode(Data(Self.instance(extra: #","round":"2027 spring","notes":{"a":[1,2]}"#).utf8))
        #expect(instance.students.map(\.id) == ["S1", "S2"])
        #expect(instance.priority == PriorityCriterion.defaultOrder)
    }
}
