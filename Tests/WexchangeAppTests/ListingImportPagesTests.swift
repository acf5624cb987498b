import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeTestSupport

/// Providers upload a listings CSV on the web: the same all-or-nothing import as the command
/// line, with a preview (new, changed, closed) before anything is written, and every bad row
/// listed with its line and column.
@Suite struct ListingImportPagesTests {
    static let rows = [
        "p1,Welding taster,Try welding,workplace_visit,in_person,engineering-manufacturing,introduce_inspire,9;10,1 Quay Road,NE1 3AF,10,5,1,2027-03-01/2027-03-01,teamwork",
        "p2,Online coding,Learn to code,virtual_work_experience,virtual,digital,apply_demonstrate,10;11,,,30,4,5,2027-04-12/2027-04-16,problem_solving",
    ]

    static func csv(_ rows: [String]) -> String { CSVImportTests.header + rows.joined(separator: "\n") + "\n" }

    static func listings(_ app: TestApp, source: String = "csv") async throws -> [OpportunityModel] {
        try await OpportunityModel.query(on: app.services.storage.database).filter(\.$source == source).sort(\.$externalId).all()
    }

    /// The confirmation form's address on a preview page.
    static func confirmPath(_ html: String) throws -> String {
        let action = ParsedHTML(html).elements.first {
            $0.name == "form" && ($0.value(of: "action") ?? "").hasPrefix("/provider/listings/import/")
        }
        return try #require(action?.value(of: "action"))
    }

    @Test func theUploadShowsWhatItWouldDoAndSavesOnlyOnConfirmation() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let session = try await world.session(.providerAdmin)
            try await app.client { client in
                try await client.execute(uri: "/provider/listings", method: .get, headers: session.headers) { response in
                    #expect(response.text.contains(#"href="/provider/listings/import""#))
                }
                let preview = try await StudentPagesTests.post(
                    client, "/provider/listings/import", session,
                    multipart: StudentPagesTests.upload(Self.csv(Self.rows), fileName: "listings.csv", csrf: session.csrf))
                #expect(preview.status == .ok)
                let text = ParsedHTML(preview.html).text
                #expect(text.contains("New listings (2)"))
                #expect(text.contains("Welding taster"))
                #expect(text.contains("Nothing has been saved yet"))
                #expect(try await Self.listings(app).isEmpty)
                let confirmed = try await client.execute(
                    uri: try Self.confirmPath(preview.html), method: .post, headers: session.formHeaders, body: session.form()
                ) { ($0.status, $0.headers[.location]) }
                #expect(confirmed.0 == .seeOther)
                #expect(confirmed.1 == "/provider/listings?done=uploaded&new=2&changed=0&unchanged=0&closed=0")
                try await client.execute(uri: confirmed.1!, method: .get, headers: session.headers) { response in
                    #expect(response.text.contains("Uploaded: 2 new, 0 changed, 0 unchanged, 0 closed."))
                }
                #expect(try await Self.listings(app).map(\.externalId) == ["p1", "p2"])
                #expect(try await PendingListingImportModel.query(on: app.services.storage.database).count() == 0)

                // The same file again changes nothing; a changed row is shown with what changed;
                // with "all my listings", the one left out is closed.
                let again = try await StudentPagesTests.post(
                    client, "/provider/listings/import", session,
                    multipart: StudentPagesTests.upload(Self.csv(Self.rows), fileName: "listings.csv", csrf: session.csrf))
                #expect(ParsedHTML(again.html).text.contains("This file changes nothing"))
                let changed = Self.rows[0].replacingOccurrences(of: ",10,5,1,", with: ",12,5,1,")
                let partial = try await StudentPagesTests.post(
                    client, "/provider/listings/import", session,
                    multipart: StudentPagesTests.upload(Self.csv([changed]), fileName: "listings.csv", full: true, csrf: session.csrf))
                let partialText = ParsedHTML(partial.html).text
                #expect(partialText.contains("Changed listings (1)"))
                #expect(partialText.contains("Places: 10 → 12"))
                #expect(partialText.contains("Listings to close (1)"))
                #expect(partialText.contains("Online coding"))
                let saved = try await client.execute(
                    uri: try Self.confirmPath(partial.html), method: .post, headers: session.formHeaders, body: session.form()
                ) { $0.headers[.location] }
                #expect(saved == "/provider/listings?done=uploaded&new=0&changed=1&unchanged=0&closed=1")
            }
            let stored = try await Self.listings(app)
            #expect(stored.map(\.capacity) == [12, 30])
            #expect(try stored[1].details().status == .closed)
        }
    }

    /// A file with bad rows is refused with every problem (line, reference, column in words),
    /// and nothing is written or kept.
    @Test func badRowsAreListedWithTheirLineAndColumnAndNothingIsWritten() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let session = try await world.session(.providerAdmin)
            let bad = [
                Self.rows[0].replacingOccurrences(of: ",10,5,1,", with: ",ten,5,1,"),
                "p3,Site visit,See a site,workplace_visit,in_person,construction-built-environment,introduce_inspire,6,2 Road,ZZ99 9ZZ,5,5,1,2027-03-01/2027-03-01,",
            ]
            try await app.client { client in
                for (file, expected) in [
                    (Self.csv(bad), "Line 2 (p1), Places"),
                    ("title,colour\nA,red\n", "Line 1, colour"),
                    ("\u{FF}\u{FE}not text", "Line 1"),
                ] {
                    let answer = try await StudentPagesTests.post(
                        client, "/provider/listings/import", session,
                        multipart: StudentPagesTests.upload(file, fileName: "listings.csv", csrf: session.csrf))
                    #expect(answer.status == .unprocessableContent, "\(expected)")
                    let summary = ParsedHTML(answer.html).text
                    #expect(summary.contains("There is a problem"), "\(expected)")
                    #expect(summary.contains(expected), "\(summary.prefix(600))")
                }
                let empty = try await StudentPagesTests.post(
                    client, "/provider/listings/import", session, multipart: StudentPagesTests.upload(nil, csrf: session.csrf))
                #expect(empty.status == .unprocessableContent)
                #expect(ParsedHTML(empty.html).text.contains("Choose the CSV file to upload"))
            }
            #expect(try await Self.listings(app).isEmpty)
            #expect(try await PendingListingImportModel.query(on: app.services.storage.database).count() == 0)
        }
    }

    /// Cancelling forgets the file; another provider's people cannot confirm someone else's upload.
    @Test func cancellingForgetsTheFileAndOnlyItsUploaderConfirms() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let session = try await world.session(.providerAdmin)
            let colleague = try await world.session(.providerStaff)
            try await app.client { client in
                let preview = try await StudentPagesTests.post(
                    client, "/provider/listings/import", session,
                    multipart: StudentPagesTests.upload(Self.csv(Self.rows), fileName: "listings.csv", csrf: session.csrf))
                let path = try Self.confirmPath(preview.html)
                try await client.execute(uri: path, method: .post, headers: colleague.formHeaders, body: colleague.form()) {
                    #expect($0.status == .notFound)
                }
                try await client.execute(
                    uri: path, method: .post, headers: session.formHeaders, body: session.form([("cancel", "true")])
                ) { #expect($0.headers[.location] == "/provider/listings/import") }
                try await client.execute(uri: path, method: .post, headers: session.formHeaders, body: session.form()) {
                    #expect($0.status == .notFound)
                }
            }
            #expect(try await Self.listings(app).isEmpty)
        }
    }
}
