import Foundation
import WexchangeHTML
import WexchangeCore

/// Organisations as a table: every one of a kind for national admins, the hub's schools for its
/// coordinators.
struct OrganisationsTable {
    let caption: String
    let rows: [OrganisationModel]

    var node: Node {
        rows.isEmpty
            ? .p("None yet.")
            : .table(
                .caption(.text(caption)),
                .thead(
                    .tr(.th("Name"), .th("Kind"), .th("URN"), .th("Postcode"), .th("Pupils eligible for free school meals"), .th("Trusted"))
                ),
                .tbody(
                    .forEach(rows) { organisation in
                        .tr(
                            .td(.text(organisation.name)),
                            .td(.text(OrganisationKind(rawValue: organisation.kind)?.label ?? organisation.kind)),
                            .td(.text(organisation.urn.map(String.init) ?? "")),
                            .td(.text(organisation.postcode ?? "")),
                            .td(.text(organisation.fsmPercent.map { String(format: "%.1f%%", $0) } ?? "")),
                            .td(.text(organisation.kind == OrganisationKind.provider.rawValue ? (organisation.trusted ? "Yes" : "No") : ""))
                        )
                    })
            )
    }
}
