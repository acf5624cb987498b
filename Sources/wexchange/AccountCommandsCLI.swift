import ArgumentParser
import Foundation
import WexchangeApp
import WexchangeCore
import WexchangeGeo

/// A role as the command line spells it (`careers-leader`), and the list of them.
extension Role {
    var cliName: String { rawValue.replacingOccurrences(of: "_", with: "-") }
    static var cliNames: String { allCases.map(\.cliName).joined(separator: ", ") }
}

struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "user", abstract: "Manage people's accounts.", subcommands: [Create.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a user with one role; prints a generated password unless --password-stdin is given.")
        @OptionGroup var settings: SettingsOptions
        @Option(help: "Their email address (they sign in with it).") var email: String
        @Option(help: "Their name as shown on pages.") var name: String
        @Option(help: "One of: \(Role.cliNames).") var role: String
        @Option(help: "The organisation's id (not needed for national-admin).") var org: String?
        @Option(help: "A student's year group (7 to 13).") var year: Int?
        @Flag(help: "Read the password from standard input instead of generating one.") var passwordStdin = false

        func run() async throws {
            guard let role = Role(rawValue: role.replacingOccurrences(of: "-", with: "_")) else {
                throw ValidationError("--role '\(role)' is not one of: \(Role.cliNames)")
            }
            let organisation = try org.map { try parseID($0, flag: "org") }
            let password = passwordStdin ? readLine(strippingNewline: true) : nil
            try await settings.run(failure: "No user was created") { _, services in
                let user = try await AccountCommands.createUser(
                    email: email, name: name, role: role, organisationId: organisation,
                    yearGroup: year, password: password, services: services)
                print("user id:  \(user.id.uuidString.lowercased())")
                print("email:    \(user.email)")
                if let generated = user.generatedPassword {
                    print("password: \(generated)")
                    say("The password is shown only now; they can change it after signing in.")
                }
            }
        }
    }
}

struct OrganisationCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "organisation", abstract: "Manage organisations.",
        subcommands: [Create.self, MoveAuthority.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a school, Careers Hub, accreditation body or the national convenor.")
        @OptionGroup var settings: SettingsOptions
        @Option(help: "One of: school, careers_hub, accreditation_body, national_convenor (providers: `wexchange provider create`).")
        var kind: String
        @Option(help: "The organisation's name (schools with --urn: taken from the reference list when omitted).") var name: String = ""
        @Option(name: .customLong("local-authority"), help: "Careers Hubs: a GSS code (E08000021…) the hub covers; repeat for each.")
        var localAuthorities: [String] = []
        @Option(help: "Schools: the id of their Careers Hub.") var hub: String?
        @Option(help: "Schools: the DfE URN; name, postcode, phase, local authority and FSM % come from the reference list.") var urn: Int?

        func run() async throws {
            guard let kind = OrganisationKind(rawValue: kind), kind != .provider else {
                throw ValidationError("--kind '\(kind)' is not one of: school, careers_hub, accreditation_body, national_convenor")
            }
            if let bad = localAuthorities.first(where: { !GSSCode.isLocalAuthority($0) }) {
                throw ValidationError("--local-authority '\(bad)' is not an English local authority GSS code such as E08000021")
            }
            let hubId = try hub.map { try parseID($0, flag: "hub") }
            try await settings.run(failure: "No organisation was created") { _, services in
                let id = try await AccountCommands.createOrganisation(
                    kind: kind, name: name, localAuthorities: localAuthorities, hubId: hubId,
                    urn: urn, services: services)
                print("organisation id: \(id.uuidString.lowercased())")
            }
        }
    }

    struct MoveAuthority: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "move-authority", abstract: "Move a local authority to another Careers Hub (a local authority belongs to one hub)."
        )
        @OptionGroup var settings: SettingsOptions
        @Option(name: .customLong("local-authority"), help: "The GSS code, e.g. E08000021.") var localAuthority: String
        @Option(name: .customLong("to-hub"), help: "The id of the Careers Hub that takes it.") var toHub: String

        func run() async throws {
            guard GSSCode.isLocalAuthority(localAuthority) else {
                throw ValidationError("--local-authority '\(localAuthority)' is not an English local authority GSS code such as E08000021")
            }
            let hub = try parseID(toHub, flag: "to-hub")
            try await settings.run(failure: "Nothing changed") { _, services in
                let previous = try await AccountCommands.moveLocalAuthority(localAuthority, toHub: hub, services: services)
                print(
                    previous.map { "\(localAuthority) moved from \($0) to hub \(toHub)" } ?? "\(localAuthority) now belongs to hub \(toHub)"
                )
            }
        }
    }
}
