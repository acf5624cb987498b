import Foundation

extension AllocationInstanceFile {
    /// Writes an instance in the format `decode` reads (for generated instances and fixtures).
    public static func encode(_ instance: AllocationInstance) -> Data {
        var json = JSONText(reserving: instance.students.count * 160 + instance.opportunities.count * 120)
        var first = true
        json.raw("{")
        json.member("format", first: &first) { $0.string(format) }
        json.member("priority", first: &first) { $0.array(instance.priority) { $0.string($1.rawValue) } }
        json.member("students", first: &first) { json in
            json.array(instance.students) { json, student in
                var first = true
                json.raw("\n{")
                json.member("id", first: &first) { $0.string(student.id) }
                json.member("lat", first: &first) { $0.decimal(student.location.latitude, places: 6) }
                json.member("lon", first: &first) { $0.decimal(student.location.longitude, places: 6) }
                json.member("year", first: &first) { $0.int(student.year) }
                if let hub = student.hub { json.member("hub", first: &first) { $0.string(hub) } }
                json.member("disadvantaged", first: &first) { $0.bool(student.disadvantaged) }
                json.member("send", first: &first) { $0.bool(student.send) }
                json.member("prior", first: &first) { $0.bool(student.priorExperience) }
                json.member("lottery", first: &first) { $0.int(student.lottery) }
                if student.maxKm != AllocationStudent.defaultMaxKm {
                    json.member("max_km", first: &first) { $0.decimal(student.maxKm, places: 3) }
                }
                json.member("prefs", first: &first) { $0.array(student.preferences) { $0.string($1) } }
                json.raw("}")
            }
        }
        json.member("opportunities", first: &first) { json in
            json.array(instance.opportunities) { json, opportunity in
                var first = true
                json.raw("\n{")
                json.member("id", first: &first) { $0.string(opportunity.id) }
                json.member("lat", first: &first) { $0.decimal(opportunity.location.latitude, places: 6) }
                json.member("lon", first: &first) { $0.decimal(opportunity.location.longitude, places: 6) }
                json.member("capacity", first: &first) { $0.int(opportunity.capacity) }
                json.member("virtual", first: &first) { $0.bool(opportunity.isVirtual) }
                json.member("years", first: &first) { $0.array(opportunity.years) { $0.int($1) } }
                if let hub = opportunity.hub { json.member("hub", first: &first) { $0.string(hub) } }
                if let priority = opportunity.priority {
                    json.member("priority", first: &first) { $0.array(priority) { $0.string($1.rawValue) } }
                }
                json.raw("}")
            }
        }
        json.raw("}\n")
        return Data(json.bytes)
    }
}
