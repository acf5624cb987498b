import Foundation
import WexchangeCore
import WexchangeHTML

extension OfferPage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: title, viewer: viewer, problem: problem != nil,
            [
                .p(.a(.class("back-link"), .href(OfferRoutes.offers.link), "Back to offers")),
                problem?.summary ?? .empty,
                doneMessage.map { NotificationBanner.render(title: "Success", heading: $0, success: true) } ?? .empty,
                .span(.class("caption"), .text(detail.summary.roundName.map { "Offer from \($0)" } ?? "Offer")),
                .h1(.text(title)),
                SummaryList.render([
                    .init(key: "Student", value: detail.summary.studentName),
                    .init(key: "Where it stands", value: status),
                ]),
                explanation,
                howItWent,
                .h2("The placement"),
                SummaryList.render(detail.facts.rows.map { SummaryList.Row(key: $0.label, value: $0.value) }),
                answerForm,
                consentLink,
            ])
    }

    /// The round's decision and its reasons, when the offer came from a round.
    private var explanation: Node {
        guard let headline = detail.headline else { return .empty }
        return .section(
            .ariaLabelledBy("why"),
            .h2(.id("why"), "Why you got this place"),
            .p(.text(headline)),
            detail.reasons.isEmpty ? .empty : .ul(.forEach(detail.reasons) { .li(.text($0)) }))
    }

    /// What the provider recorded, once there is something: days attended and their feedback,
    /// and the way to reflect once it has finished.
    private var howItWent: Node {
        let record = detail.record
        let marked = detail.placementDays.filter { record.attendance[$0] != nil }
        guard !marked.isEmpty || record.feedback != nil || detail.journeyEntryId != nil else { return .empty }
        var rows: [SummaryList.Row] = []
        if !marked.isEmpty {
            let absent = marked.filter { record.attendance[$0] == .absent }
            rows.append(
                .init(
                    key: "Days attended",
                    value: "\(record.daysAttended(of: detail.placementDays)) of \(detail.placementDays.count)"
                        + (absent.isEmpty ? "" : " (absent on \(absent.map(\.longText).joined(separator: ", ")))")))
        }
        if let feedback = record.feedback { rows.append(.init(key: "Feedback from \(detail.summary.providerName)", value: feedback)) }
        return .section(
            .ariaLabelledBy("how-it-went"),
            .h2(.id("how-it-went"), "How it went"),
            rows.isEmpty ? .empty : SummaryList.render(rows),
            detail.journeyEntryId.map { entry in
                .p(
                    .text("It is in \(detail.summary.studentName)'s journey. "),
                    // Reflecting is the student's own (with staff); a parent reads the journey with them.
                    viewer.role == .parent
                        ? .empty : .a(.href(StudentRoutes.reflection.link(entry)), "Write or change the reflection on it"))
            } ?? .empty)
    }

    /// Accept or decline, as one GOV.UK radios question.
    private var answerForm: Node {
        guard canAnswerNow else { return .empty }
        let error = problem?.message(for: Self.answerField)
        let accept = "\(Self.answerField)-accept"
        return PageLayout.postForm(
            OfferRoutes.answer.link(detail.summary.id), csrf: viewer.csrfToken, label: "Your answer",
            [
                .fieldset(
                    .class(error == nil ? "field" : "field field-error"),
                    .ariaDescribedBy(PageLayout.describedBy(Self.answerField, hinted: true, invalid: error != nil)),
                    .legend(.h2("Do you want this place?")),
                    .p(
                        .class("hint"), .id("\(Self.answerField)-hint"),
                        .text(
                            "Answer by \(detail.summary.deadline.longText). "
                                + (detail.needsConsent ? "If you accept, a parent or carer will be asked for consent." : ""))),
                    PageLayout.errorMessage(error, id: "\(Self.answerField)-error"),
                    .div(
                        .class("field checkbox"),
                        .input(.type("radio"), .id(Self.answerField), .name(Self.answerField), .value("accept")),
                        .label(.for(Self.answerField), "Yes, I accept this place")),
                    .div(
                        .class("field checkbox"),
                        .input(.type("radio"), .id(accept + "-no"), .name(Self.answerField), .value("decline")),
                        .label(.for(accept + "-no"), "No, I decline it: the place goes to another student"))),
                PageLayout.submit("Send your answer"),
            ])
    }

    private var consentLink: Node {
        guard mayConsent, detail.summary.state == .accepted else { return .empty }
        return .p(.a(.class("button"), .href(OfferRoutes.consent.link(detail.summary.id)), "Give or refuse consent"))
    }
}
