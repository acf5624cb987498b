import Foundation
import WexchangeHTML
import WexchangeCore

extension ListingForm: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: heading, viewer: viewer, problem: problemMessage != nil,
            [
                .p(.a(.href(CatalogueRoutes.providerListings.link), "Back to your listings")),
                .h1(.text(heading)),
                notice.map { .p(.class("inset"), .text($0)) } ?? .empty,
                ErrorSummary.render(
                    problems.isEmpty
                        ? problemMessage.map { [.init(field: nil, message: PlainWords.capitalised($0))] } ?? []
                        : plainProblems.map { .init(field: $0.control, message: $0.message) }),
                PageLayout.postForm(
                    action, csrf: viewer.csrfToken, label: heading,
                    [
                        heading(.about),
                        textField("title", "Title", input.title),
                        textField(
                            "summary", "Summary", input.summary,
                            hint: "Shown in search results; up to 280 characters."),
                        textArea("description", "Description", input.description, rows: 6),
                        select(
                            "type", "Type", OpportunityType.self, input.type,
                            hint:
                                "Work placement: days in your workplace. Insight day: one day of talks and tours. Virtual: online only."
                        ),
                        select("mode", "How it is delivered", DeliveryMode.self, input.mode),
                        select(
                            "sector", "Sector", Sector.self, input.sector, hint: "The area of work students search by."),
                        select(
                            "stage", "Stage", Stage.self, input.stage,
                            hint:
                                "How far along students are: a first look (introduce and inspire), trying things out (investigate and explore), or real tasks (apply and demonstrate)."
                        ),
                        checkboxes(
                            "years", "Year groups", YearGroup.range.map { ("\($0)", "Year \($0)") },
                            chosen: Set((input.years ?? []).map(String.init))),
                        heading(.whereAndWhen),
                        textField("address", "Address", input.address, hint: "Where students go. Leave empty for an online opportunity."),
                        textField("postcode", "Postcode", input.postcode, autocomplete: "postal-code", size: 10),
                        textField(
                            "capacity", "Places", input.capacity.map(String.init), hint: "How many students at once.",
                            inputmode: "numeric", size: 4),
                        textField(
                            "hours_per_day", "Hours a day", input.hoursPerDay.map { $0.formatted() }, hint: "For example 6.5.",
                            inputmode: "decimal", size: 4),
                        textField("days", "Number of days", input.days.map(String.init), inputmode: "numeric", size: 4),
                        sessions,
                        weeks,
                        DateInput.render(
                            "application_deadline", legend: "Apply by (optional)",
                            hint: "The last day schools can ask, for example 1 5 2027.",
                            value: input.applicationDeadline, error: error("application_deadline")),
                        heading(.families),
                        textArea(
                            "how_to_apply", "How schools arrange a place", input.howToApply, rows: 3,
                            hint: "Who schools contact and how, for example: email careers@example.org."),
                        textField(
                            "daily_times", "Start and finish times", input.dailyTimes, hint: "For example: 9am to 3:30pm."),
                        textArea(
                            "what_to_bring", "What to wear or bring", input.whatToBring, rows: 2,
                            hint: "For example: smart casual, packed lunch."),
                        textArea(
                            "travel_notes", "Getting there", input.travelNotes, rows: 2,
                            hint: "Buses or trains nearby, parking, step-free access."),
                        heading(.gains),
                        checkboxes(
                            "skills", "Skills developed", Skill.allCases.map { ($0.rawValue, $0.label) }, chosen: Set(input.skills ?? [])),
                        // Twenty-six choices most providers skip: behind a reveal, open once any is chosen.
                        .details(
                            .class("reveal"), .open(!(input.subjects ?? []).isEmpty || error("subjects") != nil),
                            .summary("Link it to curriculum subjects"),
                            checkboxes(
                                "subjects", "Curriculum subjects", Subject.allCases.map { ($0.rawValue, $0.label) },
                                chosen: Set(input.subjects ?? []))),
                        textArea("outcomes", "Intended outcomes", input.outcomes?.joined(separator: "\n"), rows: 4, hint: "One per line."),
                        heading(.support),
                        checkboxes(
                            "send_adjustments", "Adjustments for students with special educational needs or disabilities (SEND)",
                            SendAdjustment.allCases.map { ($0.rawValue, $0.label) }, chosen: Set(input.sendAdjustments ?? [])),
                        // Shown when "Other adjustment" is ticked (CSS :has), or when it holds text or an error.
                        .div(
                            .class(input.sendOther == nil && error("send_other") == nil ? "conditional" : "conditional conditional-shown"),
                            textField("send_other", "Describe the other adjustment", input.sendOther)),
                        checkbox(
                            "supervisor_dbs_checked",
                            "The supervisor has an enhanced DBS check (a criminal record check for work with children)",
                            input.supervisorDbsChecked == true),
                        checkbox(
                            "private_home", "It takes place in a private home (never published for in-person attendance)",
                            input.privateHome == true),
                        textField("external_id", "Your own reference (optional)", input.externalId),
                        .div(
                            .class("field"),
                            PageLayout.submit("Continue", name: Intent.field, value: Intent.check.value),
                            " ",
                            PageLayout.submit("Save as draft", class: "secondary", name: Intent.field, value: Intent.draft.value)),
                    ]),
            ])
    }

    /// A part's heading; after "Change" on "Check your answers" it takes the focus, so the page
    /// opens at that part and a screen reader starts there.
    private func heading(_ section: Section) -> Node {
        .h2(.id(section.headingID), section == focus ? .group(.tabindex(-1), .autofocus()) : .empty, .text(section.title))
    }

    /// The first session's dates; a second and third behind "Add another session" (GOV.UK
    /// progressive disclosure), open when they hold dates or a problem.
    private var sessions: Node {
        let given = input.sessions ?? []
        func row(_ row: Int) -> Node {
            let session = row <= given.count ? given[row - 1] : nil
            return .div(
                .class("session"),
                DateInput.render(
                    "session_start_\(row)", legend: "Session \(row): first day", hint: nil, value: session?.start,
                    error: error("session_start_\(row)")),
                DateInput.render(
                    "session_end_\(row)", legend: "Session \(row): last day", hint: nil, value: session?.end,
                    error: error("session_end_\(row)")))
        }
        let more = 2...Self.sessionRows
        let moreInUse = given.count > 1 || more.contains { error("session_start_\($0)") != nil || error("session_end_\($0)") != nil }
        return .fieldset(
            .id("sessions"),
            .legend(.text("Fixed dates")),
            .p(.class("hint"), "For example 14 6 2027, or give the weeks you can host instead."),
            row(1),
            .details(
                .class("reveal"), .open(moreInUse),
                .summary(.text("Add a second or third session")),
                .forEach(more) { row($0) }))
    }

    /// Flexible listings: the Mondays of the weeks they can host ("week commencing"), behind
    /// their own reveal since most listings have fixed dates.
    private var weeks: Node {
        let given = (input.weeks ?? []).map { IsoWeek(iso: $0).map { $0.monday.description } ?? $0 }
        let error = error("weeks")
        return .details(
            .class("reveal"), .open(!given.isEmpty || error != nil),
            .summary("Flexible dates: give the weeks you can host instead"),
            .fieldset(
                .id("weeks"), .class(error == nil ? nil : "field-error"),
                .legend("Weeks you can host"),
                .p(.class("hint"), "The Monday of each week (week commencing), for example 14 6 2027."),
                PageLayout.errorMessage(error),
                .forEach(1...Self.weekRows) { (row: Int) -> Node in
                    DateInput.render(
                        "week_\(row)", legend: "Week \(row) commencing", hint: nil, value: row <= given.count ? given[row - 1] : nil,
                        error: nil)
                }))
    }

    private func textField(
        _ name: String, _ label: String, _ value: String?, hint: String? = nil, type: String = "text",
        autocomplete: String? = nil, inputmode: String? = nil, size: Int? = nil
    ) -> Node {
        let error = error(name)
        return PageLayout.labelled(
            name, label,
            PageLayout.textInput(
                name, value: value ?? "", type: type, autocomplete: autocomplete, inputmode: inputmode,
                hinted: hint != nil, size: size, invalid: error != nil), hint: hint, error: error)
    }

    private func textArea(_ name: String, _ label: String, _ value: String?, rows: Int, hint: String? = nil) -> Node {
        let error = error(name)
        return PageLayout.labelled(
            name, label,
            .textarea(
                .id(name), .name(name), .rows(rows),
                .ariaDescribedBy(PageLayout.describedBy(name, hinted: hint != nil, invalid: error != nil)),
                .ariaInvalid(error != nil), .text(value ?? "")), hint: hint, error: error)
    }

    private func select<T: Taxonomy>(_ name: String, _ label: String, _: T.Type, _ value: String?, hint: String? = nil) -> Node {
        let error = error(name)
        return PageLayout.labelled(
            name, label,
            PageLayout.select(
                name, [("", "Choose…")] + T.allCases.map { ($0.rawValue, $0.label) }, hinted: hint != nil, invalid: error != nil
            ) {
                !$0.isEmpty && $0 == value
            }, hint: hint, error: error)
    }

    private func checkboxes(_ name: String, _ legend: String, _ options: [(String, String)], chosen: Set<String>) -> Node {
        let error = error(name)
        return .fieldset(
            .id(name), .class(error == nil ? nil : "field-error"), .legend(.text(legend)),
            PageLayout.errorMessage(error),
            .forEach(options) { value, label in
                PageLayout.checkbox(name: name, id: "\(name)-\(value)", value: value, label: label, checked: chosen.contains(value))
            })
    }

    private func checkbox(_ name: String, _ label: String, _ checked: Bool) -> Node {
        PageLayout.checkbox(name: name, label: label, checked: checked)
    }
}
