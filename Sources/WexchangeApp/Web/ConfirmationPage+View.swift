import Foundation
import WexchangeHTML

extension ConfirmationPage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: heading, viewer: viewer, problem: problem != nil,
            [
                problem?.summary ?? .empty,
                .h1(.text(heading)),
                .ul(.forEach(consequences) { .li(.text($0)) }),
                PageLayout.postForm(
                    action, csrf: viewer.csrfToken, label: heading,
                    [
                        reason.map { reason in
                            let field = Self.reasonField
                            let error = problem?.message(for: field)
                            return PageLayout.labelled(
                                field, reason.label,
                                .textarea(
                                    .id(field), .name(field), .rows(3), .required(),
                                    .ariaDescribedBy(PageLayout.describedBy(field, hinted: true, invalid: error != nil)),
                                    .ariaInvalid(error != nil), .text(reason.value ?? "")),
                                hint: reason.hint, error: error)
                        } ?? .empty,
                        PageLayout.submit(
                            confirmLabel, class: "danger", name: marksConfirmed ? Self.confirmedField : nil,
                            value: marksConfirmed ? "yes" : nil),
                    ]),
                .p(.a(.href(back), "No, go back")),
            ])
    }
}
