import Foundation
import WexchangeHTML

/// A page of the site: a value that renders to a document (and only through the layout, so
/// every page has the same landmarks and passes the same escaping boundary).
protocol PageView {
    var document: HTMLDocument { get }
}

extension PageView {
    /// The markup, for tests that read it.
    var html: String { document.html }
}
