import Testing
@testable import WexchangeApp

@Suite struct ConfigurationTests {
    @Test func defaults() throws {
        let configuration = try AppConfiguration.load(environment: [:])
        #expect(configuration.database == .sqlite(path: "wexchange.sqlite"))
        #expect(configuration.host == "127.0.0.1")
        #expect(configuration.port == 8080)
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
            _ = try AppConfiguration.load(environment: ["PORT": "0", "DATABASE_URL": "mysql://x", "LOG_LEVEL": "loud", "HOST": "a b"])
            Issue.record("expected an error")
        } catch {
            #expect(error.problems.count == 4)
            for name in ["PORT", "DATABASE_URL", "LOG_LEVEL", "HOST"] { #expect(error.description.contains(name)) }
        }
    }
}
