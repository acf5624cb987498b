import Foundation
import WexchangeHTML

/// The GOV.UK notification banner: something the reader must know that is not an error
/// ("Important": applications close on Friday), or the outcome of what they just did ("Success").
enum NotificationBanner {
    static func render(title: String, heading: String, text: String? = nil, success: Bool = false) -> Node {
        let id = "notification-\(success ? "success" : "important")"
        return .div(
            .class(success ? "notification-banner notification-success" : "notification-banner"),
            .role(success ? "alert" : "region"), .ariaLabelledBy(id),
            .h2(.class("notification-title"), .id(id), .text(title)),
            .div(
                .class("notification-content"),
                .p(.class("notification-heading"), .text(heading)),
                text.map { .p(.text($0)) } ?? .empty))
    }
}
