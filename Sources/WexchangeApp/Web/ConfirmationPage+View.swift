import Foundation
import WexchangeHTML

extension ConfirmationPage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: heading, viewer: viewer,
            [
                .h1(.text(heading)),
                .ul(.forEach(consequences) { .li(.text($0)) }),
                PageLayout.postForm(
                    action, csrf: viewer.csrfToken, label: heading,
                    [
                        PageLayout.submit(confirmLabel, class: "danger")
                    ]),
                .p(.a(.href(back), "No, go back")),
            ])
    }
}
