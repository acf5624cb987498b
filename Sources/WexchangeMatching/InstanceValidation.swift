import WexchangeGeo

extension AllocationInstance {
    public static let yearGroups = 7...13

    /// Checks every rule an instance must meet before the engine runs, and throws the first fault
    /// found, naming the entity and field. Order: opportunities, then students, each in file order.
    public func validate() throws(AllocationInputError) {
        try Self.validate(priority, entity: "instance", field: "priority")
        var opportunityIds = Set<String>(minimumCapacity: opportunities.count)
        for (index, opportunity) in opportunities.enumerated() {
            try opportunity.validate(index: index)
            guard opportunityIds.insert(opportunity.id).inserted else {
                throw .opportunity(index, opportunity.id, field: "id", "the id \"\(opportunity.id)\" is used by an earlier opportunity")
            }
        }
        var studentIds = Set<String>(minimumCapacity: students.count)
        var lotteries: [Int64: String] = [:]
        lotteries.reserveCapacity(students.count)
        for (index, student) in students.enumerated() {
            try student.validate(index: index, opportunityIds: opportunityIds)
            guard studentIds.insert(student.id).inserted else {
                throw .student(index, student.id, field: "id", "the id \"\(student.id)\" is used by an earlier student")
            }
            if let holder = lotteries.updateValue(student.id, forKey: student.lottery) {
                throw .student(
                    index, student.id, field: "lottery",
                    "\(student.lottery) is also student \"\(holder)\"'s lottery number; lottery numbers must be unique")
            }
        }
    }

    static func validate(_ criteria: [PriorityCriterion], entity: String, field: String) throws(AllocationInputError) {
        var seen = Set<PriorityCriterion>()
        for criterion in criteria where !seen.insert(criterion).inserted {
            throw AllocationInputError(entity: entity, field: field, message: "\"\(criterion.rawValue)\" appears twice")
        }
    }
}

extension AllocationOpportunity {
    func validate(index: Int) throws(AllocationInputError) {
        func fault(_ field: String, _ message: String) -> AllocationInputError {
            .opportunity(index, id, field: field, message)
        }
        if id.isEmpty { throw fault("id", "must not be empty") }
        if capacity < 0 { throw fault("capacity", "\(capacity) is negative; capacity must be 0 or more") }
        if !location.latitude.isFinite || !(-90...90).contains(location.latitude) {
            throw fault("lat", "\(location.latitude) is not a latitude between -90 and 90")
        }
        if !location.longitude.isFinite || !(-180...180).contains(location.longitude) {
            throw fault("lon", "\(location.longitude) is not a longitude between -180 and 180")
        }
        if years.isEmpty { throw fault("years", "must list at least one year group (7–13)") }
        for year in years where !AllocationInstance.yearGroups.contains(year) {
            throw fault("years", "\(year) is outside the year groups 7–13")
        }
        if let priority {
            try AllocationInstance.validate(
                priority, entity: AllocationInputError.entityName("opportunity", "opportunities", index, id), field: "priority")
        }
    }
}

extension AllocationStudent {
    func validate(index: Int, opportunityIds: Set<String>) throws(AllocationInputError) {
        func fault(_ field: String, _ message: String) -> AllocationInputError {
            .student(index, id, field: field, message)
        }
        if id.isEmpty { throw fault("id", "must not be empty") }
        if !AllocationInstance.yearGroups.contains(year) { throw fault("year", "\(year) is outside the year groups 7–13") }
        if !location.latitude.isFinite || !(-90...90).contains(location.latitude) {
            throw fault("lat", "\(location.latitude) is not a latitude between -90 and 90")
        }
        if !location.longitude.isFinite || !(-180...180).contains(location.longitude) {
            throw fault("lon", "\(location.longitude) is not a longitude between -180 and 180")
        }
        if !maxKm.isFinite || maxKm < 0 { throw fault("max_km", "\(maxKm) is not a distance of 0 km or more") }
        if preferences.count > Self.maxPreferences {
            throw fault("prefs", "ranks \(preferences.count) opportunities; at most \(Self.maxPreferences) are allowed")
        }
        var seen = Set<String>()
        for (position, preference) in preferences.enumerated() {
            guard opportunityIds.contains(preference) else {
                throw fault("prefs", "choice \(position + 1) names \"\(preference)\", which is not an opportunity in this instance")
            }
            guard seen.insert(preference).inserted else {
                throw fault("prefs", "choice \(position + 1) repeats \"\(preference)\"")
            }
        }
    }
}
