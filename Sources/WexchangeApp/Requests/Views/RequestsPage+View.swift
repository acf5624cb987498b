import Foundation
import WexchangeCore
import WexchangeHTML

extension RequestsPage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: title, viewer: viewer, problem: problem != nil,
            [
                ErrorSummary.render(problem.map { [ErrorSummary.Item(field: $0.field, message: $0.message)] } ?? []),
                done.map { NotificationBanner.render(title: "Success", heading: $0.message, success: true) } ?? .empty,
                .h1(.text(title)),
                forProvider ? providerView : askerView,
            ])
    }

    // MARK: - Provider

    private var providerView: Node {
        .group(
            .p(
                .text(
                    "Students and their schools ask for places on your listings. Accept to offer the place (it is taken from your places left), or decline with a reason the student reads."
                )),
            .h2("Waiting for your answer"),
            waiting.isEmpty
                ? .p("None waiting.")
                : .ul(.class("results"), .forEach(waiting) { waitingCard($0) }),
            answered.isEmpty
                ? .empty
                : .group(.h2("Answered"), DataTable(caption: "Answered requests", columns: answeredColumns, rows: answered).render()))
    }

    private func waitingCard(_ request: PlaceRequestReader.Summary) -> Node {
        let reasonId = Self.reasonId(request.id)
        let error = problemRequest == request.id ? problem?.message(for: reasonId) : nil
        return .li(
            .class("card"),
            .h3(.text("\(request.studentName) asks for “\(request.title)”")),
            SummaryList.render([
                .init(key: "Year and school", value: "Year \(request.yearGroup), \(request.schoolName)"),
                .init(key: "Access needs", value: request.accessNeeds.isEmpty ? "None given" : request.accessNeeds.joined(separator: ", ")),
                .init(key: "Their note", value: request.message ?? "None"),
                .init(key: "Asked on", value: request.requestedOn.longText),
                .init(key: "Answer by", value: request.answerBy.longText),
            ]),
            PageLayout.postForm(
                RequestRoutes.accept.link(request.id), csrf: viewer.csrfToken,
                [PageLayout.submit("Accept and offer the place", context: "to \(request.studentName) on \(request.title)")]),
            PageLayout.postForm(
                RequestRoutes.decline.link(request.id), csrf: viewer.csrfToken,
                [
                    PageLayout.labelled(
                        reasonId, "Reason for declining (optional)",
                        .input(
                            .type("text"), .id(reasonId), .name(Self.reasonField),
                            .ariaDescribedBy(PageLayout.describedBy(reasonId, hinted: true, invalid: error != nil)),
                            .ariaInvalid(error != nil)),
                        hint: "The student reads this. Up to \(PlaceRequestRules.maxReasonLength) characters.", error: error),
                    PageLayout.submit("Decline", class: "secondary", context: "\(request.studentName)'s request for \(request.title)"),
                ]))
    }

    private var answeredColumns: [DataTable<PlaceRequestReader.Summary>.Column] {
        [
            .init(heading: "Student") { .text("\($0.studentName), Year \($0.yearGroup), \($0.schoolName)") },
            .init(heading: "Opportunity") { .text($0.title) },
            .init(heading: "Where it stands") { .strong(.class("tag"), .text($0.state.label)) },
        ]
    }

    // MARK: - Student and school

    private var askerView: Node {
        guard !requests.isEmpty else {
            return .p(
                .text(
                    "None yet. Find an opportunity in search and choose “Request a place” on its page"
                        + (forStaff ? " to ask for a place for one of your students." : ".")))
        }
        return DataTable(caption: forStaff ? "Requests for your students" : "Your requests", columns: askerColumns, rows: requests).render()
    }

    private var askerColumns: [DataTable<PlaceRequestReader.Summary>.Column] {
        var columns: [DataTable<PlaceRequestReader.Summary>.Column] = []
        if forStaff { columns.append(.init(heading: "Student") { .text("\($0.studentName), Year \($0.yearGroup)") }) }
        columns += [
            .init(heading: "Opportunity") { request in
                .group(
                    .a(.href(CatalogueRoutes.opportunity.link(request.opportunityId)), .text(request.title)),
                    .p(.class("hint"), .text(request.providerName)))
            },
            .init(heading: "Where it stands") { request in
                .group(
                    .strong(.class("tag"), .text(request.state.label)),
                    request.state.isOpen ? .p(.class("hint"), .text("Answer due by \(request.answerBy.longText)")) : .empty,
                    request.reason.map { .p(.text("Their reason: \($0)")) } ?? .empty)
            },
            .init(heading: "Next") { request in
                if request.state.isOpen {
                    return PageLayout.postForm(
                        RequestRoutes.withdraw.link(request.id), csrf: viewer.csrfToken,
                        [
                            PageLayout.submit(
                                "Withdraw", class: "secondary",
                                context: "the request for \(request.title)\(forStaff ? " for \(request.studentName)" : "")")
                        ])
                }
                if let offer = request.offerId {
                    return .a(
                        .href(OfferRoutes.offer.link(offer)), "See the offer", .span(.class("visually-hidden"), .text(": \(request.title)"))
                    )
                }
                return .text("Nothing to do")
            },
        ]
        return columns
    }
}
