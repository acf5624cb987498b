import Foundation
import WexchangeHTML
import WexchangeCore

extension ListingCheckPage: PageView {
    var document: HTMLDocument {
        let heading = "Check your listing before you submit it"
        return PageLayout.render(
            title: heading, viewer: viewer,
            [
                .h1(.text(heading)),
                .p(.text("“\(input.title ?? "")”: change anything that is not right, then submit it.")),
                PageLayout.postForm(
                    action, csrf: viewer.csrfToken, label: heading,
                    [
                        .forEach(answers) { answer in .input(.type("hidden"), .name(answer.name), .value(answer.value)) },
                        .forEach(ListingForm.Section.allCases) { (section: ListingForm.Section) -> Node in
                            SummaryList.card(
                                title: section.title, id: section.headingID,
                                actions: PageLayout.submit(
                                    "Change", class: "link-button", name: ListingForm.Intent.field,
                                    value: ListingForm.Intent.change(section).value, context: section.title.lowercased()),
                                rows: rows(section))
                        },
                        .h2("Now submit your listing"),
                        .p(
                            "A moderator checks new listings and changes, usually within two working days, before students can find them. Save it as a draft to finish it later."
                        ),
                        .div(
                            .class("field"),
                            PageLayout.submit(
                                "Submit for publication", name: ListingForm.Intent.field, value: ListingForm.Intent.publish.value),
                            " ",
                            PageLayout.submit(
                                "Save as draft", class: "secondary", name: ListingForm.Intent.field, value: ListingForm.Intent.draft.value)),
                    ]),
            ])
    }
}
