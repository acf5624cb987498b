import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WexchangeApp
import WexchangeCore
import WexchangeTestSupport

/// The listing form's "Check your answers" step (design-system issue): Continue checks every
/// answer and shows them in words, a part at a time; Change returns to that part with the answers
/// kept; nothing is stored until Submit or Save as draft.
@Suite struct ListingCheckAnswersTests {
    static let filledIn = ProviderPagesTests.filledIn

    /// The hidden fields of the check page's form, as the browser would post them back.
    static func carried(_ html: String) -> [(String, String)] {
        ParsedHTML(html).elements.filter { $0.name == "input" && $0.value(of: "type") == "hidden" }.compactMap { input in
            guard let name = input.value(of: "name"), name != CSRF.field else { return nil }
            return (name, input.value(of: "value") ?? "")
        }
    }

    @Test func everyFieldButTheStatusIsInExactlyOnePart() {
        let named = ListingForm.Section.allCases.flatMap(\.fieldNames)
        #expect(named.count == Set(named).count)
        #expect(Set(named) == Set(OpportunityField.all.map(\.name).filter { $0 != "status" }))
        #expect(ListingForm.Section.allCases.allSatisfy { $0.fields.count == $0.fieldNames.count })
    }

    @Test func intentsReadBackWhatTheyWrite() {
        for intent in [ListingForm.Intent.check, .publish, .draft] + ListingForm.Section.allCases.map(ListingForm.Intent.change) {
            #expect(ListingForm.Intent(intent.value) == intent)
        }
        // A missing or unknown button never saves.
        #expect(ListingForm.Intent(nil) == .check)
        #expect(ListingForm.Intent("change-nowhere") == .check)
        #expect(ListingForm.Intent("PUBLISH") == .check)
    }

    @Test func continueShowsTheAnswersInWordsAndStoresNothingUntilSubmit() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let session = try await world.session(.providerAdmin)
            let db = app.services.storage.database
            let before = try await OpportunityModel.query(on: db).count()
            try await app.client { client in
                let check = try await ProviderPagesTests.post(
                    client, "/provider/listings", session: session, Self.filledIn + [("intent", "check")])
                #expect(check.status == 200)
                #expect(try await OpportunityModel.query(on: db).count() == before)
                let page = ParsedHTML(check.body)
                for words in [
                    "Check your listing before you submit it", "About it", "Where and when", "What students gain",
                    "Support and safeguarding", "Robotics week", "Work placement", "Engineering and manufacturing", "Years 10 and 11",
                    "NE1 4ST", "5 to 9 July 2027", "Teamwork", "Builds a robot", "Presents it", "Not given", "Submit for publication",
                ] {
                    #expect(page.text.contains(words), "\(words)")
                }
                for code in ["work_placement", "engineering-manufacturing", "2027-07-05", "apply_demonstrate"] {
                    #expect(!page.text.contains(code), "\(code)")
                }
                // One Change button per part, each naming its part to screen readers.
                let changes = page.elements.filter { $0.name == "button" && ($0.value(of: "value") ?? "").hasPrefix("change-") }
                #expect(changes.count == ListingForm.Section.allCases.count)
                #expect(check.body.contains(#"Change<span class="visually-hidden"> what students gain</span>"#))
                // The answers travel exactly as typed, without the token or the button.
                let carried = Self.carried(check.body)
                #expect(carried.map { "\($0.0)=\($0.1)" } == Self.filledIn.map { "\($0.0)=\($0.1)" })

                // Change: the form again, opened at that part, with every answer kept.
                let change = try await ProviderPagesTests.post(
                    client, "/provider/listings", session: session, carried + [("intent", "change-gains")])
                #expect(change.status == 200)
                let form = ParsedHTML(change.body)
                let heading = form.elements.first { $0.value(of: "id") == ListingForm.Section.gains.headingID }
                #expect(heading?.name == "h2")
                #expect(heading?.value(of: "autofocus") != nil)
                #expect(heading?.value(of: "tabindex") == "-1")
                #expect(form.elements.filter { $0.value(of: "autofocus") != nil }.count == 1)
                #expect(form.elements.contains { $0.value(of: "id") == "title" && $0.value(of: "value") == "Robotics week" })
                #expect(form.elements.contains { $0.value(of: "id") == "skills-teamwork" && $0.value(of: "checked") != nil })
                #expect(try await OpportunityModel.query(on: db).count() == before)

                // Submit from the check page saves what was shown.
                let submitted = try await ProviderPagesTests.post(
                    client, "/provider/listings", session: session, carried + [("intent", "publish")])
                #expect(submitted.location == "/provider/listings?done=submitted")
                #expect(try await OpportunityModel.query(on: db).count() == before + 1)
                let row = try #require(try await OpportunityModel.query(on: db).filter(\.$title == "Robotics week").first())
                #expect(try row.details().outcomes == ["Builds a robot", "Presents it"])
            }
        }
    }

    /// Continue with problems shows the form with each one, not the check page; so does anything
    /// only the stored listings can refuse (a reference used twice), before the check page.
    @Test func continueWithProblemsShowsTheFormAgain() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let session = try await world.session(.providerAdmin)
            let db = app.services.storage.database
            try await app.client { client in
                let broken = Self.filledIn.filter { $0.0 != "title" } + [("capacity", "lots"), ("intent", "check")]
                let refused = try await ProviderPagesTests.post(client, "/provider/listings", session: session, broken)
                #expect(refused.status == 400)
                #expect(refused.body.contains("Enter the title"))
                #expect(!refused.body.contains("Check your listing"))

                let past = Self.filledIn.map { $0.0 == "session_start_1-year" || $0.0 == "session_end_1-year" ? ($0.0, "2020") : $0 }
                let old = try await ProviderPagesTests.post(client, "/provider/listings", session: session, past + [("intent", "check")])
                #expect(old.status == 400)
                #expect(!old.body.contains("Check your listing"))

                let first = Self.filledIn + [("external_id", "REF-1")]
                _ = try await ProviderPagesTests.post(client, "/provider/listings", session: session, first + [("intent", "draft")])
                let count = try await OpportunityModel.query(on: db).count()
                let twice = try await ProviderPagesTests.post(client, "/provider/listings", session: session, first + [("intent", "check")])
                #expect(twice.status == 409)
                #expect(twice.body.contains(##"href="#external_id""##))
                #expect(twice.body.contains("You already use this reference for another listing"))
                #expect(!twice.body.contains("Check your listing"))
                #expect(try await OpportunityModel.query(on: db).count() == count)
            }
        }
    }

    /// Editing goes through the same step; the listing stays as it was until Submit.
    @Test func editingChecksTheAnswersBeforeSaving() async throws {
        try await withApp { app in
            let world = try await TestWorld.build(app)
            let session = try await world.session(.providerAdmin)
            let path = CatalogueRoutes.providerListing.link(world.published)
            try await app.client { client in
                let edited = Self.filledIn.map { $0.0 == "title" ? ("title", "Robotics fortnight") : $0 }
                let check = try await ProviderPagesTests.post(client, path, session: session, edited + [("intent", "check")])
                #expect(check.status == 200)
                #expect(check.body.contains("Robotics fortnight"))
                #expect(ParsedHTML(check.body).elements.contains { $0.name == "form" && $0.value(of: "action") == path })
                #expect(try await world.status(world.published) == "published")
                let saved = try await ProviderPagesTests.post(
                    client, path, session: session, Self.carried(check.body) + [("intent", "publish")])
                #expect(saved.status == 303)
                let row = try #require(try await OpportunityModel.find(world.published, on: app.services.storage.database))
                // The change waits for a moderator beside the published version, which stays live.
                #expect(try row.workingDetails().title == "Robotics fortnight")
                #expect(row.title == "Engineering work placement")
            }
        }
    }
}
