import ArgumentParser
import Foundation
import WexchangeApp

struct Wexchange: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wexchange",
        abstract: "The national clearing house for school work experience.",
        subcommands: [
            Serve.self, Migrate.self, SeedDemo.self, ProviderCommand.self, UserCommand.self, OrganisationCommand.self,
            ImportCommand.self, BackupCommand.self, RestoreCommand.self, RoutesCommand.self, AllocateCommand.self,
            GenerateInstanceCommand.self, RetentionCommand.self, RoundCommand.self,
        ]
    )
}
