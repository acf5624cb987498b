import Foundation
import WexchangeCore
import WexchangeHTML

extension RequestForm: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: pageTitle, viewer: viewer, problem: !problems.isEmpty,
            [
                .p(.a(.class("back-link"), .href(CatalogueRoutes.opportunity.link(opportunityId)), "Back to the opportunity")),
                ErrorSummary.render(problems.map { ErrorSummary.Item(field: $0.field, message: $0.message) }),
                .h1(.text(pageTitle)),
                SummaryList.render([
                    .init(key: "Opportunity", value: title),
                    .init(key: "Provider", value: providerName),
                    .init(key: "Dates", value: dates),
                    .init(key: "Student", value: studentName),
                ]),
                refusal.map { .p(.strong(.text("You cannot ask for a place now: ")), .text($0 + ".")) } ?? form,
            ])
    }

    private var form: Node {
        let error = problems.first { $0.field == Self.messageField }?.message
        return PageLayout.postForm(
            RequestRoutes.ask.link(opportunityId, studentId), csrf: viewer.csrfToken, label: "Request",
            [
                .p(
                    .text(
                        "\(providerName) answers within \(PlaceRequestRules.answerWithinDays) days. If they accept, "
                            + (forStudent ? "you are" : "\(studentName) is")
                            + " offered the place and answers the offer; a parent or carer gives consent before it is confirmed.")),
                PageLayout.labelled(
                    Self.messageField, "Note to the provider",
                    .textarea(
                        .id(Self.messageField), .name(Self.messageField), .rows(4),
                        .ariaDescribedBy(PageLayout.describedBy(Self.messageField, hinted: true, invalid: error != nil)),
                        .ariaInvalid(error != nil), .text(message)),
                    hint: messageHint, error: error),
                PageLayout.submit("Send request"),
            ])
    }
}
