import Testing
@testable import WexchangeApp

@Suite struct ConfigurationTests {
    @Test func defaults() throws {
        let configuration = try AppConfiguration.load(environment: [:])
        #expect(configuration.database == .sqlite(path: "wexchange.sqlite"))
        #expect(configuration.host == "127.0.0.1")
        #expect(configuration.port == 8080)
        #expect(configuration.resolvedPublicURL == "http://127.0.0.1:8080")
        #expect(configuration.logEmails == false)
    }

    @Test func publicURLAndEmailLogging() throws {
        let configuration = try AppConfiguration.load(environment: ["PUBLIC_URL": "https://wexchange.example.org/", "LOG_EMAILS": "true"])
        #expect(configuration.resolvedPublicURL == "https://wexchange.example.org")
        #expect(configuration.logEmails)
    }

    @Test func flagsOverrideTheEnvironment() throws {
        let configuration = try AppConfiguration.load(
            environment: ["PORT": "9000", "DATABASE_URL": "postgres://wex:secret@db:5432/wexchange", "LOG_LEVEL": "debug"],
            overrides: ["PORT": "9100", "HOST": nil])
        #expect(configuration.port == 9100)
        #expect(configuration.database == .postgres(url: "postgres://wex:secret@db:5432/wexchange"))
        #expect(configuration.database.description == "postgres://wex:***@db:5432/wexchange")
        #expect(configuration.logLevel == .debug)
    }

    @Test func everyMalformedSettingIsNamed() {
        #expect(throws: AppConfiguration.Invalid.self) { try AppConfiguration.load(environment: ["PORT": "80x"]) }
        do {
            _ = try AppConfiguration.load(environment: [
                "PORT": "0", "DATABASE_URL": "mysql://x", "LOG_LEVEL": "loud", "HOST": "a b",
                "PUBLIC_URL": "ftp://x", "LOG_EMAILS": "sometimes",
            ])
            Issue.record("expected an error")
        } catch {
            #expect(error.problems.count == 6)
            for name in ["PORT", "DATABASE_URL", "LOG_LEVEL", "HOST", "PUBLIC_URL", "LOG_EMAILS"] {
                #expect(error.description.contains(name))
            }
        }
    }
}
