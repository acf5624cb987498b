import Foundation
import WexchangeCore

/// `/organisations`: the national directory, one kind at a time, a page at a time.
struct OrganisationsPage {
    let viewer: Viewer
    let kind: OrganisationKind
    let rows: [OrganisationModel]
    let pagination: Pagination
    var search: String? = nil

    /// A page of the list, keeping the kind and the search.
    func link(page: Int) -> String {
        OrganisationRoutes.directory.link(
            query: [("kind", kind.rawValue)] + (search.map { [("search", $0)] } ?? []) + [("page", String(page))])
    }
}
