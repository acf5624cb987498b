import Foundation
import WexchangeCore
import WexchangeHTML

extension ConsentForm: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: title, viewer: viewer, problem: !problems.isEmpty,
            [
                .p(.a(.class("back-link"), .href(OfferRoutes.offer.link(offerId)), "Back to the offer")),
                ErrorSummary.render(problems.map { ErrorSummary.Item(field: $0.field, message: $0.message) }),
                .h1(.text(title)),
                .p(.text("\(studentName) has accepted this place. Check its details, then give or refuse consent.")),
                .h2("The placement"),
                SummaryList.render(facts.rows.map { SummaryList.Row(key: $0.label, value: $0.value) }),
                PageLayout.postForm(
                    OfferRoutes.consent.link(offerId), csrf: viewer.csrfToken, label: "Consent",
                    [
                        decision,
                        .h2("If you give consent"),
                        text("emergency_name", "Emergency contact's full name", input.emergencyName, autocomplete: "name"),
                        text(
                            "emergency_phone", "Emergency contact's telephone number", input.emergencyPhone, type: "tel",
                            autocomplete: "tel", hint: "For example, 07700 900 982. The provider calls it if something happens."),
                        text(
                            "relationship", "How they are related to \(studentName)", input.relationship,
                            hint: "For example, mother or uncle."),
                        notes,
                        declaration,
                        .h2("Sign"),
                        text(
                            "signed_name", "Your full name", input.signedName, autocomplete: "name",
                            hint: "Typing your name signs this form, whichever answer you give."),
                        PageLayout.submit("Send"),
                    ]),
            ])
    }

    private var decision: Node {
        let error = problem("decision")
        return .fieldset(
            .class(error == nil ? "field" : "field field-error"),
            .ariaDescribedBy(error == nil ? nil : "decision-error"),
            .legend(.h2("Do you give consent?")),
            PageLayout.errorMessage(error, id: "decision-error"),
            .div(
                .class("field checkbox"),
                .input(.type("radio"), .id("decision"), .name("decision"), .value("give"), .checked(input.decision == "give")),
                .label(.for("decision"), "Yes, I give consent")),
            .div(
                .class("field checkbox"),
                .input(.type("radio"), .id("decision-refuse"), .name("decision"), .value("refuse"), .checked(input.decision == "refuse")),
                .label(.for("decision-refuse"), "No, I do not give consent: the place goes back")))
    }

    /// One checkbox with its own error message (the summary links to it).
    private var declaration: Node {
        let error = problem("declaration")
        return .div(
            .class(error == nil ? "field" : "field field-error"),
            PageLayout.errorMessage(error, id: "declaration-error"),
            .div(
                .class("field checkbox"),
                .input(
                    .type("checkbox"), .id("declaration"), .name("declaration"), .value("yes"), .checked(input.declaration == "yes"),
                    .ariaDescribedBy(error == nil ? nil : "declaration-error"), .ariaInvalid(error != nil)),
                .label(
                    .for("declaration"),
                    .text(
                        "I have read the placement's details. I agree to \(studentName) taking part, and to the provider being given the emergency contact and medical needs above."
                    ))))
    }

    private var notes: Node {
        let error = problem("medical_notes")
        return PageLayout.labelled(
            "medical_notes", "Medical needs or anything the provider must know to keep \(studentName) safe (optional)",
            .textarea(
                .id("medical_notes"), .name("medical_notes"), .rows(4),
                .ariaDescribedBy(PageLayout.describedBy("medical_notes", hinted: false, invalid: error != nil)), .ariaInvalid(error != nil),
                .text(input.medicalNotes ?? "")),
            error: error)
    }

    private func text(
        _ name: String, _ label: String, _ value: String?, type: String = "text", autocomplete: String? = nil, hint: String? = nil
    ) -> Node {
        let error = problem(name)
        return PageLayout.labelled(
            name, label,
            PageLayout.textInput(name, value: value, type: type, autocomplete: autocomplete, hinted: hint != nil, invalid: error != nil),
            hint: hint, error: error)
    }
}
