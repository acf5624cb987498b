import Foundation
import WexchangeCore
import WexchangeMatching

/// One round: its rules in words (so anyone can check how places were shared), the places
/// pledged and, once published, how far down each one's priority order they reached. The staff
/// running it also see the run's figures by priority group, and the next step to take.
struct RoundPage {
    let viewer: Viewer
    let round: RoundReader.Detail
    let today: CalendarDate
    /// What just happened (`?done=`), for the success banner.
    var done: String? = nil
    var problem: FormProblem? = nil
    /// The reader's own choices page, when they are a student who may rank in this round.
    var ownChoices: String? = nil
    /// A provider's listings it may pledge, while the round takes pledges (nil for everyone else).
    var pledgeable: [RoundService.Pledgeable]? = nil
    /// Its run in the background on this instance, for its managers: how far it has got, or why it stopped.
    var running: RoundRuns.Status? = nil
    /// A student's own result, once published, with why each choice above it was not given.
    var ownResult: RoundResults.Own? = nil
    /// For school staff: their students the run left without a place, and why (nil for others).
    var unplaced: [RoundResults.Unplaced]? = nil

    static let placesFormField = "places"
    /// The id of one listing's places box (each listing has its own pledge form).
    static func placesField(_ opportunity: UUID) -> String { "places-\(opportunity.uuidString.lowercased())" }

    var title: String { round.summary.name }
    var manages: Bool { round.manages }
    private var settings: RoundSettings { round.summary.settings }

    /// A step the round's managers can take now: where it posts, its button, what it does.
    struct Step {
        let action: String
        let button: String
        let hint: String
        var secondary = false
    }

    var steps: [Step] {
        guard manages, running == nil || running?.failure != nil else { return [] }
        let id = round.summary.id
        switch round.summary.state {
        case .draft:
            return [
                Step(
                    action: RoundRoutes.open.link(id), button: "Open the round for choices",
                    hint:
                        "Students can then rank its places from \(settings.preferencesOpen.longText) to \(settings.preferencesClose.longText). Its rules are fixed from then on."
                )
            ]
        case .preferencesOpen where today > settings.preferencesClose:
            return [
                Step(
                    action: RoundRoutes.run.link(id), button: "Run the round",
                    hint: "Shares out the places now. Only you see the results until you publish them.")
            ]
        case .published:
            guard let waiting = round.reclearing, waiting.students > 0, waiting.placesBack > 0 else { return [] }
            return [
                Step(
                    action: RoundRoutes.reclear.link(id), button: "Offer the returned places again",
                    hint:
                        "\(Self.count(waiting.placesBack, "place has", "places have")) come back (declined, refused or not answered) and \(Self.count(waiting.students, "student who took part has", "students who took part have")) no offer. This offers the places by the round's same rules; you can do it again as more come back."
                )
            ]
        case .preferencesOpen:
            return []
        case .resultsReady:
            return [
                Step(
                    action: RoundRoutes.publish.link(id), button: "Publish the offers",
                    hint: "Every placed student is told at once, and answers by \(settings.offerDeadline.longText)."),
                Step(
                    action: RoundRoutes.run.link(id), button: "Run it again",
                    hint: "If student records changed since the run. The same records give the same results.", secondary: true),
            ]
        }
    }

    /// What the round's managers wait for when there is no step to take.
    var waiting: String? {
        guard manages else { return nil }
        switch round.summary.state {
        case .preferencesOpen where today <= settings.preferencesClose:
            return "Students are ranking places until \(settings.preferencesClose.longText). You can run the round the day after."
        case .published where steps.isEmpty:
            guard let waiting = round.reclearing else { return nil }
            return waiting.placesBack == 0
                ? "Every place is held by an offer. Places that come back (declined, refused or not answered) can be offered again here."
                : "\(Self.count(waiting.placesBack, "place has", "places have")) come back, and every student who took part has had an offer."
        default: return nil
        }
    }

    var doneMessage: String? {
        switch done {
        case "created": "The round is set up. Providers can pledge places to it now; open it for choices when they have."
        case "opened": "The round is open: students can rank its places until \(settings.preferencesClose.longText)."
        case "run": "The round has run. Check the results, then publish the offers."
        case "running" where running == nil && round.summary.state == .resultsReady:
            "The round has run. Check the results, then publish the offers."
        case "running" where running?.failure == nil: "The round is running. Its results appear on this page when it finishes."
        case "published": "The offers are made. Students answer by \(settings.offerDeadline.longText)."
        case "pledged": "Your places are pledged to the round: they are taken from the listing's places left."
        case "withdrawn": "Your pledge is withdrawn: its places are back on your listing."
        case "recleared": "The returned places are offered again. The students placed have been told."
        default: nil
        }
    }

    /// The rules, in the order they apply.
    var rules: [SummaryList.Row] {
        [
            .init(key: "Run by", value: round.summary.runBy),
            .init(key: "Where it stands", value: round.summary.state.label),
            .init(key: "Students rank places", value: "\(settings.preferencesOpen.longText) to \(settings.preferencesClose.longText)"),
            .init(key: "Choices per student", value: "Up to \(settings.preferenceLimit)"),
            .init(key: "Offers answered by", value: settings.offerDeadline.longText),
            .init(key: "Who goes first", value: Self.priorityText(settings.priority)),
            .init(key: "Lottery number", value: "\(round.seed) (drawn when the round was set up, so anyone can check the draw)"),
        ]
    }

    /// A priority order in words: "Students eligible for …; then students with …; then the round's lottery".
    static func priorityText(_ order: [PriorityCriterion]) -> String {
        guard let first = order.first else { return "By the round's lottery alone" }
        let rest = order.dropFirst().map { "then \($0.label)" }
        return ([PlainWords.capitalised(first.label)] + rest + ["then the round's lottery"]).joined(separator: "; ")
    }

    /// The run's totals, where the reader may see them.
    var totals: [SummaryList.Row]? {
        guard let totals = round.totals else { return nil }
        return [
            .init(key: "Students who ranked places", value: String(totals.students)),
            .init(key: "Placed at one of their choices", value: String(totals.placedByChoice)),
            .init(key: "Placed in clearing", value: String(totals.placedByClearing)),
            .init(key: "Not placed", value: String(totals.unplaced)),
            .init(key: "Places left", value: String(totals.placesLeft)),
        ]
    }

    /// A priority group's name on the page (`others`: none of the groups).
    static func groupName(_ name: String) -> String { PriorityCriterion(rawValue: name)?.groupName ?? "None of these" }

    /// "1 place has", "3 places have".
    static func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
}
