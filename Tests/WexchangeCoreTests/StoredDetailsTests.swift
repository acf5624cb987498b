import Foundation
import Testing
import WexchangeCore
import WexchangeGeo
import WexchangeTestSupport

/// Listings' details as stored: every version decodes, with defaults for fields a row predates.
@Suite struct StoredDetailsTests {
    static let gazetteer = Gazetteer.bundled

    static func details(_ change: (inout OpportunityInput) -> Void = { _ in }) throws -> OpportunityDetails {
        try OpportunityRules.validate(.mock("x", change), gazetteer: gazetteer).get()
    }

    @Test(arguments: ["", "Fish &amp; chips \"quoted\" \\ back/slash", "line\nbreak\ttab \u{1} é 🚸 \u{2028}", "</script>"])
    func detailsRoundTripAndMatchJSONDecoder(text: String) throws {
        var samples = [
            try Self.details(),
            try Self.details {
                $0.weeks = ["2027-W27", "2027-W28"]; $0.sessions = nil
            },
            try Self.details {
                $0.mode = "virtual"; $0.address = nil; $0.postcode = nil
            },
        ]
        for index in samples.indices where !text.isEmpty {
            samples[index].title = text
            samples[index].description = text
            samples[index].outcomes = [text]
            samples[index].sendOther = text
        }
        for details in samples {
            let stored = try details.storedJSON()
            #expect(stored.hasPrefix("{\"v\":1,"))
            #expect(try OpportunityDetails(storedJSON: stored) == details)
            // The fast reader agrees with Foundation's decoder on the same text.
            #expect(try JSONDecoder().decode(OpportunityDetails.self, from: Data(stored.utf8)) == details)
        }
    }

    /// A row written before the version was kept, and before description, deadline, subjects,
    /// outcomes, skills, SEND fields and safeguarding flags were stored, with a key no version has.
    @Test func everyStoredVersionDecodes() throws {
        let version1 =
            #"{"applicationDeadline":"2027-06-16","capacity":1,"days":10,"description":"Meet the team.","hoursPerDay":6,"location":{"address":"27 Mill Road, Greenwich","coordinate":{"latitude":51.46005,"longitude":0.05673},"localAuthorityCode":"E09000011","postcode":"SE9 1XG"},"mode":"in_person","outcomes":["Understand the roles"],"privateHome":false,"schedule":{"sessions":[{"end":"2027-07-18","start":"2027-07-06"}]},"sector":"sales-marketing-procurement","sendAdjustments":["quiet_space"],"skills":["listening"],"stage":"apply_demonstrate","status":"published","subjects":["media"],"summary":"Advertising in Greenwich.","supervisorDbsChecked":true,"title":"Work placement: advertising","type":"work_placement","years":[12,13]}"#
        let decoded = try OpportunityDetails(storedJSON: version1)
        #expect(decoded.title == "Work placement: advertising" && decoded.location?.postcode == "SE9 1XG" && decoded.skills == [.listening])
        #expect(decoded.applicationDeadline == CalendarDate(iso: "2027-06-16") && decoded.supervisorDbsChecked)
        #expect(try JSONDecoder().decode(OpportunityDetails.self, from: Data(version1.utf8)) == decoded)

        let older =
            #"{"capacity":2,"days":1,"hoursPerDay":3,"mode":"virtual","schedule":{"weeks":["2027-W27"]},"sector":"digital","stage":"introduce_inspire","status":"draft","summary":"S","title":"T","type":"careers_talk","years":[9],"unknownLater":{"x":[1,2]}}"#
        let defaults = try OpportunityDetails(storedJSON: older)
        #expect(defaults.description == "" && defaults.subjects.isEmpty && defaults.outcomes.isEmpty && defaults.skills.isEmpty)
        #expect(defaults.sendAdjustments.isEmpty && defaults.sendOther == nil && !defaults.privateHome && !defaults.supervisorDbsChecked)
        #expect(
            defaults.location == nil && defaults.applicationDeadline == nil && defaults.schedule == .flexible([IsoWeek(iso: "2027-W27")!]))
    }

    @Test(arguments: [
        "", "{", "[]", #"{"v":2,"title":"T"}"#, #"{"title":"T"}"#, #"{"v":1,"title":1}"#, #"{"title":"T\u00"}"#,
        "{\"title\":\"unterminated",
        #"{"capacity":1,"days":1,"hoursPerDay":1,"mode":"teleport","schedule":{"weeks":[]},"sector":"digital","stage":"introduce_inspire","status":"draft","summary":"S","title":"T","type":"careers_talk","years":[9]}"#,
    ])
    func malformedStoredDetailsAreRefusedWithAReason(text: String) {
        #expect(throws: OpportunityDetails.StoredFormError.self) { _ = try OpportunityDetails(storedJSON: text) }
    }
}
