import ArgumentParser
import Foundation
import WexchangeApp
import WexchangeCore

struct ProviderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "provider", abstract: "Manage providers.", subcommands: [Create.self, Trust.self])

    struct Trust: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Mark a provider trusted: its listings publish without waiting for moderation (they can still be taken down).")
        @OptionGroup var settings: SettingsOptions
        @Option(help: "The provider's id.") var provider: String
        @Flag(help: "Remove the trust instead.") var untrust = false

        func run() async throws {
            let id = try parseID(provider, flag: "provider", what: "a provider")
            try await settings.run(failure: "Nothing changed") { _, services in
                try await ProviderSettings.setTrust(id, trusted: !untrust, services: services)
                print(untrust ? "provider \(provider) is no longer trusted" : "provider \(provider) is trusted")
            }
        }
    }

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a provider and print its API key (shown once).")
        @OptionGroup var settings: SettingsOptions
        @Option(help: "The provider's name.") var name: String
        @Option(help: "One of: \(ProviderKind.allowedValues).") var kind: String
        @Option(name: .customLong("size"), help: "One of: \(SizeBand.allowedValues).") var size = "small"
        @Option(name: .customLong("sector"), help: "An occupational route id; repeat for several.") var sectors: [String] = []
        @Option(help: "Website address (http or https).") var website: String?
        @Option(help: "Contact email.") var email: String?

        func run() async throws {
            guard let kind = ProviderKind(rawValue: kind) else {
                throw ValidationError("--kind '\(kind)' is not one of: \(ProviderKind.allowedValues)")
            }
            guard let size = SizeBand(rawValue: size) else {
                throw ValidationError("--size '\(size)' is not one of: \(SizeBand.allowedValues)")
            }
            let sectors = try self.sectors.map { text in
                guard let sector = Sector(rawValue: text) else {
                    throw ValidationError("--sector '\(text)' is not one of: \(Sector.allowedValues)")
                }
                return sector
            }
            try await settings.run(failure: "No provider was created") { _, services in
                let (id, key) = try await ProviderCommands.create(
                    name: name, kind: kind, sizeBand: size, sectors: sectors, website: website,
                    contactEmail: email, services: services)
                print("provider id: \(id.uuidString.lowercased())")
                print("api key:     \(key)")
                say("Keep the API key safe: it is shown only now. Send it as 'Authorization: Bearer <key>'.")
            }
        }
    }
}
