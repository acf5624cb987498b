import Foundation
@testable import WexchangeApp
import WexchangeCohort
import WexchangeCore
import WexchangeGeo
import WexchangeSearch
import WexchangeTestSupport

/// One sample of every page the site renders, with `text` in every string field a person or
/// another system can set: names, titles, summaries, addresses, outcomes, badge names, review
/// comments, organisation and user names, query values, error messages, field errors.
enum PageSamples {
    static let gazetteer = Gazetteer.bundled

    /// How samples get their ids: fresh ones, or the same ones every run (for snapshots).
    enum IDs { case random, sequential }

    static func all(_ text: String, ids: IDs = .random) throws -> [(name: String, page: any PageView)] {
        var counter = 0
        func UUID() -> Foundation.UUID {
            guard ids == .sequential else { return Foundation.UUID() }
            counter += 1
            return Foundation.UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", counter))!
        }
        let viewer = try requireViewerHelper(text, id: UUID())
        let details = try Self.details(text)
        let provider = CatalogueProvider(
            id: UUID(), name: text,
            badges: [.init(name: text, grantedBy: text, expires: CalendarDate(iso: "2099-01-01")!)],
            rating: ProviderRating(average: 4, count: 2))
        let entry = CatalogueEntry(
            id: UUID(), providerId: provider.id, details: details, placesTaken: 1, createdAt: testNow, updatedAt: testNow)
        let index = CatalogueIndex().applying(.init(upserts: [entry], providers: [provider]))
        let parameters = OpportunityQuery.parameterNames.sorted().map { ($0, text) }
        let query = try OpportunityQuery.parse([("near", "NE1 4ST"), ("q", "")], gazetteer: gazetteer)
        let result = index.search(query, today: CalendarDate(testNow))
        let problem = FormProblem(AppError(.badRequest, code: "invalid", message: text, field: "email"))
        let member = InvitationService.Member(
            membershipId: UUID(), userId: UUID(), name: text, email: text, role: .student, yearGroup: 10,
            isPending: true)
        let organisation = OrganisationModel(id: UUID(), kind: OrganisationKind.school.rawValue, name: text)
        organisation.postcode = text
        organisation.urn = 100_000
        let approved = try Self.details("before " + text)
        let item = ModerationService.Item(
            id: UUID(), title: text, providerName: text, submittedAt: testNow, isVirtual: false, postcode: text,
            changes: Moderation.changes(from: approved, to: details), isNew: false, details: details, approved: approved,
            isPublished: false,
            isChange: false
        )
        let badge = BadgeService.Row(
            id: UUID(), providerId: UUID(), providerName: text, name: text, grantedBy: text, bodyId: nil, expires: text,
            evidence: text, revokedAt: nil, revokeReason: nil)
        let revoked = BadgeService.Row(
            id: UUID(), providerId: UUID(), providerName: text, name: text, grantedBy: text, bodyId: nil, expires: text,
            evidence: text, revokedAt: testNow, revokeReason: text)
        let form = [
            "email": text, "name": text, "role": text, "year": text, "student_email": text, "provider": text, "expires": text,
            "evidence": text,
        ]

        var opportunity = OpportunityPage(
            entry: entry, provider: provider, today: CalendarDate(testNow), viewer: viewer,
            notice: text, problem: problem)
        opportunity.reviews = [
            .init(id: UUID(), organisationName: text, stars: 4, comment: text, updatedAt: testNow, givenBeforeParticipation: true)
        ]
        opportunity.rating = .init(stars: 3, comment: text)
        // The search it came from, with the hostile text as its words (the back link carries them).
        opportunity.search = try OpportunityQuery.parse([("near", "NE1 4ST"), ("q", text)], gazetteer: gazetteer)

        return [
            (
                "SearchPage",
                SearchPage(
                    parameters: parameters, query: query, result: result, error: QueryError("near", text),
                    today: CalendarDate(testNow), viewer: viewer, cards: OpportunityCard.Cache(limit: { 1 }))
            ),
            ("OpportunityPage", opportunity),
            ("AboutPage", AboutPage()),
            ("AccessibilityStatementPage", AccessibilityStatementPage(contactEmail: text)),
            ("PrivacyNoticePage", PrivacyNoticePage(contactEmail: text)),
            ("CookiesPage", CookiesPage()),
            // Fixed content; the viewer's name and organisation carry the hostile text.
            ("DesignExamplesPage", DesignExamplesPage(viewer: viewer)),
            ("ContactPage", ContactPage(contactEmail: text)),
            ("ErrorPage", ErrorPage(error: AppError(.badRequest, code: "invalid", message: text))),
            ("SignInPage", SignInPage(email: text, next: "/" + text, csrf: text, problem: problem)),
            (
                "AccountPage",
                AccountPage(
                    viewer: viewer, email: text,
                    memberships: [
                        .init(id: UUID(), role: .careersLeader, organisationName: text, isCurrent: false),
                        .init(id: UUID(), role: .student, organisationName: text, isCurrent: true),
                    ],
                    notice: text, problem: problem)
            ),
            (
                "APITokensPage",
                APITokensPage(
                    viewer: viewer, tokens: [.init(id: UUID(), label: text, role: text, createdAt: testNow)], newToken: text,
                    problem: problem)
            ),
            (
                "StartPage",
                StartPage(
                    viewer: viewer,
                    tasks: [
                        .init(
                            heading: text, summary: text, link: CatalogueRoutes.providerListings.link, linkText: text,
                            items: [(text, CatalogueRoutes.providerListing.link(UUID()))]),
                        .init(heading: text, summary: text, link: "/", linkText: text),
                    ])
            ),
            ("PasswordResetRequestPage", PasswordResetRequestPage(csrf: text, email: text, sent: true, problem: problem)),
            ("ChoosePasswordPage", ChoosePasswordPage(title: text, action: "/password-reset/" + text, csrf: text, problem: problem)),
            (
                "AcceptRolePage",
                AcceptRolePage(
                    offer: .init(organisationName: text, role: .schoolStaff, inviterName: text),
                    action: "/invitations/" + text, csrf: text)
            ),
            (
                "OrganisationPage",
                OrganisationPage(
                    viewer: viewer,
                    members: [
                        member,
                        {
                            var offer = member; offer.isOffer = true; return offer
                        }(),
                    ],
                    canManage: true, kind: .careersHub, schools: [organisation], form: form, notice: text,
                    problem: problem)
            ),
            (
                "OrganisationsPage",
                OrganisationsPage(
                    viewer: viewer, kind: .school, rows: [organisation], pagination: Pagination(requested: "2", pageSize: 1, total: 3),
                    search: text)
            ),
            (
                "AuditLogPage",
                AuditLogPage(
                    viewer: viewer,
                    entries: [
                        .init(
                            at: testNow, who: text, actingAs: text, credential: text, event: text, subjectId: UUID(), subjectType: .student,
                            subject: text, reason: text)
                    ], pagination: Pagination(requested: "2", pageSize: 1, total: 3), subject: UUID())
            ),
            (
                "AuditLogPage for a school",
                AuditLogPage(
                    viewer: viewer,
                    entries: [
                        .init(
                            at: testNow, who: text, actingAs: text, credential: text, event: text, subjectId: UUID(), subjectType: .student,
                            subject: text, reason: text)
                    ], pagination: Pagination(requested: "1", pageSize: 1, total: 1), subject: nil, scope: .school)
            ),
            ("ModerationQueuePage", ModerationQueuePage(viewer: viewer, items: [item], notice: text)),
            (
                "ConfirmationPage",
                ConfirmationPage(
                    viewer: viewer, heading: "Close “\(text)”?", consequences: [text], action: "/provider/listings/x/close",
                    confirmLabel: "Yes, close it", back: "/provider/listings")
            ),
            (
                "ConfirmationPage with a reason",
                ConfirmationPage(
                    viewer: viewer, heading: "Revoke “\(text)”?", consequences: [text], action: "/badges/x/revoke",
                    confirmLabel: "Revoke badge", back: "/badges", reason: .init(label: text, hint: text, value: text),
                    problem: FormProblem(AppError(.badRequest, code: "invalid", message: text, field: "reason")))
            ),
            ("ModerationItemPage", ModerationItemPage(viewer: viewer, item: item, today: CalendarDate(testNow), problem: problem)),
            (
                "ModerationItemPage published",
                ModerationItemPage(
                    viewer: viewer,
                    item: .init(
                        id: item.id, title: text, providerName: text, submittedAt: testNow, isVirtual: false, postcode: text, changes: [],
                        isNew: false, details: details, approved: details, isPublished: true, isChange: false), today: CalendarDate(testNow)
                )
            ),
            (
                "ModerationItemPage change to a live listing",
                ModerationItemPage(
                    viewer: viewer,
                    item: .init(
                        id: item.id, title: text, providerName: text, submittedAt: testNow, isVirtual: false, postcode: text,
                        changes: item.changes, isNew: false, details: details, approved: approved, isPublished: true, isChange: true),
                    today: CalendarDate(testNow))
            ),
            (
                "BadgesPage",
                BadgesPage(
                    viewer: viewer, rows: [badge, revoked], pagination: Pagination(requested: "1", pageSize: 2, total: 3), search: text,
                    form: form, notice: text, problem: problem)
            ),
            (
                "ReviewModerationPage",
                ReviewModerationPage(
                    viewer: viewer,
                    pending: [
                        .init(
                            id: UUID(), opportunityId: UUID(), opportunityTitle: text,
                            organisationName: text, stars: 2, comment: text,
                            reports: 1)
                    ], notice: text)
            ),
            (
                "ProviderListingsPage",
                ProviderListingsPage(
                    viewer: viewer,
                    rows: [
                        .init(
                            id: UUID(), title: text, status: .returned, reason: text,
                            updatedAt: testNow),
                        .init(
                            id: UUID(), title: text, status: .published, reason: nil,
                            updatedAt: testNow),
                        .init(
                            id: Foundation.UUID(uuidString: "10000000-0000-4000-8000-000000000001")!, title: text, status: .published,
                            reason: text,
                            updatedAt: testNow, change: .returned),
                    ], notice: text)
            ),
            (
                "ListingImportPage",
                ListingImportPage(
                    viewer: viewer, full: true,
                    problems: ListingImportPage.problems([
                        .init(line: 4, externalId: text, field: "postcode", message: text), .init(line: 1, field: text, message: text),
                    ]))
            ),
            (
                "ListingImportPreviewPage",
                ListingImportPreviewPage(
                    viewer: viewer, pendingId: Foundation.UUID(uuidString: "10000000-0000-4000-8000-000000000002")!, fileName: text,
                    rows: 3, full: true,
                    plan: FeedImportService.Plan(
                        creates: [details],
                        updates: [
                            (
                                try OpportunityModel(
                                    providerID: Foundation.UUID(uuidString: "10000000-0000-4000-8000-000000000003")!, source: "csv",
                                    details: details, trusted: false, now: testNow),
                                details, Moderation.changes(from: approved, to: details)
                            )
                        ],
                        unchanged: 1,
                        closes: [
                            try OpportunityModel(
                                providerID: Foundation.UUID(uuidString: "10000000-0000-4000-8000-000000000003")!, source: "csv",
                                details: details, trusted: false, now: testNow)
                        ]))
            ),
            (
                "ListingForm",
                ListingForm(
                    viewer: viewer, action: "/provider/listings", heading: text, input: details.input,
                    problems: [.init(field: "title", message: text)], problemMessage: text)
            ),
            (
                "ListingForm opened at a part",
                ListingForm(viewer: viewer, action: "/provider/listings", heading: text, input: details.input, focus: .gains)
            ),
            (
                "ListingCheckPage",
                ListingCheckPage(
                    viewer: viewer, action: "/provider/listings", input: details.input,
                    form: FormBody(pairs: [("title", text), (text, text), ("intent", "check"), (CSRF.field, text)]))
            ),
        ] + (try students(text, viewer: viewer, id: UUID)) + (try offers(text, viewer: viewer, id: UUID))
            + rounds(text, viewer: viewer, id: UUID) + (try requests(text, id: UUID))
    }

    /// The offer pages, with `text` in every title, name, reason, consent field and problem.
    static func offers(_ text: String, viewer: Viewer, id: () -> UUID) throws -> [(name: String, page: any PageView)] {
        let details = try Self.details(text)
        let deadline = CalendarDate(iso: "2027-02-01")!
        func summary(_ state: OfferState) -> OfferReader.Summary {
            OfferReader.Summary(
                id: id(), state: state, title: text, providerName: text, deadline: deadline, consentBy: deadline.adding(days: 7),
                studentName: text, roundName: text)
        }
        let consent = ConsentModel(
            offerId: id(),
            parentUserId: id(),
            consent: .given(EmergencyContact(name: text, phone: text, relationship: text), medicalNotes: text, signedName: text),
            facts: text, at: testNow)
        func detail(_ state: OfferState, consent: ConsentModel? = nil) -> OfferReader.Detail {
            OfferReader.Detail(
                summary: summary(state), studentId: id(), facts: PlacementFacts(details, providerName: text), needsConsent: true,
                headline: text, reasons: [text, text], consent: consent)
        }
        let placement = PlacementReader.Placement(
            heading: PlacementHeading(
                offerId: id(), state: .confirmed, title: text, dates: text, studentName: text, yearGroup: 10, schoolName: text),
            accessNeeds: [text],
            emergencyContact: EmergencyContact(name: text, phone: text, relationship: text), medicalNotes: text)
        return [
            ("OffersPage", OffersPage(viewer: viewer, forParent: false, offers: [summary(.offered), summary(.confirmed)])),
            ("OffersPage for a parent", OffersPage(viewer: viewer, forParent: true, offers: [summary(.accepted), summary(.lapsed)])),
            ("OffersPage empty", OffersPage(viewer: viewer, forParent: false, offers: [])),
            (
                "OfferPage",
                OfferPage(
                    viewer: viewer, detail: detail(.offered), mayAnswer: true, mayConsent: false, done: nil,
                    problem: FormProblem(field: OfferPage.answerField, message: text))
            ),
            (
                "OfferPage confirmed",
                OfferPage(
                    viewer: viewer, detail: detail(.confirmed, consent: consent), mayAnswer: false, mayConsent: true, done: "consented")
            ),
            ("OfferPage waiting for consent", OfferPage(viewer: viewer, detail: detail(.accepted), mayAnswer: false, mayConsent: true)),
            (
                "ConsentForm",
                ConsentForm(
                    viewer: viewer, offerId: id(), studentName: text, facts: PlacementFacts(details, providerName: text),
                    input: ConsentInput(
                        decision: "give", emergencyName: text, emergencyPhone: text, relationship: text, medicalNotes: text,
                        signedName: text, declaration: text),
                    problems: [
                        "decision", "emergency_name", "emergency_phone", "relationship", "medical_notes", "declaration", "signed_name",
                    ]
                    .map { FieldError($0, text) })
            ),
            ("PlacementsPage", PlacementsPage(viewer: viewer, placements: [placement])),
            (
                "PlacementsPage with a problem",
                PlacementsPage(
                    viewer: viewer, placements: [placement], cancelled: true,
                    problem: FormProblem(field: PlacementsPage.reasonId(placement.offerId), message: text))
            ),
            ("PlacementsPage empty", PlacementsPage(viewer: viewer, placements: [])),
        ] + placementRecords(text, viewer: viewer, details: details)
    }

    /// One placement's attendance and feedback as its provider records them, and the student's
    /// offer once it has finished. Fixed ids, so the samples before them keep theirs.
    static func placementRecords(
        _ text: String, viewer: Viewer, details: OpportunityDetails
    ) -> [(name: String, page: any PageView)] {
        let offerId = UUID(uuidString: "00000000-0000-0000-0000-0000000000a1")!
        let summary = OfferReader.Summary(
            id: offerId, state: .completed, title: text, providerName: text, deadline: CalendarDate(iso: "2027-02-01")!,
            consentBy: CalendarDate(iso: "2027-02-08")!, wasAccepted: true, studentName: text, roundName: nil)
        let days = PlacementRules.days(
            of: .fixed([DateRange(start: CalendarDate(iso: "2027-07-05")!, end: CalendarDate(iso: "2027-07-09")!)]))
        let record = PlacementRecord(
            attendance: [days[0]: .attended, days[1]: .absent], feedback: text, delivered: TaxonomySet([.employerTask]))
        func detail(_ state: OfferState, today: Int) -> PlacementRecords.Detail {
            PlacementRecords.Detail(
                heading: PlacementHeading(
                    offerId: offerId, state: state, title: text, dates: text, studentName: text, yearGroup: 10, schoolName: text),
                days: days, today: days[0].adding(days: today), record: record)
        }
        var withProblems = PlacementPage(viewer: viewer, detail: detail(.confirmed, today: 2))
        withProblems.problems = [
            FieldError(PlacementRules.field(days[0]), text), FieldError(PlacementPage.feedbackField, text),
            FieldError(PlacementPage.deliveredField, text), FieldError("", text),
        ]
        var saved = PlacementPage(viewer: viewer, detail: detail(.completed, today: 10))
        saved.saved = true
        var finished = OfferReader.Detail(
            summary: summary, studentId: offerId, facts: PlacementFacts(details, providerName: text), needsConsent: true, headline: nil,
            reasons: [], consent: nil)
        finished.record = record
        finished.placementDays = days
        finished.journeyEntryId = UUID(uuidString: "00000000-0000-0000-0000-0000000000a2")!
        return [
            ("PlacementPage", withProblems),
            ("PlacementPage saved after it finished", saved),
            ("PlacementPage before it starts", PlacementPage(viewer: viewer, detail: detail(.confirmed, today: -3))),
            ("PlacementPage cancelled", PlacementPage(viewer: viewer, detail: detail(.cancelled, today: 1))),
            ("OfferPage finished", OfferPage(viewer: viewer, detail: finished, mayAnswer: false, mayConsent: false)),
            ("CalendarLinkPage", CalendarLinkPage(viewer: viewer, forStudent: true, madeAt: nil)),
            (
                "CalendarLinkPage with a new link",
                CalendarLinkPage(viewer: viewer, forStudent: true, madeAt: testNow, newAddress: "https://wex.test/calendar/\(text).ics")
            ),
            ("CalendarLinkPage for a provider, stopped", CalendarLinkPage(viewer: viewer, forStudent: false, madeAt: nil, stopped: true)),
        ]
    }

    /// The request pages as a provider, a student and school staff see them, with `text` in every
    /// title, name, note, reason and problem.
    static func requests(_ text: String, id: () -> UUID) throws -> [(name: String, page: any PageView)] {
        let provider = try requireViewerHelper(text, id: id(), role: .providerAdmin)
        let student = try requireViewerHelper(text, id: id(), role: .student)
        let staff = try requireViewerHelper(text, id: id(), role: .careersLeader)
        let day = CalendarDate(iso: "2027-01-20")!
        func summary(_ state: PlaceRequestState, offer: UUID? = nil) -> PlaceRequestReader.Summary {
            PlaceRequestReader.Summary(
                id: id(), state: state, opportunityId: id(), title: text, providerName: text, studentId: id(), studentName: text,
                yearGroup: 10, schoolName: text, accessNeeds: [text], message: text, answerBy: day, reason: text, offerId: offer,
                requestedOn: day)
        }
        let waiting = summary(.requested)
        var refused = RequestsPage(viewer: provider, requests: [waiting, summary(.accepted), summary(.declined)])
        refused.problem = FormProblem(field: RequestsPage.reasonId(waiting.id), message: text)
        refused.problemRequest = waiting.id
        var asked = RequestsPage(viewer: student, requests: [summary(.requested), summary(.accepted, offer: id()), summary(.declined)])
        asked.done = .sent
        var form = RequestForm(
            viewer: student, opportunityId: id(), studentId: id(), title: text, providerName: text, dates: text, studentName: text,
            forStudent: true)
        form.message = text
        form.problems = [FieldError(RequestForm.messageField, text)]
        var refusedForm = RequestForm(
            viewer: staff, opportunityId: id(), studentId: id(), title: text, providerName: text, dates: text, studentName: text,
            forStudent: false)
        refusedForm.refusal = text
        var chooser = RequestStudentPage(viewer: staff, opportunityId: id(), title: text, years: [10, 11], students: [(id(), text)])
        chooser.problem = FormProblem(field: RequestStudentPage.studentField, message: text)
        return [
            ("RequestsPage", refused),
            ("RequestsPage for a student", asked),
            ("RequestsPage for staff", RequestsPage(viewer: staff, requests: [summary(.withdrawn), summary(.expired)])),
            ("RequestsPage empty", RequestsPage(viewer: student, requests: [])),
            ("RequestForm", form),
            ("RequestForm refused, for staff", refusedForm),
            ("RequestStudentPage", chooser),
            (
                "RequestStudentPage with nobody",
                RequestStudentPage(viewer: staff, opportunityId: id(), title: text, years: [12], students: [])
            ),
        ]
    }

    /// The round pages, with `text` in the round's name, who runs it, each place, its cutoff and
    /// the problem; a round of each state, as its managers and as anyone else see it.
    static func rounds(_ text: String, viewer: Viewer, id: () -> UUID) -> [(name: String, page: any PageView)] {
        let settings = RoundSettings(
            name: text, preferencesOpen: CalendarDate(iso: "2027-01-04")!, preferencesClose: CalendarDate(iso: "2027-01-15")!,
            offerDeadline: CalendarDate(iso: "2027-02-01")!)
        func summary(_ state: RoundState) -> RoundReader.Summary {
            RoundReader.Summary(id: id(), name: text, runBy: text, state: state, settings: settings)
        }
        let pledges = [
            RoundReader.Pledge(
                opportunityId: id(), title: text, providerName: text, places: 8, priority: nil,
                cutoff: text),
            RoundReader.Pledge(
                opportunityId: id(), title: text, providerName: text, places: 6, priority: [.send, .disadvantaged], cutoff: nil),
        ]
        let totals = RoundRunner.Totals(students: 61, placedByChoice: 12, placedByClearing: 2, unplaced: 47, placesLeft: 0)
        let groups = [
            RoundRunReport.Group(name: "disadvantaged", students: 14, placed: 6, topThree: 5),
            RoundRunReport.Group(name: "send", students: 3, placed: 1, topThree: 1),
            RoundRunReport.Group(name: "no_prior", students: 40, placed: 9, topThree: 8),
            RoundRunReport.Group(name: "others", students: 0, placed: 0, topThree: 0),
        ]
        func detail(_ state: RoundState, results: Bool, manages: Bool) -> RoundReader.Detail {
            RoundReader.Detail(
                summary: summary(state), seed: 4_242_424_242, pledges: pledges, totals: results ? totals : nil,
                groups: results ? groups : nil, manages: manages)
        }
        let today = CalendarDate(iso: "2027-01-20")!
        let options = [
            RoundChoices.Option(id: id(), title: text, providerName: text, reasons: []),
            RoundChoices.Option(id: id(), title: text, providerName: text, reasons: []),
            RoundChoices.Option(id: id(), title: text, providerName: text, reasons: [text]),
        ]
        func choosing(closed: String?) -> RoundChoices.Choosing {
            RoundChoices.Choosing(
                roundId: id(), roundName: text, studentId: id(), studentName: text, settings: settings, options: options,
                chosen: [options[1].id], closed: closed)
        }
        var choices = ChoicesForm(viewer: viewer, choosing: choosing(closed: nil), forStudent: true)
        choices.problems = [FieldError(ChoicesForm.field(1), text), FieldError(ChoicesForm.field(2), text)]
        choices.chosen = [text, options[0].id.uuidString]
        var saved = ChoicesForm(viewer: viewer, choosing: choosing(closed: nil), forStudent: false)
        saved.saved = true
        var open = RoundPage(
            viewer: viewer, round: detail(.preferencesOpen, results: false, manages: false), today: CalendarDate(iso: "2027-01-10")!)
        open.ownChoices = RoundRoutes.choices.link(id(), id())
        var setUp = RoundForm(viewer: viewer, scope: .hub)
        setUp.input = RoundInput(
            name: text, priority: ["local", "send"], preferencesOpen: text, preferencesClose: "2027-2-31", offerDeadline: text)
        setUp.limitText = text
        setUp.problems = ["name", "preferences_open", "preferences_close", "offer_deadline", "preference_limit", "priority-2"].map {
            FieldError($0, text)
        }
        var list = RoundsPage(viewer: viewer, rounds: [summary(.preferencesOpen)])
        list.setsUp = true
        let pledgeRow = RoundService.Pledgeable(opportunityId: id(), title: text, placesLeft: 3, pledged: 2)
        var pledging = RoundPage(viewer: viewer, round: detail(.draft, results: false, manages: false), today: today, done: "pledged")
        pledging.pledgeable = [pledgeRow, RoundService.Pledgeable(opportunityId: id(), title: text, placesLeft: 1, pledged: 0)]
        pledging.problem = FormProblem(field: RoundPage.placesField(pledgeRow.opportunityId), message: text)
        var returned = detail(.published, results: true, manages: true)
        returned.reclearing = RoundReclearer.Waiting(students: 3, placesBack: 2)
        return [
            ("RoundForm", setUp),
            ("RoundForm for a school", RoundForm(viewer: viewer, scope: .school)),
            ("RoundsPage for those who set rounds up", list),
            ("ChoicesForm", choices),
            ("ChoicesForm saved, for staff", saved),
            ("ChoicesForm closed", ChoicesForm(viewer: viewer, choosing: choosing(closed: text), forStudent: true)),
            ("RoundPage open, as a student sees it", open),
            ("RoundPage with a provider's pledges", pledging),
            ("RoundPage with places back", RoundPage(viewer: viewer, round: returned, today: today, done: "recleared")),
            ("RoundsPage", RoundsPage(viewer: viewer, rounds: [summary(.draft), summary(.published)])),
            ("RoundsPage empty", RoundsPage(viewer: viewer, rounds: [])),
            ("RoundPage being set up", RoundPage(viewer: viewer, round: detail(.draft, results: false, manages: true), today: today)),
            (
                "RoundPage",
                RoundPage(
                    viewer: viewer, round: detail(.resultsReady, results: true, manages: true), today: today, done: "run",
                    problem: FormProblem(field: nil, message: text))
            ),
            (
                "RoundPage published, as a provider sees it",
                RoundPage(
                    viewer: viewer,
                    round: RoundReader.Detail(
                        summary: summary(.published), seed: 7, pledges: pledges, totals: totals, groups: nil, manages: false),
                    today: today)
            ),
        ] + roundResults(text, viewer: viewer, returned: returned, today: today)
    }

    /// A published round as a student without a place reads their result, and as their school's
    /// careers leader reads who is still without one. Fixed ids, so earlier samples keep theirs.
    static func roundResults(
        _ text: String, viewer: Viewer, returned: RoundReader.Detail, today: CalendarDate
    ) -> [(name: String, page: any PageView)] {
        var unplaced = RoundPage(viewer: viewer, round: returned, today: today)
        unplaced.ownResult = RoundResults.Own(headline: text, reasons: [text, text], offer: nil)
        var placed = RoundPage(viewer: viewer, round: returned, today: today)
        placed.ownResult = RoundResults.Own(headline: text, reasons: [], offer: UUID(uuidString: "00000000-0000-0000-0000-0000000000b1")!)
        var staff = RoundPage(viewer: viewer, round: returned, today: today)
        staff.unplaced = [
            RoundResults.Unplaced(
                studentId: UUID(uuidString: "00000000-0000-0000-0000-0000000000b2")!, name: text, yearGroup: 10, reasons: [text, text]),
            RoundResults.Unplaced(
                studentId: UUID(uuidString: "00000000-0000-0000-0000-0000000000b3")!, name: text, yearGroup: 11, reasons: []),
        ]
        var everyone = RoundPage(viewer: viewer, round: returned, today: today)
        everyone.unplaced = []
        var running = RoundPage(viewer: viewer, round: returned, today: today, done: "running")
        running.running = RoundRuns.Status(step: text, started: testNow, failure: nil)
        var stopped = RoundPage(viewer: viewer, round: returned, today: today)
        stopped.running = RoundRuns.Status(step: text, started: testNow, failure: text)
        return [
            ("RoundPage, a student without a place", unplaced),
            ("RoundPage, a placed student", placed),
            ("RoundPage, staff with students without a place", staff),
            ("RoundPage, staff with every student placed", everyone),
            ("RoundPage running", running),
            ("RoundPage whose run stopped", stopped),
        ]
    }

    /// The students pages, with `text` in every name, the file's name, its columns and problems.
    static func students(_ text: String, viewer: Viewer, id: () -> UUID) throws -> [(name: String, page: any PageView)] {
        var record = StudentFixtures.record(1, surname: text, forename: text)
        record.preferredForename = text
        record.postcode = "NE1 4ST"
        record.email = "pupil@example.org"
        record.disadvantage.insert(.freeSchoolMeals)
        let model = StudentModel(record, id: id())
        var entry = JourneyEntry(
            type: .workPlacement, providerName: text, mode: .inPerson, start: CalendarDate(iso: "2026-07-06")!,
            end: CalendarDate(iso: "2026-07-10")!, days: 5, yearGroup: 10)
        entry.meaningful = TaxonomySet([.reflection])
        var journeyInput = JourneyEntryInput()
        journeyInput.providerName = text
        journeyInput.days = text
        journeyInput.hoursPerDay = text
        journeyInput.start = text
        journeyInput.type = text
        var before = record
        before.year = 9
        before.legalSurname = "was " + text
        let file = try CohortFile(
            format: .csv,
            rows: [
                CohortRow(place: .line(2), record: record), CohortRow(place: .line(3), record: StudentFixtures.record(2, surname: text)),
            ],
            given: Set(StudentField.allCases), ignoredColumns: [text], source: text)
        let plan = CohortPlan(
            file: file,
            stored: [
                .init(id: "a", record: before),
                .init(id: "b", record: StudentFixtures.record(3, surname: text)),
            ], full: true)
        return [
            (
                "StudentsPage",
                StudentsPage(
                    viewer: viewer, rows: [StudentsPage.Row(model)], pagination: Pagination(requested: "2", pageSize: 1, total: 3),
                    counts: .init(onRoll: 3, disadvantaged: 1, sen: 0), filter: .init(year: 10, search: text, includeLeft: true),
                    canImport: true, notice: text)
            ),
            ("StudentPage", StudentPage(viewer: viewer, studentId: id(), record: record, hasAccount: true, leftAt: testNow)),
            (
                "StudentPage with an invitation refused",
                StudentPage(
                    viewer: viewer, studentId: id(), record: record, hasAccount: true, leftAt: nil, managesAccess: true,
                    signsInWithCode: true,
                    invite: .init(email: text, name: text, role: "parent"), problem: FormProblem(field: "email", message: text),
                    notice: text, openRounds: [.init(id: id(), name: text, closes: CalendarDate(iso: "2027-01-24")!)])
            ),
            (
                "StudentAccountsPage",
                StudentAccountsPage(viewer: viewer, counts: .init(onRoll: 3, withAccount: 1, withEmail: 1, withoutEmail: 1))
            ),
            (
                "SignInSheetPage",
                SignInSheetPage(
                    viewer: viewer, signInLink: "https://wexchange.test/sign-in/code?" + text,
                    outcome: .init(invited: [text], cards: [.init(name: text, year: 9, signInName: text, code: text)], skipped: [text]))
            ),
            ("SignInCodePage", SignInCodePage(code: text, csrf: text, problem: FormProblem(field: "code", message: text))),
            (
                "StudentJourneyPage",
                StudentJourneyPage(
                    viewer: viewer, studentId: id(), name: text, year: 10,
                    items: [
                        .init(
                            id: id(), entry: entry, reflection: Reflection(goals: text, text: text, ratings: [.listening: 2, .teamwork: 5])),
                        .init(id: id(), entry: entry, reflection: Reflection(goals: text)),
                    ],
                    progress: StudentProgress(year: 10, entries: [entry], policy: .statutory2025), policy: .statutory2025, canRecord: true,
                    canReflect: true, notice: text)
            ),
            (
                "JourneyEntryForm",
                JourneyEntryForm(
                    viewer: viewer, studentId: id(), name: text, input: journeyInput,
                    problems: [FieldError("provider_name", text), FieldError("start", text), FieldError("meaningful", text)])
            ),
            (
                "ReflectionForm",
                ReflectionForm(
                    part: .reflection, viewer: viewer, studentId: id(), entryId: id(), experience: text, goalsSet: text, goals: text,
                    text: text, ratings: [.listening: text, .speaking: "3"],
                    problems: [FieldError("reflection", text), FieldError(ReflectionRules.field(.teamwork), text)])
            ),
            (
                "ReflectionForm goals",
                ReflectionForm(
                    part: .goals, viewer: viewer, studentId: id(), entryId: id(), experience: text, goalsSet: nil, goals: text,
                    problems: [FieldError("goals", text)])
            ),
            (
                "SchoolProgressPage",
                SchoolProgressPage(
                    viewer: viewer,
                    progress: SchoolProgress(
                        policy: .report2023,
                        students: [(id(), record, [entry]), (id(), StudentFixtures.record(9, surname: text, year: 11), [])]),
                    pagination: Pagination(requested: "1", pageSize: 1, total: 1))
            ),
            (
                "HubProgressPage",
                HubProgressPage(
                    viewer: viewer,
                    progress: HubProgress(
                        hubName: text,
                        schools: [
                            (
                                text,
                                SchoolProgress(
                                    policy: .report2023,
                                    students: (0..<7).map { (id(), StudentFixtures.record(20 + $0, surname: text), [entry]) })
                            ),
                            (text + "2", SchoolProgress(policy: .statutory2025, students: [(id(), record, [])])),
                        ]))
            ),
            (
                "SchoolProgressPrintPage",
                SchoolProgressPrintPage(
                    viewer: viewer, schoolName: text, day: CalendarDate(testNow),
                    progress: SchoolProgress(
                        policy: .statutory2025,
                        students: [(id(), record, [entry]), (id(), StudentFixtures.record(9, surname: text, year: 11), [])]))
            ),
            (
                "StudentImportPage",
                StudentImportPage(
                    viewer: viewer, full: true,
                    problems: [
                        .init(CohortProblem(place: .line(4), upn: text, field: "date_of_birth", message: text)),
                        .init(place: nil, message: text),
                    ])
            ),
            (
                "StudentImportPreviewPage",
                StudentImportPreviewPage(
                    viewer: viewer, pendingId: id(), fileName: text, preview: .init(file: file, plan: plan), full: true)
            ),
        ]
    }

    /// Valid listing details whose free-text fields all hold `text`.
    static func details(_ text: String) throws -> OpportunityDetails {
        guard case .success(var details) = OpportunityRules.validate(.mock("x"), gazetteer: gazetteer) else { throw SampleError() }
        details.externalId = text
        details.title = text
        details.summary = text
        details.description = text
        details.outcomes = [text, text]
        details.sendOther = text
        details.howToApply = text
        details.dailyTimes = text
        details.whatToBring = text
        details.travelNotes = text
        details.location?.address = text
        return details
    }

    /// A signed-in national admin (or `role`) whose name and organisation name are `text` (the
    /// layout shows both).
    static func viewer(_ text: String, id: UUID = UUID(), role: Role = .nationalAdmin) -> Viewer? {
        Viewer(
            Identity(
                userId: id, name: text, membershipId: id, membership: Membership(organisationId: id, role: role),
                organisationName: text, credential: .session(id: id, csrfToken: text)))
    }

    struct SampleError: Error {}
}

/// `PageSamples.viewer`, or a thrown error.
private func requireViewerHelper(_ text: String, id: UUID, role: Role = .nationalAdmin) throws -> Viewer {
    guard let viewer = PageSamples.viewer(text, id: id, role: role) else { throw PageSamples.SampleError() }
    return viewer
}
