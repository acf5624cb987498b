import Foundation
import Hummingbird
import WexchangeCore

/// The listing as `Encodable`, with the API's snake_case keys: what single-listing answers send
/// (through `JSONResponse.make`), and the reference the search answer's fast writer must match.
extension OpportunityDTO: Encodable, ResponseEncodable {
    enum CodingKeys: String, CodingKey {
        case provider, distanceKm = "distance_km", id, externalId = "external_id", status, moderationReason = "moderation_reason"
        case changeStatus = "change_status"
        case title, summary, type, mode, sector, stage, years, location, capacity, placesLeft = "places_left", hoursPerDay = "hours_per_day"
        case days, sessions, weeks, firstDay = "first_day", lastDay = "last_day", applicationDeadline = "application_deadline"
        case applicationsOpen = "applications_open"
        case skills, subjects, sendAdjustments = "send_adjustments", createdAt = "created_at", updatedAt = "updated_at"
        case howToApply = "how_to_apply", dailyTimes = "daily_times", whatToBring = "what_to_bring", travelNotes = "travel_notes"
        case description, outcomes, sendOther = "send_other", supervisorDbsChecked = "supervisor_dbs_checked", privateHome = "private_home"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(provider, forKey: .provider)
        // With `near`, virtual listings say `"distance_km": null` explicitly.
        if includeDistance { try container.encode(distanceKm, forKey: .distanceKm) }
        try container.encode(id.uuidString.lowercased(), forKey: .id)
        try container.encode(externalId, forKey: .externalId)
        try container.encode(status, forKey: .status)
        try container.encodeIfPresent(moderationReason, forKey: .moderationReason)
        try container.encodeIfPresent(changeStatus, forKey: .changeStatus)
        try container.encode(title, forKey: .title)
        try container.encode(summary, forKey: .summary)
        try container.encode(type, forKey: .type)
        try container.encode(mode, forKey: .mode)
        try container.encode(sector, forKey: .sector)
        try container.encode(stage, forKey: .stage)
        try container.encode(years, forKey: .years)
        try container.encode(location, forKey: .location)
        try container.encode(capacity, forKey: .capacity)
        try container.encode(placesLeft, forKey: .placesLeft)
        try container.encode(hoursPerDay, forKey: .hoursPerDay)
        try container.encode(days, forKey: .days)
        try container.encodeIfPresent(sessions, forKey: .sessions)
        try container.encodeIfPresent(weeks, forKey: .weeks)
        try container.encode(firstDay, forKey: .firstDay)
        try container.encode(lastDay, forKey: .lastDay)
        try container.encode(applicationDeadline, forKey: .applicationDeadline)
        try container.encode(applicationsOpen, forKey: .applicationsOpen)
        try container.encode(skills, forKey: .skills)
        try container.encode(subjects, forKey: .subjects)
        try container.encode(sendAdjustments, forKey: .sendAdjustments)
        try container.encode(createdAt, forKey: .createdAt)
        try container.encode(updatedAt, forKey: .updatedAt)
        if let detail {
            try container.encode(detail.description, forKey: .description)
            try container.encode(detail.outcomes, forKey: .outcomes)
            try container.encode(detail.sendOther, forKey: .sendOther)
            try container.encode(detail.howToApply, forKey: .howToApply)
            try container.encode(detail.dailyTimes, forKey: .dailyTimes)
            try container.encode(detail.whatToBring, forKey: .whatToBring)
            try container.encode(detail.travelNotes, forKey: .travelNotes)
            try container.encode(detail.supervisorDbsChecked, forKey: .supervisorDbsChecked)
            try container.encode(detail.privateHome, forKey: .privateHome)
        }
    }
}

extension OpportunityDTO.Provider: Encodable {
    enum CodingKeys: String, CodingKey { case id, name, rating, badges }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(rating.map { Rating(average: ($0.average * 100).rounded() / 100, count: $0.count) }, forKey: .rating)
        try container.encode(badges, forKey: .badges)
    }

    private struct Rating: Encodable {
        let average: Double
        let count: Int
    }
}
