import Foundation
#if canImport(Glibc)
    import Glibc
#endif
import Logging
import WexchangeCore

/// Every setting the app reads, in one place, with defaults. Environment variables are read
/// first; command-line flags override them. A malformed setting stops start-up with a message
/// naming every setting that is wrong.
public struct AppConfiguration: Sendable, Equatable {
    public enum DatabaseLocation: Sendable, Equatable, CustomStringConvertible {
        case sqlite(path: String)
        case sqliteInMemory
        case postgres(url: String)

        public var description: String {
            switch self {
            case .sqlite(let path): "sqlite:\(path)"
            case .sqliteInMemory: "sqlite::memory:"
            case .postgres(let url):
                // Never print the password.
                url.replacingOccurrences(of: #"//([^:/@]+):[^@]*@"#, with: "//$1:***@", options: .regularExpression)
            }
        }
    }

    public var database: DatabaseLocation = .sqlite(path: "wexchange.sqlite")
    public var host = "127.0.0.1"
    public var port = 8080
    public var logLevel: Logger.Level = .info
    /// How often each instance polls the database for catalogue changes made by other instances.
    public var catalogueRefreshSeconds = 2.0
    /// The address people reach the site at, for links in emails (never taken from a request's
    /// Host header, which a sender controls). Defaults to `http://HOST:PORT`.
    public var publicURL: String?
    /// Also write outgoing emails (reset and invitation links) to the log: for development only,
    /// since the links are secrets. `serve --demo` turns it on.
    public var logEmails = false
    /// Serve `/design`, the design system's example page (not linked from the site). `serve --demo`
    /// turns it on.
    public var showsDesignExamples = false
    /// Addresses of the reverse proxies in front of the app, whose `X-Forwarded-For` and
    /// `X-Forwarded-Proto` headers are believed; nobody else's are.
    public var trustedProxies: Set<String> = []
    /// The service's own email address, shown on the contact, privacy and accessibility pages;
    /// without it those pages send people to their school or Careers Hub.
    public var contactEmail: String?

    public var resolvedPublicURL: String { publicURL ?? "http://\(host):\(port)" }

    public init() {}

    public struct Invalid: Error, CustomStringConvertible, Equatable {
        public let problems: [String]
        public var description: String {
            "Wexchange cannot start; fix these settings:\n" + problems.map { "  - \($0)" }.joined(separator: "\n")
        }
    }

    /// Reads `DATABASE_URL`, `HOST`, `PORT`, `LOG_LEVEL`, `CATALOGUE_REFRESH_SECONDS`, `PUBLIC_URL`, `LOG_EMAILS`,
    /// `TRUSTED_PROXIES` and `CONTACT_EMAIL`, then
    /// applies `overrides` (from flags, same names); nil or absent means "not set".
    public static func load(environment: [String: String], overrides: [String: String?] = [:]) throws(Invalid) -> AppConfiguration {
        var settings = environment
        for (name, value) in overrides { if let value { settings[name] = value } }
        var configuration = AppConfiguration()
        var problems: [String] = []

        if let url = settings["DATABASE_URL"], !url.isEmpty {
            if let location = parseDatabase(url) {
                configuration.database = location
            } else {
                problems.append("DATABASE_URL '\(url)' is not sqlite:PATH or postgres://user:pass@host:port/db")
            }
        }
        if let host = settings["HOST"], !host.isEmpty {
            if host.contains(where: { $0.isWhitespace || $0 == "/" }) {
                problems.append("HOST '\(host)' is not a host name or address")
            } else {
                configuration.host = host
            }
        }
        if let port = settings["PORT"], !port.isEmpty {
            if let number = Int(port), (1...65535).contains(number) {
                configuration.port = number
            } else {
                problems.append("PORT '\(port)' is not a port number from 1 to 65535")
            }
        }
        if let level = settings["LOG_LEVEL"], !level.isEmpty {
            if let parsed = Logger.Level(rawValue: level.lowercased()) {
                configuration.logLevel = parsed
            } else {
                let allowed = Logger.Level.allCases.map(\.rawValue).joined(separator: ", ")
                problems.append("LOG_LEVEL '\(level)' is not one of: \(allowed)")
            }
        }
        if let seconds = settings["CATALOGUE_REFRESH_SECONDS"], !seconds.isEmpty {
            if let value = Double(seconds), value >= 0.1, value <= 3600 {
                configuration.catalogueRefreshSeconds = value
            } else {
                problems.append("CATALOGUE_REFRESH_SECONDS '\(seconds)' is not a number of seconds from 0.1 to 3600")
            }
        }
        if let flag = settings["LOG_EMAILS"], !flag.isEmpty {
            if let value = BooleanText.parse(flag) {
                configuration.logEmails = value
            } else {
                problems.append("LOG_EMAILS '\(flag)' is not \(BooleanText.allowed)")
            }
        }
        if let url = settings["PUBLIC_URL"], !url.isEmpty {
            if let components = URLComponents(string: url), ["http", "https"].contains(components.scheme ?? ""),
                components.host?.isEmpty == false, components.query == nil
            {
                configuration.publicURL = url.hasSuffix("/") ? String(url.dropLast()) : url
            } else {
                problems.append("PUBLIC_URL '\(url)' is not an http(s) address such as https://wexchange.example.org")
            }
        }
        if let proxies = settings["TRUSTED_PROXIES"], !proxies.isEmpty {
            let addresses = proxies.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let bad = addresses.filter { !Self.isIPAddress($0) }
            if bad.isEmpty {
                configuration.trustedProxies = Set(addresses)
            } else {
                problems.append(
                    "TRUSTED_PROXIES has \(bad.map { "'\($0)'" }.joined(separator: ", ")), not IP addresses (separate several with commas)")
            }
        }
        if let email = settings["CONTACT_EMAIL"], !email.isEmpty {
            switch AccountRules.email(email) {
            case .success(let address): configuration.contactEmail = address
            case .failure: problems.append("CONTACT_EMAIL '\(email)' is not an email address such as help@wexchange.example.org")
            }
        }
        guard problems.isEmpty else { throw Invalid(problems: problems) }
        return configuration
    }

    /// Serving needs an address this machine can listen on: checked before anything runs, so a
    /// typo in HOST stops start-up with the settings message, not after the migrations.
    public func checkListenAddress() throws(Invalid) {
        var hints = addrinfo()
        hints.ai_flags = AI_PASSIVE
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var result: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &result)
        if let result { freeaddrinfo(result) }
        guard status == 0 else { throw Invalid(problems: ["HOST '\(host)' is not an address this machine can listen on"]) }
    }

    static func isIPAddress(_ text: String) -> Bool {
        var v4 = in_addr(), v6 = in6_addr()
        return inet_pton(AF_INET, text, &v4) == 1 || inet_pton(AF_INET6, text, &v6) == 1
    }

    static func parseDatabase(_ url: String) -> DatabaseLocation? {
        if url == "sqlite::memory:" { return .sqliteInMemory }
        if url.hasPrefix("sqlite:") {
            let path = String(url.dropFirst("sqlite:".count)).replacingOccurrences(of: "//", with: "", options: .anchored)
            return path.isEmpty ? nil : .sqlite(path: path)
        }
        if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") {
            guard let components = URLComponents(string: url), components.host?.isEmpty == false,
                components.path.count > 1
            else { return nil }
            return .postgres(url: url)
        }
        return nil
    }
}
