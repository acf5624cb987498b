import Foundation
import WexchangeCore
import WexchangeHTML

extension RoundPage {
    /// A provider's own listings with a pledge form each, while the round takes pledges.
    var pledging: Node {
        guard let pledgeable else { return .empty }
        let draft = round.summary.state == .draft
        return .section(
            .ariaLabelledBy("pledge"),
            .h2(.id("pledge"), "Pledge your places"),
            .p(
                .text(
                    "Places you pledge are taken from the listing's places left at once, and only this round shares them out. "
                        + (draft
                            ? "While the round is being set up you can change or withdraw a pledge."
                            : "Students are choosing now: a pledge can grow but not shrink."))),
            pledgeable.isEmpty
                ? .p("You have no published listing this round can share out.")
                : .ul(.class("results"), .forEach(pledgeable) { row in card(row, draft: draft) }))
    }

    private func card(_ row: RoundService.Pledgeable, draft: Bool) -> Node {
        let field = Self.placesField(row.opportunityId)
        let error = problem?.message(for: field)
        return .li(
            .class("card"),
            .h3(.text(row.title)),
            .p(.text("\(row.placesLeft) place\(row.placesLeft == 1 ? "" : "s") left; \(row.pledged) pledged to this round.")),
            PageLayout.postForm(
                RoundRoutes.pledge.link(round.summary.id, row.opportunityId), csrf: viewer.csrfToken,
                [
                    PageLayout.labelled(
                        field, row.pledged == 0 ? "Places to pledge" : "Places pledged in all",
                        .input(
                            .type("text"), .id(field), .name(Self.placesFormField), .inputmode("numeric"), .size(4),
                            .value(row.pledged == 0 ? nil : String(row.pledged)),
                            .ariaDescribedBy(PageLayout.describedBy(field, hinted: false, invalid: error != nil)),
                            .ariaInvalid(error != nil)),
                        error: error),
                    PageLayout.submit(row.pledged == 0 ? "Pledge" : "Change pledge", context: row.title),
                ]),
            draft && row.pledged > 0
                ? PageLayout.postForm(
                    RoundRoutes.withdrawPledge.link(round.summary.id, row.opportunityId), csrf: viewer.csrfToken,
                    [PageLayout.submit("Withdraw pledge", class: "secondary", context: row.title)])
                : .empty)
    }
}
