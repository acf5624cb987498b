import Foundation
import WexchangeCore
import WexchangeHTML

extension JourneyEntryForm: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: "Record an experience for \(name)", viewer: viewer, problem: !problems.isEmpty,
            [
                .p(.a(.class("back-link"), .href(StudentRoutes.journey.link(studentId)), "Back to the journey")),
                ErrorSummary.render(problems.map { ErrorSummary.Item(field: $0.field, message: $0.message) }),
                .h1(.text("Record an experience for \(name)")),
                .p("For an experience Wexchange did not arrange: a placement found through family, or an activity the school ran."),
                PageLayout.postForm(
                    StudentRoutes.journeyNew.link(studentId), csrf: viewer.csrfToken, label: "Record an experience",
                    [
                        choice(
                            "type", "What kind of experience was it?",
                            [("", "Choose one")] + OpportunityType.allCases.map { ($0.rawValue, $0.label) }, input.type),
                        PageLayout.textField(
                            "provider_name", "Employer or organisation", value: input.providerName, required: true,
                            problem: formProblem("provider_name")),
                        choice(
                            "sector", "Sector (optional)", [("", "Not given")] + Sector.allCases.map { ($0.rawValue, $0.label) },
                            input.sector),
                        choice(
                            "mode", "In person or online?", [("", "Choose one")] + DeliveryMode.allCases.map { ($0.rawValue, $0.label) },
                            input.mode),
                        DateInput.render(
                            "start", legend: "When did it start?", hint: "For example, 6 7 2026", value: input.start,
                            error: problem("start")),
                        DateInput.render(
                            "end", legend: "When did it end?", hint: "The same as the start for one day", value: input.end,
                            error: problem("end")),
                        PageLayout.textField(
                            "days", "How many days did the student spend on it?", value: input.days,
                            hint: "For example, 5, or 0.5 for a morning",
                            required: true, problem: formProblem("days")),
                        PageLayout.textField(
                            "hours_per_day", "Hours in a typical day (optional)", value: input.hoursPerDay, hint: "At most 8",
                            problem: formProblem("hours_per_day")),
                        .fieldset(
                            .class("field"),
                            .legend("Which of these did it have?"),
                            .p(.class("hint"), "An experience with all seven is meaningful (Gatsby Benchmark 6)."),
                            PageLayout.errorMessage(problem("meaningful"), id: "meaningful-error"),
                            .forEach(MeaningfulCriterion.allCases) { criterion in
                                PageLayout.checkbox(
                                    name: "meaningful", id: "meaningful-\(criterion.rawValue)", value: criterion.rawValue,
                                    label: criterion.label,
                                    checked: input.meaningful.contains(criterion.rawValue))
                            }),
                        PageLayout.submit("Record the experience"),
                    ]),
            ])
    }

    /// The form's problem for one field, in the shape text fields take.
    private func formProblem(_ field: String) -> FormProblem? {
        problem(field).map { FormProblem(field: field, message: $0) }
    }

    private func choice(_ name: String, _ label: String, _ options: [(String, String)], _ chosen: String?) -> Node {
        let error = problem(name)
        return PageLayout.labelled(
            name, label,
            PageLayout.select(name, options, invalid: error != nil) { $0 == (chosen ?? "") },
            error: error)
    }
}
