import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeTestSupport

/// Long admin lists (design-system issue): badges and organisations come a page at a time with a
/// search box, and revoking a badge asks first, with the reason on the confirmation page.
@Suite struct LongListsTests {
    @Test func badgesComeAPageAtATimeAndTheSearchKeepsAcrossPages() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let db = app.services.storage.database
            for number in 1...(BadgeService.pageSize + 10) {
                let badge = ProviderBadgeModel(
                    providerID: number.isMultiple(of: 2) ? world.providerA : world.providerB, name: "Award \(number)",
                    grantedBy: "Quality Body", expires: "2027-12-31")
                try await badge.create(on: db)
            }
            let admin = try await world.session(.nationalAdmin)
            try await app.client { client in
                let first = try await client.execute(uri: "/badges", method: .get, headers: admin.headers) { ParsedHTML($0.text) }
                #expect(first.text.contains("Showing 1 to 50 of 61 badges"))
                #expect(first.elements.filter { $0.name == "tr" }.count == 51)
                let next = first.elements.first { $0.value(of: "rel") == "next" }?.value(of: "href")
                #expect(next == "/badges?page=2")
                let second = try await client.execute(uri: "/badges?page=2", method: .get, headers: admin.headers) { ParsedHTML($0.text) }
                #expect(second.text.contains("Showing 51 to 61 of 61 badges"))

                // Provider A holds the 30 even awards; the search matches its name whatever the case.
                let searched = try await client.execute(uri: "/badges?search=PROVIDER%20a", method: .get, headers: admin.headers) {
                    ParsedHTML($0.text)
                }
                #expect(searched.text.contains("Showing 1 to 30 of 30 badges"))
                #expect(!searched.text.contains("Provider B"))
                let byName = try await client.execute(uri: "/badges?search=award%2060", method: .get, headers: admin.headers) {
                    ParsedHTML($0.text)
                }
                #expect(byName.text.contains("Showing 1 to 1 of 1 badge"))
                // `%` and `_` are letters to look for, not wildcards.
                for wildcard in ["%25", "_", "Award%25"] {
                    let none = try await client.execute(uri: "/badges?search=\(wildcard)", method: .get, headers: admin.headers) {
                        ParsedHTML($0.text)
                    }
                    #expect(none.text.contains("No badges"), "\(wildcard)")
                }
                let paged = try await client.execute(uri: "/badges?search=award", method: .get, headers: admin.headers) {
                    ParsedHTML($0.text)
                }
                #expect(paged.elements.first { $0.value(of: "rel") == "next" }?.value(of: "href") == "/badges?search=award&page=2")
            }
        }
    }

    @Test func revokingABadgeAsksWhyFirstAndChangesNothingWithoutAReason() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let db = app.services.storage.database
            let assessor = try await world.session(.assessor)
            let confirm = BadgeRoutes.revoke.link(world.badge)
            try await app.client { client in
                let list = try await client.execute(uri: "/badges", method: .get, headers: assessor.headers) { ParsedHTML($0.text) }
                let link = list.elements.first { $0.name == "a" && $0.value(of: "href") == confirm }
                #expect(link != nil)
                #expect(list.text.contains("Revoke Careers quality award from Provider B"))

                let page = try await client.execute(uri: confirm, method: .get, headers: assessor.headers) { response in
                    #expect(response.status == .ok)
                    return ParsedHTML(response.text)
                }
                #expect(page.text.contains("Revoke “Careers quality award” from Provider B?"))
                #expect(page.text.contains("It cannot be undone"))
                #expect(try await ProviderBadgeModel.find(world.badge, on: db)?.revokedAt == nil)

                for reason in ["", "   "] {
                    try await client.execute(
                        uri: confirm, method: .post, headers: assessor.formHeaders, body: assessor.form([("reason", reason)])
                    ) { response in
                        #expect(response.status == .badRequest)
                        let page = ParsedHTML(response.text)
                        #expect(page.text.contains("There is a problem"))
                        #expect(page.text.contains("Enter the reason"))
                        #expect(page.elements.contains { $0.name == "textarea" && $0.value(of: "aria-invalid") == "true" })
                    }
                }
                #expect(try await ProviderBadgeModel.find(world.badge, on: db)?.revokedAt == nil)

                try await client.execute(
                    uri: confirm, method: .post, headers: assessor.formHeaders, body: assessor.form([("reason", "Evidence lapsed")])
                ) { response in
                    #expect(response.status == .seeOther)
                }
                let revoked = try #require(try await ProviderBadgeModel.find(world.badge, on: db))
                #expect(revoked.revokeReason == "Evidence lapsed")
                // Asking again says it is already revoked.
                try await client.execute(uri: confirm, method: .get, headers: assessor.headers) { response in
                    #expect(response.status == .conflict)
                }
            }
        }
    }

    @Test func organisationsComeAPageAtATimeWithASearchBox() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            for number in 1...120 {
                let id = try await AccountCommands.createOrganisation(
                    kind: .school, name: String(format: "School %03d", number), services: app.services)
                if number == 42 {
                    let school = try #require(try await OrganisationModel.find(id, on: app.services.storage.database))
                    school.urn = 100_042
                    school.postcode = "NE1 4ST"
                    try await school.save(on: app.services.storage.database)
                }
            }
            let admin = try await world.session(.nationalAdmin)
            try await app.client { client in
                let first = try await client.execute(uri: "/organisations?kind=school", method: .get, headers: admin.headers) {
                    ParsedHTML($0.text)
                }
                #expect(first.text.contains("Showing 1 to 50 of 121 organisations"))
                let last = try await client.execute(uri: "/organisations?kind=school&page=3", method: .get, headers: admin.headers) {
                    ParsedHTML($0.text)
                }
                #expect(last.text.contains("Showing 101 to 121 of 121 organisations"))
                #expect(last.text.contains("Tyne Academy"))
                let byURN = try await client.execute(uri: "/organisations?kind=school&search=100042", method: .get, headers: admin.headers)
                {
                    ParsedHTML($0.text)
                }
                #expect(byURN.text.contains("Showing 1 to 1 of 1 organisation"))
                #expect(byURN.text.contains("School 042"))
                let byPostcode = try await client.execute(
                    uri: "/organisations?kind=school&search=ne1%204st", method: .get, headers: admin.headers
                ) { ParsedHTML($0.text) }
                #expect(byPostcode.text.contains("Showing 1 to 1 of 1 organisation"))
                let byName = try await client.execute(
                    uri: "/organisations?kind=school&search=school%2011", method: .get, headers: admin.headers
                ) { ParsedHTML($0.text) }
                #expect(byName.text.contains("Showing 1 to 10 of 10 organisations"))
                let next = byName.elements.first { $0.value(of: "rel") == "next" }
                #expect(next == nil)
            }
        }
    }
}
