import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeTestSupport

/// The careers leader's upload (preview, then confirm or cancel), the list of students and the
/// record page, with every read of a student written to the audit log.
@Suite struct StudentPagesTests {
    static let boundary = "----wexchange-test-boundary"

    /// A multipart body as a browser sends the upload form.
    static func upload(_ file: String?, fileName: String = "year10.csv", full: Bool = false, csrf: String) -> ByteBuffer {
        var parts = ["--\(boundary)\r\nContent-Disposition: form-data; name=\"\(CSRF.field)\"\r\n\r\n\(csrf)\r\n"]
        if full { parts.append("--\(boundary)\r\nContent-Disposition: form-data; name=\"full\"\r\n\r\ntrue\r\n") }
        parts.append(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(file == nil ? "" : fileName)\"\r\nContent-Type: text/csv\r\n\r\n\(file ?? "")\r\n"
        )
        return ByteBuffer(string: parts.joined() + "--\(boundary)--\r\n")
    }

    static func post(
        _ client: any TestClientProtocol, _ path: String, _ session: BrowserSession, multipart body: ByteBuffer
    ) async throws -> (status: HTTPResponse.Status, location: String?, html: String) {
        var headers = session.headers
        headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
        return try await client.execute(uri: path, method: .post, headers: headers, body: body) { response in
            (response.status, response.headers[.location], String(buffer: response.body))
        }
    }

    static func count(_ app: TestApp) async throws -> Int { try await StudentModel.query(on: app.services.storage.database).count() }

    @Test func theUploadShowsThePreviewAndSavesOnlyOnConfirmation() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let leader = try await world.session(.careersLeader)
            let before = try await Self.count(app)
            let csv = StudentImportTests.csv([StudentImportTests.row(11), StudentImportTests.row(12, sen: "K")])
            try await app.client { client in
                let preview = try await Self.post(
                    client, StudentRoutes.importForm.link, leader, multipart: Self.upload(csv, csrf: leader.csrf))
                #expect(preview.status == .ok)
                let text = ParsedHTML(preview.html).text
                for words in [
                    "Check the import before saving it", "year10.csv (CSV)", "New students (2)", "Pupil11", "Columns left out", "Gender",
                ] {
                    #expect(text.contains(words), "\(words)")
                }
                #expect(try await Self.count(app) == before, "nothing is saved before the confirmation")
                let pending = try #require(try await PendingStudentImportModel.query(on: app.services.storage.database).first())
                // Someone else at the school cannot confirm it.
                let staff = try await world.session(.schoolStaff)
                let other = try await ProviderPagesTests.post(
                    client, StudentRoutes.importConfirm.link(try pending.requireID()), session: staff, [])
                #expect(other.status == 403)
                let confirmed = try await ProviderPagesTests.post(
                    client, StudentRoutes.importConfirm.link(try pending.requireID()), session: leader, [])
                #expect(confirmed.status == 303)
                #expect(confirmed.location == StudentRoutes.students.link(query: [("done", "imported")]))
                #expect(try await Self.count(app) == before + 2)
                #expect(try await PendingStudentImportModel.query(on: app.services.storage.database).count() == 0, "the file is not kept")
            }
        }
    }

    @Test func cancellingForgetsTheFile() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let leader = try await world.session(.careersLeader)
            let before = try await Self.count(app)
            try await app.client { client in
                _ = try await Self.post(
                    client, StudentRoutes.importForm.link, leader,
                    multipart: Self.upload(StudentImportTests.csv([StudentImportTests.row(11)]), csrf: leader.csrf))
                let pending = try #require(try await PendingStudentImportModel.query(on: app.services.storage.database).first())
                let cancelled = try await ProviderPagesTests.post(
                    client, StudentRoutes.importConfirm.link(try pending.requireID()), session: leader, [("cancel", "true")])
                #expect(cancelled.status == 303)
                #expect(try await PendingStudentImportModel.query(on: app.services.storage.database).count() == 0)
                #expect(try await Self.count(app) == before)
            }
        }
    }

    /// A refused file: the form again, every problem in the error summary in words, nothing kept.
    @Test func aBadFileListsEveryProblemAndKeepsNothing() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let leader = try await world.session(.careersLeader)
            let before = try await Self.count(app)
            let csv = StudentImportTests.csv([
                StudentImportTests.row(11), "A801200001001,Bad,Check,2011-01-01,10,N,N,,F",
                "\(StudentFixtures.upn(13)),X,Y,2011-02-30,10,N,N,,F",
            ])
            try await app.client { client in
                let refused = try await Self.post(
                    client, StudentRoutes.importForm.link, leader, multipart: Self.upload(csv, csrf: leader.csrf))
                #expect(refused.status == .unprocessableContent)
                let page = ParsedHTML(refused.html)
                #expect(page.text.contains("Error: Import students"))
                #expect(page.text.contains("Line 3 (UPN A801200001001), UPN: 'A801200001001' fails its check"))
                #expect(page.text.contains("Line 4 (UPN \(StudentFixtures.upn(13))), date of birth: '2011-02-30' is not a date"))
                let noFile = try await Self.post(
                    client, StudentRoutes.importForm.link, leader, multipart: Self.upload(nil, csrf: leader.csrf))
                #expect(noFile.status == .unprocessableContent)
                #expect(ParsedHTML(noFile.html).text.contains("Choose the CSV or CTF file to import"))
                // Without the CSRF token the upload is refused before it is read.
                let forged = try await Self.post(client, StudentRoutes.importForm.link, leader, multipart: Self.upload(csv, csrf: "forged"))
                #expect(forged.status == .forbidden)
            }
            #expect(try await Self.count(app) == before)
            #expect(try await PendingStudentImportModel.query(on: app.services.storage.database).count() == 0)
        }
    }

    /// Nobody signed out has a file to upload: a multipart body is refused before it is read.
    @Test func aSignedOutUploadIsRefusedUnread() async throws {
        try await withApp { app in
            try await app.client { client in
                var headers: HTTPFields = [:]
                headers[.contentType] = "multipart/form-data; boundary=\(Self.boundary)"
                headers[.cookie] = "\(CSRF.cookie)=token"
                let body = Self.upload(String(repeating: "x", count: 1_000_000), csrf: "token")
                for path in [StudentRoutes.importForm.link, AccountRoutes.signIn.link] {
                    try await client.execute(uri: path, method: .post, headers: headers, body: body) { response in
                        // Sign-in is open to anyone, so the CSRF check refuses it; the import asks to sign in first.
                        #expect(response.status == (path == AccountRoutes.signIn.link ? .forbidden : .unauthorized), "\(path)")
                    }
                }
            }
        }
    }

    /// Every read of a record is attributable: who, which record, when.
    @Test func readingARecordOrTheListIsAudited() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let db = app.services.storage.database
            try await app.client { client in
                for role in [Role.careersLeader, .student, .parent] {
                    let session = try await world.session(role)
                    try await client.execute(uri: StudentRoutes.student.link(world.studentRecord), method: .get, headers: session.headers) {
                        response in
                        #expect(response.status == .ok)
                        let text = ParsedHTML(String(buffer: response.body)).text
                        #expect(text.contains("Test Pupil") && text.contains(StudentFixtures.upn(1)))
                    }
                }
                let reads = try await AuditEntryModel.query(on: db).filter(\.$action == "student.read").sort(\.$actingAs).all()
                #expect(reads.map(\.actingAs) == ["careers_leader", "parent", "student"])
                #expect(reads.allSatisfy { $0.subjectId == world.studentRecord && $0.subjectType == "student" })
                // A provider is told nothing, and nothing is logged as read.
                let provider = try await world.session(.providerAdmin)
                try await client.execute(uri: StudentRoutes.student.link(world.studentRecord), method: .get, headers: provider.headers) {
                    #expect($0.status == .notFound)
                }
                #expect(try await AuditEntryModel.query(on: db).filter(\.$action == "student.read").count() == 3)
                let staff = try await world.session(.schoolStaff)
                try await client.execute(uri: StudentRoutes.students.link, method: .get, headers: staff.headers) { response in
                    let text = ParsedHTML(String(buffer: response.body)).text
                    #expect(text.contains("Pupil, Test") && text.contains("1 on roll"))
                }
                #expect(try await AuditEntryModel.query(on: db).filter(\.$action == "students.list").count() == 1)
            }
        }
    }

    /// The national audit log names the school of a student whose record was read, never the student.
    @Test func theNationalLogNeverNamesAStudent() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let leader = try await world.session(.careersLeader)
            let admin = try await world.session(.nationalAdmin)
            try await app.client { client in
                try await client.execute(uri: StudentRoutes.student.link(world.studentRecord), method: .get, headers: leader.headers) { _ in
                }
                try await client.execute(uri: OrganisationRoutes.audit.link, method: .get, headers: admin.headers) { response in
                    let text = ParsedHTML(String(buffer: response.body)).text
                    #expect(text.contains("Read student record") && text.contains("A student of Tyne Academy"))
                    #expect(!text.contains("Test Pupil") && !text.contains(StudentFixtures.upn(1)))
                }
            }
        }
    }
}
