import ArgumentParser
import Foundation
import WexchangeApp

/// Runs the command and turns every error into a plain message: bad input (a wrong flag, a bad
/// setting, a value the rules refuse) exits with status 2, anything else with 1. No Swift
/// debug dumps reach the terminal.
@main
enum WexchangeMain {
    static func main() async {
        do {
            var command = try Wexchange.parseAsRoot()
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            exit(report(error))
        }
    }

    /// Prints what went wrong and returns the exit status.
    static func report(_ error: any Error) -> Int32 {
        switch error {
        case let error as AppError:
            say("Error: \(error.message)")
            return error.status.code < 500 ? 2 : 1
        case let invalid as AppConfiguration.Invalid:
            say(invalid.description)
            return 2
        case let error as ExitCode:
            // The command has already said what went wrong.
            return error.rawValue
        default:
            let code = Wexchange.exitCode(for: error)
            let message = Wexchange.fullMessage(for: error)
            if code == .success {
                // --help and --version.
                print(message)
                return 0
            }
            if !message.isEmpty { say(message) }
            // Usage errors (unknown flags, missing or bad values): bad input.
            return code == .validationFailure ? 2 : code.rawValue
        }
    }
}
