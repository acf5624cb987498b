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
            : DataTable(
                caption: caption,
                columns: [
                    .init(heading: "Name") { .text($0.name) },
                    .init(heading: "Kind") { .text(OrganisationKind(rawValue: $0.kind)?.label ?? $0.kind) },
                    .init(heading: "URN") { .text($0.urn.map(String.init) ?? "") },
                    .init(heading: "Postcode") { .text($0.postcode ?? "") },
                    .init(heading: "Pupils eligible for free school meals") {
                        .text($0.fsmPercent.map { String(format: "%.1f%%", $0) } ?? "")
                    },
                    .init(heading: "Trusted") {
                        .text($0.kind == OrganisationKind.provider.rawValue ? ($0.trusted ? "Yes" : "No") : "")
                    },
                ],
                rows: rows
            ).render()
    }
}
