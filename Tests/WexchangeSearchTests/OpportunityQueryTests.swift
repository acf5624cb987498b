import Foundation
import Testing
import WexchangeGeo
@testable import WexchangeSearch

@Suite struct OpportunityQueryTests {
    let gazetteer = Gazetteer.bundled

    func error(_ parameters: [(String, String)]) -> QueryError? {
        do {
            _ = try OpportunityQuery.parse(parameters, gazetteer: gazetteer)
            return nil
        } catch {
            return error
        }
    }

    @Test func defaults() throws {
        let query = try OpportunityQuery.parse([], gazetteer: gazetteer)
        #expect(query.limit == 20)
        #expect(query.sort == .soonest)
        #expect(try OpportunityQuery.parse([("near", "NE1")], gazetteer: gazetteer).sort == .distance)
        #expect(try OpportunityQuery.parse([("near", "NE1"), ("q", "nurse")], gazetteer: gazetteer).sort == .relevance)
        #expect(try OpportunityQuery.parse([("near", "NE1")], gazetteer: gazetteer).withinKm == 25)
    }

    @Test func emptyFormFieldsCountAsAbsent() throws {
        let query = try OpportunityQuery.parse([("near", ""), ("type", ""), ("q", " ")], gazetteer: gazetteer)
        #expect(query.near == nil)
        #expect(query.types.isEmpty)
    }

    @Test(
        arguments: [
            ([("type", "banana")], "type", "work_placement"),
            ([("mode", "teleport")], "mode", "in_person"),
            ([("sector", "x")], "sector", "digital"),
            ([("stage", "x")], "stage", "introduce_inspire"),
            ([("skill", "x")], "skill", "teamwork"),
            ([("subject", "x")], "subject", "maths"),
            ([("send", "x")], "send", "quiet_space"),
            ([("year", "6")], "year", "7, 8"),
            ([("year", "ten")], "year", "13"),
            ([("within_km", "-1")], "within_km", "200"),
            ([("within_km", "201")], "within_km", "200"),
            ([("within_km", "nan")], "within_km", "200"),
            ([("limit", "1000")], "limit", "100"),
            ([("limit", "0")], "limit", "100"),
            ([("from", "2027-02-30")], "from", "YYYY-MM-DD"),
            ([("to", "tomorrow")], "to", "YYYY-MM-DD"),
            ([("from", "2027-03-02"), ("to", "2027-03-01")], "to", "before"),
            ([("cursor", "not-a-cursor")], "cursor", "cursor"),
            ([("near", "ZZ99 9ZZ")], "near", "ZZ99 9ZZ"),
            ([("near", "hello")], "near", "hello"),
            ([("sort", "random")], "sort", "distance"),
            ([("sort", "distance")], "sort", "near"),
            ([("sort", "relevance")], "sort", "q"),
            ([("accredited", "maybe")], "accredited", "true"),
            ([("has_places", "2")], "has_places", "true"),
            ([("min_rating", "0")], "min_rating", "1 to 5"),
            ([("min_rating", "6")], "min_rating", "1 to 5"),
            ([("min_rating", "good")], "min_rating", "1 to 5"),
            ([("near", "NE1"), ("near", "NE2")], "near", "once"),
        ] as [([(String, String)], String, String)])
    func badParametersAreNamedWithWhatIsAllowed(parameters: [(String, String)], parameter: String, hint: String) {
        let found = error(parameters)
        #expect(found?.parameter == parameter)
        #expect(found?.message.contains(hint) == true, "\(found?.message ?? "no error")")
    }

    @Test func cursorFromAnotherSortIsRejected() throws {
        let cursor = Cursor(sort: .newest, key: SortKey(group: 0, primary: -5, id: .init()))
        #expect(Cursor(encoded: cursor.encoded) == cursor)
        #expect(error([("cursor", cursor.encoded)])?.parameter == "cursor")
        #expect(error([("cursor", cursor.encoded), ("sort", "newest")]) == nil)
    }

    @Test func cursorsUseBase64URLWithoutPaddingAndCarryTheId() throws {
        for length in 0..<12 {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 97 &+ 251) }
            let expected = Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
                .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
            #expect(Cursor.base64URL(bytes) == expected, "\(length) bytes")
        }
        let id = UUID(uuidString: "0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0")!
        let cursor = Cursor(sort: .distance, key: SortKey(group: 1, primary: 2.5, id: id))
        #expect(Cursor(encoded: cursor.encoded) == cursor)
        let padded = cursor.encoded + String(repeating: "=", count: (4 - cursor.encoded.count % 4) % 4)
        let raw = String(
            decoding: Data(base64Encoded: padded.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/"))!,
            as: UTF8.self)
        #expect(raw.hasSuffix(".0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0"), "\(raw)")
    }

    @Test func parametersRoundTrip() throws {
        let parameters = [
            ("near", "NE1 4ST"), ("within_km", "12.5"), ("type", "insight_day"), ("year", "10"),
            ("send", "quiet_space"), ("from", "2027-01-01"), ("has_places", "true"), ("q", "nurse"), ("limit", "5"),
        ]
        let query = try OpportunityQuery.parse(parameters, gazetteer: gazetteer)
        #expect(try OpportunityQuery.parse(query.parameters, gazetteer: gazetteer) == query)
    }
}
