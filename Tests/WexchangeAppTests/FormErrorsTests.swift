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
        #expect(PlainWords.sentence("expires is required (YYYY-MM-DD)", field: "expires") == "Enter the expiry date (YYYY-MM-DD)")
        #expect(
            PlainWords.sentence("reason is required: tell the provider what to change", field: "reason")
                == "Enter the reason: tell the provider what to change")
        #expect(PlainWords.sentence("", field: nil) == "")
    }
}
