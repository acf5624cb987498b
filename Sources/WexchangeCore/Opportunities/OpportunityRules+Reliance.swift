import Foundation

extension OpportunityRules {
    /// What students, schools and rounds rely on once a place is requested, offered or pledged
    /// to a round: when and how long, where and how it is delivered, and who it is for. An edit
    /// that changes any of these then is refused, field by field, so nobody turns up on the wrong
    /// day or at the wrong place. Places may rise, and may fall while none promised is lost.
    ///
    /// - Parameters:
    ///   - live: the listing as students see it now.
    ///   - placesTaken: places requested and accepted, offered or pledged (never below what is promised).
    public static func changesToWhatIsReliedOn(
        from live: OpportunityDetails, to edited: OpportunityDetails, placesTaken: Int
    ) -> [FieldError] {
        let because = "now that places are requested, offered or pledged to a round"
        let instead = "close this listing and add a new one, or ask the schools (and any round's coordinator) first"
        var errors: [FieldError] = []
        if live.schedule != edited.schedule {
            let field = if case .flexible = edited.schedule { "weeks" } else { "sessions" }
            errors.append(FieldError(field, "the dates cannot change \(because); to run it on other dates, \(instead)"))
        }
        if live.days != edited.days {
            errors.append(FieldError("days", "the number of days cannot change \(because)"))
        }
        if live.mode != edited.mode {
            errors.append(FieldError("mode", "how it is delivered cannot change \(because); \(instead)"))
        }
        if live.location?.postcode != edited.location?.postcode || live.location?.address != edited.location?.address {
            errors.append(FieldError("postcode", "the place cannot change \(because); \(instead)"))
        }
        let dropped = Set(live.years).subtracting(edited.years).sorted()
        if !dropped.isEmpty {
            let list = dropped.map { "Year \($0)" }.joined(separator: ", ")
            errors.append(FieldError("years", "\(list) cannot be taken off \(because); you can add year groups"))
        }
        if edited.capacity < placesTaken {
            errors.append(
                FieldError(
                    "capacity",
                    "must be at least \(placesTaken): \(placesTaken) place\(placesTaken == 1 ? " is" : "s are") already offered or pledged"
                ))
        }
        return errors
    }
}
