import FluentKit
import Foundation
import WexchangeCore

/// Student accounts made in bulk from the cohort (students issue): a student with an email gets
/// an invitation to choose a password; one without gets a sign-in name and a one-time code on a
/// sheet the school prints. Either way the account is a student membership of the school and the
/// record is linked to it, so the access policy applies as to any student.
struct StudentAccounts: Sendable {
    let accounts: AccountService
    let outbox: Outbox
    let now: @Sendable () -> Date
    let publicURL: String

    var storage: Storage { accounts.storage }

    /// Long enough for a sheet to go round form groups and half-term.
    static let codeLifetime: TimeInterval = 28 * 24 * 60 * 60

    /// How wrong codes slow down. A class types its codes together behind the school's one
    /// network address, and mistypes some, so an address may get many wrong (and the count is
    /// kept apart from passwords', so a class's typos never slow its teachers' sign-ins); each
    /// typed code counts as its own "account", so nobody's typos hold up anyone else's code. At
    /// 300 wrong codes a quarter hour per address, 59 bits of code are far beyond guessing.
    static let codeLimits = LoginThrottle.Limits(
        perAccount: 10, perAddress: 300, window: 15 * 60, perAccountAndAddress: 5, accountCap: 60)

    /// The token a printed code stands for: codes are typed, tokens are what links carry, and
    /// only the token's hash is stored (as for every other one-time link).
    static func token(forCode code: String) -> String {
        Secret.Kind.oneTime.rawValue + Secret.hash("sign-in code " + code)
    }

    struct Counts: Sendable, Equatable {
        var onRoll = 0
        var withAccount = 0
        var withEmail = 0
        var withoutEmail = 0
    }

    /// One student's line on the printed sheet.
    struct Card: Sendable {
        let name: String
        let year: Int
        let signInName: String
        let code: String
    }

    struct Outcome: Sendable {
        /// Invited by email, by name.
        var invited: [String] = []
        var cards: [Card] = []
        /// Not given an account, with why: "Sam Smith: sam@x.test already has an account".
        var skipped: [String] = []
    }

    /// Who on roll (in `year`, or every year) has an account, and how the rest would get one.
    func counts(school: UUID, year: Int? = nil) async throws -> Counts {
        var counts = Counts()
        for student in try await onRoll(school: school, year: year, on: storage.database) {
            counts.onRoll += 1
            if student.userId != nil {
                counts.withAccount += 1
            } else if student.email != nil {
                counts.withEmail += 1
            } else {
                counts.withoutEmail += 1
            }
        }
        return counts
    }

    /// Makes an account for every student on roll (in `year`, or every year) who has none, in one
    /// transaction. The codes are in the outcome only: they are never stored, so the sheet is
    /// printed now or the codes made again.
    func create(school: UUID, year: Int?, by identity: Identity) async throws -> Outcome {
        let at = now()
        return try await storage.transaction { db in
            var outcome = Outcome()
            for student in try await onRoll(school: school, year: year, on: db) where student.userId == nil {
                let name = student.record.displayName
                if let email = student.email {
                    if try await UserModel.query(on: db).filter(\.$email == email).first() != nil {
                        outcome.skipped.append("\(name): \(email) already has an account; invite it from the organisation page")
                        continue
                    }
                    let user = try await account(login: email, for: student, on: db)
                    let token = Secret.generate(.oneTime)
                    try await OneTimeTokenModel(
                        tokenHash: Secret.hash(token), userID: try user.requireID(), purpose: .invitation,
                        expiresAt: at.addingTimeInterval(PasswordService.invitationLifetime)
                    ).create(on: db)
                    try await outbox.send(
                        to: email, subject: "Your Wexchange account",
                        body: """
                            \(identity.organisationName) has made you a Wexchange account, to see your work experience journey and find places.
                            Choose your password here within 14 days:

                            \(publicURL)\(OrganisationRoutes.invitationLink.link(token))
                            """, on: db)
                    outcome.invited.append(name)
                } else {
                    let login = try await freeSignInName(for: student, on: db)
                    let user = try await account(login: login, for: student, on: db)
                    outcome.cards.append(try await card(for: student, user: user, at: at, on: db))
                }
            }
            let made = outcome.invited.count + outcome.cards.count
            if made > 0 {
                try await AuditLog.record(
                    .studentsAccounts, school, reason: "\(outcome.invited.count) invited by email, \(outcome.cards.count) sign-in codes",
                    by: identity, at: at, in: db)
            }
            return outcome
        }
    }

    /// A fresh code for one student whose account has a sign-in name (a lost sheet): every
    /// earlier code of theirs stops working.
    func newCode(student id: UUID, by identity: Identity) async throws -> Card {
        let at = now()
        return try await storage.transaction { db in
            guard let student = try await StudentModel.find(id, on: db), let userId = student.userId,
                let user = try await UserModel.find(userId, on: db)
            else { throw AppError.notFound("This student's account") }
            guard !user.email.contains("@") else {
                throw AppError(
                    .conflict, code: "has_email",
                    message:
                        "\(student.record.displayName) signs in with their email address: they can reset their password from the sign-in page"
                )
            }
            try await OneTimeTokenModel.query(on: db).filter(\.$user.$id == userId).filter(\.$usedAt == nil).set(\.$usedAt, to: at).update()
            let card = try await card(for: student, user: user, at: at, on: db)
            try await AuditLog.record(.studentCode, id, by: identity, at: at, in: db)
            return card
        }
    }

    /// Whether the student's account signs in with a name from a printed sheet (not an email).
    func signsInWithCode(_ student: StudentModel) async throws -> Bool {
        guard let userId = student.userId, let user = try await UserModel.find(userId, on: storage.database) else { return false }
        return !user.email.contains("@")
    }

    private func onRoll(school: UUID, year: Int?, on db: any Database) async throws -> [StudentModel] {
        let query = StudentModel.query(on: db).filter(\.$school.$id == school).filter(\.$leftAt == nil)
        if let year { query.filter(\.$yearGroup == year) }
        return try await query.sort(\.$yearGroup).sort(\.$legalSurname).sort(\.$legalForename).sort(\.$id).all()
    }

    /// The user and student membership for a record, linked to it. `login` is an email address
    /// or a sign-in name; either is what the student types to sign in.
    private func account(login: String, for student: StudentModel, on db: any Database) async throws -> UserModel {
        let user = UserModel(email: login, name: student.record.displayName, passwordHash: nil)
        try await user.create(on: db)
        let userId = try user.requireID()
        try await MembershipModel(
            userID: userId, organisationID: student.$school.id, role: Role.student.rawValue, yearGroup: student.yearGroup
        )
        .create(on: db)
        student.userId = userId
        try await student.update(on: db)
        return user
    }

    private func card(for student: StudentModel, user: UserModel, at: Date, on db: any Database) async throws -> Card {
        let code = SignInCode.generate()
        try await OneTimeTokenModel(
            tokenHash: Secret.hash(Self.token(forCode: code)), userID: try user.requireID(), purpose: .invitation,
            expiresAt: at.addingTimeInterval(Self.codeLifetime)
        ).create(on: db)
        return Card(name: student.record.displayName, year: student.yearGroup, signInName: user.email, code: code)
    }

    /// `zebedee.q4821`: the first free number of four digits, drawn at random.
    private func freeSignInName(for student: StudentModel, on db: any Database) async throws -> String {
        let record = student.record
        for _ in 0..<50 {
            let name = SignInCode.signInName(
                forename: record.preferredForename ?? record.legalForename, surname: record.preferredSurname ?? record.legalSurname,
                number: Int.random(in: 1000...9999))
            if try await UserModel.query(on: db).filter(\.$email == name).first() == nil { return name }
        }
        throw AppError(.conflict, code: "no_free_name", message: "no free sign-in name for \(record.displayName); try again")
    }
}
