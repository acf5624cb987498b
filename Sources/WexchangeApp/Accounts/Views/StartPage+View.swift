import Foundation
import WexchangeCore
import WexchangeHTML

extension StartPage: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: "Home", viewer: viewer,
            [
                .h1(.text("Hello, \(viewer.name)")),
                .p(.class("lead"), .text("You are signed in as \(viewer.role.label.lowercased()) at \(viewer.organisationName).")),
                .ul(
                    .class("tasks"),
                    .forEach(tasks) { task in
                        .li(
                            .class("card"),
                            .h2(.text(task.heading)),
                            .p(.text(task.summary)),
                            task.items.isEmpty
                                ? .empty
                                : .ul(.forEach(task.items) { item in .li(.a(.href(item.link), .text(item.title))) }),
                            .p(.a(.href(task.link), .text(task.linkText))))
                    }),
            ])
    }
}
