import Foundation
import WexchangeCore
import WexchangeSearch

/// The search answer's fast path: a listing written straight to bytes, with everything but the
/// provider and the distance cacheable per listing version (`ListingJSONCache`). Pinned to the
/// `Encodable` form by `JSONWriterPropertyTests`.
extension OpportunityDTO: JSONWritable {
    func write(to json: inout JSONWriter) {
        write(to: &json, listingMembers: Self.listingMembers(self))
    }

    /// The listing with `listingMembers` (from `listingMembers(_:)`, possibly cached) for
    /// everything but the provider and the distance, which depend on the day and the query.
    func write(to json: inout JSONWriter, listingMembers: [UInt8]) {
        json.object { json in
            if let provider { Self.write(provider, to: &json) }
            // With `near`, virtual listings say `"distance_km": null` explicitly.
            if includeDistance { json.member("distance_km", distanceKm) }
            json.members(raw: listingMembers)
        }
    }

    static func write(_ provider: Provider, to json: inout JSONWriter) {
        json.key("provider")
        json.object { json in
            json.member("id", provider.id)
            json.member("name", provider.name)
            json.key("rating")
            if let rating = provider.rating {
                json.object { json in
                    json.member("average", (rating.average * 100).rounded() / 100)
                    json.member("count", rating.count)
                }
            } else {
                json.value(nil as String?)
            }
            json.key("badges")
            json.array(provider.badges) { json, badge in
                json.object { json in
                    json.member("name", badge.name)
                    json.member("granted_by", badge.grantedBy)
                    json.member("expires", badge.expires)
                }
            }
        }
    }

    static func listingMembers(_ dto: OpportunityDTO) -> [UInt8] {
        JSONWriter.members { json in
            json.member("id", dto.id.uuidString.lowercased())
            json.member("external_id", dto.externalId)
            json.member("status", dto.status)
            if let reason = dto.moderationReason { json.member("moderation_reason", reason) }
            if let change = dto.changeStatus { json.member("change_status", change) }
            json.member("title", dto.title)
            json.member("summary", dto.summary)
            json.member("type", dto.type)
            json.member("mode", dto.mode)
            json.member("sector", dto.sector)
            json.member("stage", dto.stage)
            json.member("years", dto.years)
            json.key("location")
            if let location = dto.location {
                json.object { json in
                    json.member("address", location.address)
                    json.member("postcode", location.postcode)
                    json.member("latitude", location.latitude)
                    json.member("longitude", location.longitude)
                }
            } else {
                json.value(nil as String?)
            }
            json.member("capacity", dto.capacity)
            json.member("places_left", dto.placesLeft)
            json.member("hours_per_day", dto.hoursPerDay)
            json.member("days", dto.days)
            if let sessions = dto.sessions {
                json.key("sessions")
                json.array(sessions) { json, session in
                    json.object { json in
                        json.member("start", session.start)
                        json.member("end", session.end)
                    }
                }
            }
            if let weeks = dto.weeks { json.member("weeks", weeks) }
            json.member("first_day", dto.firstDay)
            json.member("last_day", dto.lastDay)
            json.member("application_deadline", dto.applicationDeadline)
            json.member("applications_open", dto.applicationsOpen)
            json.member("skills", dto.skills)
            json.member("subjects", dto.subjects)
            json.member("send_adjustments", dto.sendAdjustments)
            json.member("created_at", timestamp(dto.createdAt))
            json.member("updated_at", timestamp(dto.updatedAt))
            if let detail = dto.detail {
                json.member("description", detail.description)
                json.member("outcomes", detail.outcomes)
                json.member("send_other", detail.sendOther)
                json.member("how_to_apply", detail.howToApply)
                json.member("daily_times", detail.dailyTimes)
                json.member("what_to_bring", detail.whatToBring)
                json.member("travel_notes", detail.travelNotes)
                json.member("supervisor_dbs_checked", detail.supervisorDbsChecked)
                json.member("private_home", detail.privateHome)
            }
        }
    }

    static func timestamp(_ date: Date) -> String {
        date.formatted(.iso8601)
    }
}
