import Synchronization
import WexchangeHTML

/// Form controls whose markup depends only on which of their fixed options is chosen (a year
/// group, a distance, a checkbox), rendered once per choice and kept for the life of the process:
/// the search form is on every search page. Keys name the control and its choice, which callers
/// take only from fixed sets (never from what was typed), so the cache stays small.
enum KeptControls {
    private static let templates = Mutex<[String: HTMLTemplate]>([:])

    /// A control with no holes: its template filled with nothing is its markup.
    static func control(_ key: String, make: () -> Node) -> Node { .filled(template(key, make: make), []) }

    /// A control with holes (`HTMLTemplate`), kept the same way.
    static func template(_ key: String, make: () -> Node) -> HTMLTemplate {
        if let known = templates.withLock({ $0[key] }) { return known }
        let template = HTMLTemplate(make())
        templates.withLock { $0[key] = template }
        return template
    }
}
