import ArgumentParser
import Foundation
import WexchangeApp
import WexchangeCore

struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "user", abstract: "Manage people's accounts.", subcommands: [Create.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a user with one role; prints a generated password unless --password-stdin is given.")
        @OptionGroup var settings: SettingsOptions
        @Option(help: "Their email address (they sign in with it).") var email: String
        @Option(help: "Their name as shown on pages.") var name: String
        @Option(help: "One of: \(Role.allCases.map { $0.rawValue.replacingOccurrences(of: "_", with: "-") }.joined(separator: ", ")).")
        var role: String
        @Option(help: "The organisation's id (not needed for national-admin).") var org: String?
        @Option(help: "A student's year group (7 to 13).") var year: Int?
        @Flag(help: "Read the password from standard input instead of generating one.") var passwordStdin = false

        func run() async throws {
            guard let role = Role(rawValue: role.replacingOccurrences(of: "-", with: "_")) else {
                throw ValidationError("--role '\(role)' is not one of: \(Role.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let organisation = try org.map { text in
                guard let id = UUID(uuidString: text) else { throw ValidationError("--org '\(text)' is not an organisation id") }
                return id
            }
            let password = passwordStdin ? readLine(strippingNewline: true) : nil
            let (_, services) = try settings.load()
            defer { Task { await services.storage.shutdown() } }
            try await services.storage.migrate()
            do {
                let user = try await AccountCommands.createUser(email: email, name: name, role: role, organisationId: organisation,
                                                                yearGroup: year, password: password, services: services)
                print("user id:  \(user.id.uuidString.lowercased())")
                print("email:    \(user.email)")
                if let generated = user.generatedPassword {
                    print("password: \(generated)")
                    say("The password is shown only now; they can change it after signing in.")
                }
            } catch let error as AppError {
                say("No user was created: \(error.message)")
                throw ExitCode(2)
            }
        }
    }
}

struct OrganisationCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "organisation", abstract: "Manage organisations.", subcommands: [Create.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a school, Careers Hub, accreditation body or the national convenor.")
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
            if let bad = localAuthorities.first(where: { $0.range(of: #"^E0[6-9]\d{6}$|^E10\d{6}$"#, options: .regularExpression) == nil }) {
                throw ValidationError("--local-authority '\(bad)' is not an English local authority GSS code such as E08000021")
            }
            let hubId = try hub.map { text in
                guard let id = UUID(uuidString: text) else { throw ValidationError("--hub '\(text)' is not an organisation id") }
                return id
            }
            let (_, services) = try settings.load()
            defer { Task { await services.storage.shutdown() } }
            try await services.storage.migrate()
            do {
                let id = try await AccountCommands.createOrganisation(kind: kind, name: name, localAuthorities: localAuthorities, hubId: hubId,
                                                                      urn: urn, services: services)
                print("organisation id: \(id.uuidString.lowercased())")
            } catch let error as AppError {
                say("No organisation was created: \(error.message)")
                throw ExitCode(2)
            }
        }
    }
}
