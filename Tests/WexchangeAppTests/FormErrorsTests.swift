import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WexchangeApp
import WexchangeTestSupport

/// GOV.UK error summary and error message (design-system issue): the title starts with "Error:",
/// the summary takes focus and links to the field, the field shows the message in plain words
/// and is marked invalid for screen readers.
@Suite struct FormErrorsTests {
    @Test func aFieldToBlameIsMarkedAndExplainedBesideIt() async throws {
        try await withApp { app in
            _ = try await TestWorld.build(app)
            try await app.client { client in
                let page = ParsedHTML(try await AccountTests.signIn(client, email: "", password: "something").body)
                #expect(page.elements.contains { $0.name == "title" })
                #expect(page.text.hasPrefix("Error: Sign in"), "\(page.text.prefix(40))")
                let summary = try #require(page.elements.first { $0.value(of: "id") == "error-summary" })
                #expect(summary.value(of: "autofocus") != nil && summary.value(of: "tabindex") == "-1")
                #expect(page.elements.contains { $0.name == "a" && $0.value(of: "href") == "#email" })
                let email = try #require(page.elements.first { $0.name == "input" && $0.value(of: "id") == "email" })
                #expect(email.value(of: "aria-invalid") == "true")
                #expect(email.value(of: "aria-describedby")?.split(separator: " ").contains("email-error") == true)
                #expect(page.elements.contains { $0.value(of: "id") == "email-error" })
                #expect(page.text.contains("Error: Enter your email address"))
                let password = try #require(page.elements.first { $0.name == "input" && $0.value(of: "id") == "password" })
                #expect(password.value(of: "aria-invalid") == nil)
            }
        }
    }

    /// Wrong credentials blame no one field (saying which would tell whether the account exists):
    /// the summary says so without a link, and no field is marked.
    @Test func aProblemWithTheWholeFormMarksNoField() async throws {
        try await withApp { app in
            _ = try await TestWorld.build(app)
            try await app.client { client in
                let page = ParsedHTML(
                    try await AccountTests.signIn(client, email: TestWorld.email(.student), password: "not the password").body)
                #expect(page.text.contains("The email address or password is not right"))
                #expect(!page.elements.contains { $0.name == "a" && $0.value(of: "href") == "#form" })
                #expect(!page.elements.contains { $0.value(of: "aria-invalid") != nil })
            }
        }
    }

    @Test func messagesBecomeSentencesInPlainWords() {
        #expect(
            PlainWords.sentence("password must be at least 10 characters", field: "password") == "Password must be at least 10 characters")
        #expect(PlainWords.sentence("email is required", field: "email") == "Enter email address")
        #expect(PlainWords.sentence("current password is not right", field: "current_password") == "Current password is not right")
        #expect(
            PlainWords.sentence("label: must be at most 60 characters", field: "label") == "The token's name must be at most 60 characters")
        #expect(PlainWords.sentence("choose a role to act as", field: "membership_id") == "Choose a role to act as")
        #expect(PlainWords.sentence("expires is required (YYYY-MM-DD)", field: "expires") == "Enter the expiry date")
        #expect(
            PlainWords.sentence("expires '2027-2-31' is not a date (YYYY-MM-DD)", field: "expires")
                == "The expiry date must be a real date, like 31 3 2028")
        #expect(
            PlainWords.sentence("reason is required: tell the provider what to change", field: "reason")
                == "Enter the reason: tell the provider what to change")
        #expect(PlainWords.sentence("", field: nil) == "")
    }
}

/// The listing form's plain words for the rules' precise messages (design-system issue).
@Suite struct ListingProblemsTests {
    @Test(arguments: [
        ("sector", "is required; one of: agriculture-environmental-animal-care, business-administration", "sector", "Select a sector"),
        ("mode", "is required; one of: in_person, virtual, hybrid", "mode", "Select how it is delivered"),
        (
            "sessions[0].end", "ends (2025-02-28) before it starts (2025-03-01)", "session_end_1",
            "Session 1 must end on or after the day it starts"
        ),
        (
            "sessions[1].start", "'2027-13-40' is not a date (use YYYY-MM-DD)", "session_start_2",
            "Session 2 start must be a real date, like 14 6 2027"
        ),
        (
            "weeks", "'24' is not an ISO week (use YYYY-Www, e.g. 2027-W27)", "weeks",
            "Enter each week as the date of its Monday, like 14 6 2027"
        ),
        ("capacity", "'lots' is not a whole number", "capacity", "Enter the number of places as a number, like 4"),
        ("capacity", "must be between 1 and 1000 places, not -1", "capacity", "Places must be between 1 and 1000 places, not -1"),
        (
            "application_deadline", "2025-01-01 has passed; choose today or a later date", "application_deadline",
            "The apply-by date has passed: choose today or a later date"
        ),
        ("title", "is required", "title", "Enter the title"),
        ("years", "choose at least one year group from 7 to 13", "years", "Select at least one year group"),
        (
            "external_id", "you already have a listing with external_id 'A1'; update it with PUT instead", "external_id",
            "You already use this reference for another listing: enter a different one"
        ),
    ])
    func readsAsASentenceBesideItsControl(field: String, message: String, control: String, plain: String) {
        let problem = ListingProblems.plain(field: field, message: message)
        #expect(problem.control == control)
        #expect(problem.message == plain)
        #expect(!problem.message.contains("_"), "no field ids")
    }

    @Test func aDateInputReadsDayMonthAndYear() throws {
        func form(_ pairs: [(String, String)]) -> FormBody { FormBody(pairs: pairs) }
        #expect(DateInput.read("d", from: form([("d-day", "5"), ("d-month", "7"), ("d-year", "2027")])) == "2027-07-05")
        #expect(DateInput.read("d", from: form([("d-day", " 05 "), ("d-month", "07"), ("d-year", "2027")])) == "2027-07-05")
        #expect(DateInput.read("d", from: form([])) == nil)
        #expect(DateInput.read("d", from: form([("d-day", ""), ("d-month", ""), ("d-year", "")])) == nil)
        // Not a date: kept as typed, so the rules name it and the form shows it again.
        #expect(DateInput.read("d", from: form([("d-day", "31"), ("d-month", "2"), ("d-year", "2027")])) == "2027-2-31")
        #expect(DateInput.read("d", from: form([("d-day", "5"), ("d-month", "7"), ("d-year", "27")])) == "27-7-5")
        #expect(DateInput.read("d", from: form([("d-day", "5"), ("d-year", "2027")])) == "2027--5")
    }
}
