import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import SnapshotTesting
import Testing
@testable import WexchangeApp
import WexchangeTestSupport

/// Every page for one representative model, and key API exchanges, as text snapshots in
/// `__Snapshots__/` (one tag a line, so a change reads as a diff of the page). To accept an
/// intended change, delete the snapshot file and run the tests again: it is written anew.
@Suite struct PageSnapshotTests {
    /// The markup with a line break between tags, for reading and diffing.
    static func readable(_ html: String) -> String {
        html.replacingOccurrences(of: "><", with: ">\n<") + "\n"
    }

    @Test func everyPage() throws {
        for (name, page) in try PageSamples.all("Sample text", ids: .sequential) {
            assertSnapshot(of: Self.readable(page.html), as: .lines, named: name, record: SnapshotRecording.mode)
        }
    }
}

/// API answers as text snapshots: ids and clock times replaced by placeholders in order of
/// appearance, keys sorted, so only a change of shape or wording shows.
@Suite struct APISnapshotTests {
    static func normalised(_ json: String) -> String {
        var text = json
        var seen: [String: String] = [:]
        for match in text.matches(of: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/).map({ String(text[$0.range]) }) {
            if seen[match] == nil { seen[match] = "<id-\(seen.count + 1)>" }
        }
        for (id, placeholder) in seen { text = text.replacingOccurrences(of: id, with: placeholder) }
        return text.replacing(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z/, with: "<time>")
    }

    static func pretty(_ body: String) throws -> String {
        let object = try JSONSerialization.jsonObject(with: Data(body.utf8))
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return normalised(String(decoding: data, as: UTF8.self)) + "\n"
    }

    @Test func keyExchanges() async throws {
        try await withApp { app in
            let provider = try await app.makeProvider()
            let listing = try await app.services.listings.create(providerID: provider.id, input: .mock("snapshot"))
            try await app.client { client in
                let exchanges: [(String, String, HTTPRequest.Method, HTTPFields, String?)] = [
                    ("search-near", "/api/v1/opportunities?near=NE1%204ST&within_km=10&year=10", .get, [:], nil),
                    ("listing", "/api/v1/opportunities/\(listing.id.uuidString.lowercased())", .get, [:], nil),
                    ("bad-parameter", "/api/v1/opportunities?year=14", .get, [:], nil),
                    ("unknown-parameter", "/api/v1/opportunities?bogus=1", .get, [:], nil),
                    ("my-listings", "/api/v1/my/opportunities", .get, bearer(provider.key), nil),
                    ("create-invalid", "/api/v1/opportunities", .post, bearer(provider.key), #"{"title": "", "capacity": 0}"#),
                    ("me", "/api/v1/me", .get, bearer(provider.key), nil),
                ]
                for (name, uri, method, headers, body) in exchanges {
                    try await client.execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) }) {
                        response in
                        let exchange = "\(method) \(Self.normalised(uri))\n\(response.status.code)\n\n" + (try Self.pretty(response.text))
                        assertSnapshot(of: exchange, as: .lines, named: name, record: SnapshotRecording.mode)
                    }
                }
            }
        }
    }
}

enum SnapshotRecording {
    /// `SNAPSHOT_RECORD=all` writes every snapshot anew; by default missing ones are written (and fail once).
    static var mode: SnapshotTestingConfiguration.Record {
        ProcessInfo.processInfo.environment["SNAPSHOT_RECORD"] == "all" ? .all : .missing
    }
}
