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
                ErrorSummary.render(
                    problems.isEmpty
                        ? problemMessage.map { [.init(field: nil, message: $0)] } ?? []
                        : problems.map { .init(field: $0.field, message: "\($0.field): \($0.message)") }),
                PageLayout.postForm(
                    action, csrf: viewer.csrfToken, label: heading,
                    [
                        .h2("About it"),
                        textField("title", "Title", input.title),
                        textField(
                            "summary", "Summary", input.summary,
                            hint: "One or two sentences, up to 280 characters; shown in search results."),
                        textArea("description", "Description", input.description, rows: 6),
                        select("type", "Type", OpportunityType.self, input.type),
                        select("mode", "How it is delivered", DeliveryMode.self, input.mode),
                        select("sector", "Sector", Sector.self, input.sector),
                        select("stage", "Stage", Stage.self, input.stage),
                        checkboxes(
                            "years", "Year groups", YearGroup.range.map { ("\($0)", "Year \($0)") },
                            chosen: Set((input.years ?? []).map(String.init))),
                        .h2("Where and when"),
                        textField("address", "Address", input.address, hint: "Leave empty for an online opportunity."),
                        textField("postcode", "Postcode", input.postcode, autocomplete: "postal-code"),
                        textField("capacity", "Places", input.capacity.map(String.init), inputmode: "numeric"),
                        textField("hours_per_day", "Hours a day", input.hoursPerDay.map { $0.formatted() }, inputmode: "decimal"),
                        textField("days", "Number of days", input.days.map(String.init), inputmode: "numeric"),
                        sessions,
                        textField(
                            "weeks", "Or: weeks you can host", input.weeks?.joined(separator: ", "),
                            hint: "ISO weeks separated by commas, for example 2027-W24, 2027-W25."),
                        textField("application_deadline", "Apply by", input.applicationDeadline, type: "date"),
                        .h2("What students gain"),
                        checkboxes(
                            "skills", "Skills developed", Skill.allCases.map { ($0.rawValue, $0.label) }, chosen: Set(input.skills ?? [])),
                        checkboxes(
                            "subjects", "Curriculum subjects", Subject.allCases.map { ($0.rawValue, $0.label) },
                            chosen: Set(input.subjects ?? [])),
                        textArea("outcomes", "Intended outcomes", input.outcomes?.joined(separator: "\n"), rows: 4, hint: "One per line."),
                        .h2("Support and safeguarding"),
                        checkboxes(
                            "send_adjustments", "SEND adjustments offered", SendAdjustment.allCases.map { ($0.rawValue, $0.label) },
                            chosen: Set(input.sendAdjustments ?? [])),
                        textField("send_other", "Other adjustment", input.sendOther),
                        checkbox("supervisor_dbs_checked", "The supervisor has an enhanced DBS check", input.supervisorDbsChecked == true),
                        checkbox(
                            "private_home", "It takes place in a private home (never published for in-person attendance)",
                            input.privateHome == true),
                        textField("external_id", "Your own reference (optional)", input.externalId),
                        .div(
                            .class("field"),
                            PageLayout.submit("Submit for publication", name: "intent", value: "publish"),
                            " ",
                            PageLayout.submit("Save as draft", class: "secondary", name: "intent", value: "draft")),
                    ]),
            ])
    }

    private var sessions: Node {
        let given = input.sessions ?? []
        return .fieldset(
            .id("sessions"),
            .legend(.text("Fixed dates (up to \(Self.sessionRows) sessions)")),
            .forEach(1...Self.sessionRows) { (row: Int) -> Node in
                let session = row <= given.count ? given[row - 1] : nil
                return .group(
                    textField("session_start_\(row)", "Session \(row) starts", session?.start, type: "date"),
                    textField("session_end_\(row)", "Session \(row) ends", session?.end, type: "date")
                )
            })
    }

    private func textField(
        _ name: String, _ label: String, _ value: String?, hint: String? = nil, type: String = "text",
        autocomplete: String? = nil, inputmode: String? = nil
    ) -> Node {
        PageLayout.labelled(
            name, label,
            PageLayout.textInput(
                name, value: value ?? "", type: type, autocomplete: autocomplete, inputmode: inputmode,
                hinted: hint != nil), hint: hint)
    }

    private func textArea(_ name: String, _ label: String, _ value: String?, rows: Int, hint: String? = nil) -> Node {
        PageLayout.labelled(
            name, label,
            .textarea(
                .id(name), .name(name), .rows(rows), .ariaDescribedBy(hint == nil ? nil : "\(name)-hint"),
                .text(value ?? "")), hint: hint)
    }

    private func select<T: Taxonomy>(_ name: String, _ label: String, _: T.Type, _ value: String?) -> Node {
        PageLayout.labelled(
            name, label,
            PageLayout.select(name, [("", "Choose…")] + T.allCases.map { ($0.rawValue, $0.label) }) {
                !$0.isEmpty && $0 == value
            })
    }

    private func checkboxes(_ name: String, _ legend: String, _ options: [(String, String)], chosen: Set<String>) -> Node {
        .fieldset(
            .id(name), .legend(.text(legend)),
            .forEach(options) { value, label in
                PageLayout.checkbox(name: name, id: "\(name)-\(value)", value: value, label: label, checked: chosen.contains(value))
            })
    }

    private func checkbox(_ name: String, _ label: String, _ checked: Bool) -> Node {
        PageLayout.checkbox(name: name, label: label, checked: checked)
    }
}
