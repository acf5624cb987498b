import Foundation
import Hummingbird

extension AppConfiguration {
    /// Every setting's name, as the environment and `.env` spell it.
    public static let settingNames = [
        "DATABASE_URL", "HOST", "PORT", "LOG_LEVEL", "CATALOGUE_REFRESH_SECONDS", "PUBLIC_URL", "LOG_EMAILS", "TRUSTED_PROXIES",
    ]

    /// The settings from the environment, over those in a `.env` file in the working directory
    /// (if there is one): a variable set in the environment wins, as with every `.env` tool.
    public static func environment(
        processEnvironment: [String: String] = ProcessInfo.processInfo.environment,
        dotEnvPath: String = ".env"
    ) async throws(Invalid) -> [String: String] {
        var settings: [String: String] = [:]
        if FileManager.default.fileExists(atPath: dotEnvPath) {
            let file: Environment
            do {
                file = try await Environment.dotEnv(dotEnvPath)
            } catch {
                throw Invalid(problems: ["\(dotEnvPath) is not a list of NAME=value lines"])
            }
            for name in settingNames { settings[name] = file.get(name) }
        }
        for name in settingNames { if let value = processEnvironment[name] { settings[name] = value } }
        return settings
    }
}
