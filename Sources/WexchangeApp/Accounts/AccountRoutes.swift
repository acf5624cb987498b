import Foundation
import Hummingbird
import WexchangeCore

/// Signing in and out, one's own account, password resets, and the API's "who am I".
enum AccountRoutes {
    static let signIn = SitePath("/sign-in")
    /// A student without an email types the one-time code from their school's sheet.
    static let signInCode = SitePath("/sign-in/code")
    static let signOut = SitePath("/sign-out")
    static let home = SitePath("/home")
    static let account = SitePath("/account")
    static let accountMembership = SitePath("/account/membership")
    static let accountPassword = SitePath("/account/password")
    static let accountTokens = SitePath("/account/tokens")
    static let accountTokenRevoke = SitePath1<UUID>("/account/tokens/{id}/revoke")
    static let passwordReset = SitePath("/password-reset")
    static let passwordResetLink = SitePath1<String>("/password-reset/{token}")
    static let apiMe = SitePath("/api/v1/me")

    static func register(in table: inout RouteTable, services: AppServices) {
        let pages = AccountPagesController(services: services)
        let passwords = PasswordPagesController(services: services)
        let me = MeAPI(services: services)

        table.add(.get, apiMe, .action(.identifySelf), me.show)
        table.add(.get, signIn, .anyone, pages.signInForm)
        table.add(.post, signIn, .anyone, pages.signIn)
        let codes = StudentAccountsController(services: services)
        table.add(.get, signInCode, .anyone, codes.codeForm)
        table.add(.post, signInCode, .anyone, codes.redeem)
        table.add(.post, signOut, .action(.manageOwnAccount), pages.signOut)
        table.add(.get, home, .action(.manageOwnAccount), StartPageController(services: services).page)
        table.add(.get, account, .action(.manageOwnAccount), pages.account)
        table.add(.post, accountMembership, .action(.manageOwnAccount), pages.switchMembership)
        table.add(.post, accountPassword, .action(.manageOwnAccount), pages.changePassword)
        table.add(.get, accountTokens, .action(.manageAPITokens), pages.tokens)
        table.add(.post, accountTokens, .action(.manageAPITokens), pages.createToken)
        table.add(.post, accountTokenRevoke, .action(.manageAPITokens), pages.revokeToken)
        table.add(.get, passwordReset, .anyone, passwords.resetForm)
        table.add(.post, passwordReset, .anyone, passwords.requestReset)
        table.add(.get, passwordResetLink, .anyone, passwords.chooseForm)
        table.add(.post, passwordResetLink, .anyone, passwords.choose)
    }
}
