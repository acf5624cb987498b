import Foundation
import WexchangeHTML
import WexchangeCore

/// Organisations as a table: every one of a kind for national admins, the hub's schools for its
/// coordinators.
struct OrganisationsTable {
    let caption: String
    let rows: [OrganisationModel]

    var node: Node {
        rows.isEmpty ? .p("None yet.") : .table(
            .caption(.text(caption)),
            .thead(.tr(.th("Name"), .th("Kind"), .th("URN"), .th("Postcode"), .th("Pupils eligible for free school meals"), .th("Trusted"))),
            .tbody(.forEach(rows) { organisation in
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

/// `/organisations`: the national directory, one kind at a time.
struct OrganisationsPage: PageView {
    let viewer: Viewer
    let kind: OrganisationKind
    let rows: [OrganisationModel]
    let total: Int

    var document: HTMLDocument {
        PageLayout.render(title: "Organisations", viewer: viewer, [
            .h1("Organisations"),
            .nav(.ariaLabel("Kinds of organisation"), .ul(.class("badges"), .forEach(OrganisationKind.allCases) { other in
                .li(other == kind ? .strong(.text(other.label)) : .a(.href(Routes.Link.organisations(other)), .text(other.label)))
            })),
            .p(.text(total > rows.count ? "The first \(rows.count) of \(total), by name." : "\(total) in all.")),
            OrganisationsTable(caption: kind.label, rows: rows).node,
        ])
    }
}

extension OrganisationKind {
    /// One of the kind, in a sentence: "a Careers Hub", "a school".
    var singular: String {
        switch self {
        case .school: "school"
        case .provider: "provider"
        case .careersHub: "Careers Hub"
        case .nationalConvenor: "national convenor"
        case .accreditationBody: "accreditation body"
        }
    }

    var label: String {
        switch self {
        case .school: "Schools and colleges"
        case .provider: "Providers"
        case .careersHub: "Careers Hubs"
        case .nationalConvenor: "National convenor"
        case .accreditationBody: "Accreditation bodies"
        }
    }
}
