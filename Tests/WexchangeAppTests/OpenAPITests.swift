import Foundation
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeSearch

@Suite struct OpenAPITests {
    @Test func everyAPIRouteIsDocumentedAndEveryDocumentedRouteExists() async throws {
        try await withApp { app in
            let registered = Set(
                app.routes.entries.filter { $0.path.hasPrefix("/api/") || $0.path == "/health" }
                    .map { "\($0.method) \($0.path)" })
            guard case .object(let paths)? = OpenAPIDocument.document["paths"] else { Issue.record("no paths"); return }
            var documented = Set<String>()
            for (path, item) in paths {
                guard case .object(let operations) = item else { continue }
                for method in operations.keys where ["get", "put", "post", "delete", "patch"].contains(method) {
                    documented.insert("\(method.uppercased()) \(path)")
                }
            }
            #expect(registered == documented)
            #expect(OpenAPIDocument.document["openapi"] == .string("3.1.0"))
        }
    }

    @Test func documentIsServed() async throws {
        try await withApp { app in
            try await app.client { client in
                try await client.execute(uri: "/api/v1/openapi.json", method: .get) { response in
                    #expect(response.status == .ok)
                    let json = try response.json()

                    #expect(json["openapi"] as? String == "3.1.0")
                }
            }
        }
    }
}

/// The document's schemas against the types they describe, so neither can drift from the other.
@Suite struct OpenAPISchemaTests {
    static func schema(_ name: String) -> [String: JSONValue] {
        guard case .object(let components)? = OpenAPIDocument.document["components"],
            case .object(let schemas)? = components["schemas"], case .object(let schema)? = schemas[name]
        else { return [:] }
        return schema
    }

    static func strings(_ value: JSONValue?) -> [String] {
        guard case .array(let items)? = value else { return [] }
        return items.compactMap { if case .string(let text) = $0 { text } else { nil } }
    }

    @Test(arguments: [
        ("OpportunityType", OpportunityType.allCases.map(\.rawValue)), ("DeliveryMode", DeliveryMode.allCases.map(\.rawValue)),
        ("Sector", Sector.allCases.map(\.rawValue)), ("Stage", Stage.allCases.map(\.rawValue)), ("Skill", Skill.allCases.map(\.rawValue)),
        ("SendAdjustment", SendAdjustment.allCases.map(\.rawValue)), ("Subject", Subject.allCases.map(\.rawValue)),
    ])
    func everyVocabularyMatchesItsEnum(name: String, values: [String]) {
        #expect(Self.strings(Self.schema(name)["enum"]) == values)
    }

    @Test func theInputSchemaIsTheFieldList() {
        guard case .object(let properties)? = Self.schema("OpportunityInput")["properties"] else { Issue.record("no properties"); return }
        #expect(Set(properties.keys) == Set(OpportunityField.all.map(\.name)))
        #expect(
            Set(Self.strings(Self.schema("OpportunityInput")["required"]))
                == Set(OpportunityField.all.filter { $0.requirement == .required }.map(\.name)))
    }

    /// Every key the API writes for a listing (search, detail, and a provider's own view) is in the schema.
    @Test func everyKeyTheAPIWritesIsDocumented() throws {
        guard case .object(let properties)? = Self.schema("Opportunity")["properties"] else { Issue.record("no properties"); return }
        let details = try PageSamples.details("x")
        var dto = OpportunityDTO(
            id: UUID(), details: details, provider: CatalogueProvider(id: UUID(), name: "P", badges: []), placesTaken: 0,
            createdAt: testNow, updatedAt: testNow, distanceKm: 1, includeDistance: true, withDetail: true,
            today: CalendarDate(testNow))
        dto.moderationReason = "Say who supervises"
        var json = JSONWriter()
        dto.write(to: &json)
        let written = try #require(try JSONSerialization.jsonObject(with: Data(json.bytes)) as? [String: Any])
        #expect(Set(written.keys).subtracting(properties.keys).isEmpty, "undocumented: \(Set(written.keys).subtracting(properties.keys))")
    }
}
