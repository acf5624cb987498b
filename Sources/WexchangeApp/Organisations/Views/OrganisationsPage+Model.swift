import Foundation
import WexchangeCore

/// `/organisations`: the national directory, one kind at a time.
struct OrganisationsPage {
    let viewer: Viewer
    let kind: OrganisationKind
    let rows: [OrganisationModel]
    let total: Int
}
