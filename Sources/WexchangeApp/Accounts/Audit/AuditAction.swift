import Foundation

/// Everything the audit log records: the stored code (kept stable: the API and old entries use
/// it), what it acts on, and how it reads on the audit page.
enum AuditAction: String, CaseIterable, Sendable {
    case listingApprove = "listing.approve"
    case listingReturn = "listing.return"
    case badgeGrant = "badge.grant"
    case badgeRevoke = "badge.revoke"
    case memberInvite = "member.invite"
    case memberAccept = "member.accept"
    case memberRemove = "member.remove"
    case reviewShow = "review.show"
    case reviewHide = "review.hide"
    case providerTrust = "provider.trust"
    case providerUntrust = "provider.untrust"
    case studentsImport = "students.import"
    /// A student's record was read (every read is attributable: students issue).
    case studentRead = "student.read"
    /// A school's list of students was read.
    case studentsList = "students.list"
    case journeyRecord = "journey.record"
    case journeyGoals = "journey.goals"
    case journeyReflect = "journey.reflect"
    case schoolTarget = "school.target"
    case studentsPseudonymise = "students.pseudonymise"
    /// Student accounts made from the cohort.
    case studentsAccounts = "students.accounts"
    /// A new sign-in code for one student (a lost sheet).
    case studentCode = "student.code"
    case roundCreate = "round.create"
    /// Preferences opened: the round's settings are fixed from here.
    case roundOpen = "round.open"
    case roundPledge = "round.pledge"
    case roundWithdraw = "round.withdraw"
    /// A student's ranked choices in a round, set by them or by staff for them.
    case roundPreferences = "round.preferences"
    case roundRun = "round.run"
    case roundPublish = "round.publish"
    /// Places that came back (declined, refused, lapsed) offered again to students still without one.
    case roundReclear = "round.reclear"
    case offerAccept = "offer.accept"
    case offerDecline = "offer.decline"
    /// Not answered by its deadline (recorded by the system).
    case offerLapse = "offer.lapse"
    /// A provider called off a confirmed placement.
    case offerCancel = "offer.cancel"
    case consentGive = "offer.consent"
    case consentRefuse = "offer.consent_refused"
    /// A provider read who is coming on a placement (preferred name, year, school, needs, contact).
    case placementRead = "placement.read"
    /// A provider recorded a placement's attendance, feedback or what it delivered.
    case placementRecord = "placement.record"
    /// A placement's last day passed and it became a journey entry (recorded by the system).
    case placementComplete = "placement.complete"
    /// A place asked for, by the student or staff for them.
    case requestMake = "request.make"
    case requestAccept = "request.accept"
    case requestDecline = "request.decline"
    case requestWithdraw = "request.withdraw"
    /// Not answered by the provider in time (recorded by the system).
    case requestExpire = "request.expire"
    /// A private calendar link made (stopping any before it), or stopped; its subject is the person.
    case calendarLink = "calendar.link"
    case calendarStop = "calendar.stop"
    /// A provider read who asked (preferred name, year, school, needs, their note).
    case requestRead = "request.read"

    /// Actions on a school's student data as a whole (their subject is the school), which its
    /// careers leader's log of reads shows beside the reads of each record.
    static let schoolStudentData: [AuditAction] = [.studentsImport, .studentsList, .schoolTarget, .studentsPseudonymise, .studentsAccounts]

    /// What the action is done to, which says where its subject's title is found.
    enum Subject: String, Sendable {
        case opportunity, badge, user, review, provider, organisation, student, round
    }

    var subject: Subject {
        switch self {
        case .listingApprove, .listingReturn: .opportunity
        case .badgeGrant, .badgeRevoke: .badge
        case .memberInvite, .memberAccept, .memberRemove, .calendarLink, .calendarStop: .user
        case .reviewShow, .reviewHide: .review
        case .providerTrust, .providerUntrust: .provider
        case .studentsImport, .studentsList, .schoolTarget, .studentsPseudonymise, .studentsAccounts: .organisation
        case .studentRead, .journeyRecord, .journeyGoals, .journeyReflect, .studentCode, .roundPreferences, .offerAccept, .offerDecline,
            .offerLapse, .offerCancel, .consentGive, .consentRefuse, .placementRead, .placementRecord,
            .placementComplete, .requestMake, .requestAccept, .requestDecline,
            .requestWithdraw,
            .requestExpire, .requestRead:
            .student
        case .roundCreate, .roundOpen, .roundPledge, .roundWithdraw, .roundRun, .roundPublish, .roundReclear: .round
        }
    }

    /// The event as a sentence fragment: "Approved listing".
    var label: String {
        switch self {
        case .listingApprove: "Approved listing"
        case .listingReturn: "Returned listing to provider"
        case .badgeGrant: "Granted badge"
        case .badgeRevoke: "Revoked badge"
        case .memberInvite: "Invited member"
        case .memberAccept: "Accepted invitation"
        case .memberRemove: "Removed member"
        case .reviewShow: "Showed review comment"
        case .reviewHide: "Hid review comment"
        case .providerTrust: "Trusted provider (listings skip moderation)"
        case .providerUntrust: "Stopped trusting provider"
        case .studentsImport: "Imported students"
        case .studentRead: "Read student record"
        case .studentsList: "Listed students"
        case .journeyRecord: "Recorded an experience"
        case .journeyGoals: "Set goals for an experience"
        case .journeyReflect: "Reflected on an experience"
        case .schoolTarget: "Chose the school's work experience target"
        case .studentsPseudonymise: "Pseudonymised students who left long ago"
        case .studentsAccounts: "Made student accounts"
        case .studentCode: "Made a new sign-in code"
        case .roundCreate: "Created allocation round"
        case .roundOpen: "Opened round for preferences"
        case .roundPledge: "Pledged places to round"
        case .roundWithdraw: "Withdrew places from round"
        case .roundPreferences: "Set choices in a round"
        case .roundRun: "Ran allocation round"
        case .roundPublish: "Published round's offers"
        case .roundReclear: "Re-cleared the round's returned places"
        case .offerAccept: "Accepted an offer"
        case .offerDecline: "Declined an offer"
        case .offerLapse: "Offer not answered by its deadline"
        case .offerCancel: "Provider cancelled a placement"
        case .consentGive: "Gave consent to a placement"
        case .consentRefuse: "Refused consent to a placement"
        case .placementRead: "Provider read a placement's student details"
        case .calendarLink: "Made a private calendar link"
        case .calendarStop: "Stopped a private calendar link"
        case .placementRecord: "Provider recorded a placement's attendance and feedback"
        case .placementComplete: "Placement finished and added to the journey"
        case .requestMake: "Asked a provider for a place"
        case .requestAccept: "Provider accepted a request for a place"
        case .requestDecline: "Provider declined a request for a place"
        case .requestWithdraw: "Withdrew a request for a place"
        case .requestExpire: "Request not answered by the provider in time"
        case .requestRead: "Provider read who asked for a place"
        }
    }

    /// How a stored code reads, also for codes this version does not know.
    static func label(forCode code: String) -> String {
        AuditAction(rawValue: code)?.label ?? code
    }
}
