import Foundation
import WexchangeCore

/// A student's goals before an experience, or their reflection and skill ratings after it. The
/// page speaks to the student ("you"): staff who fill it in do so with the student.
struct ReflectionForm {
    enum Part { case goals, reflection }

    let part: Part
    let viewer: Viewer
    let studentId: UUID
    let entryId: UUID
    /// "Work placement with Northern Engineering".
    let experience: String
    /// The goals already set, shown above the reflection as a reminder.
    let goalsSet: String?
    var goals: String?
    var text: String?
    /// The submitted (or stored) rating of each skill, as the form sends it.
    var ratings: [Skill: String] = [:]
    var problems: [FieldError] = []

    var title: String {
        switch part {
        case .goals: "Your goals for \(experience.lowercasedFirst)"
        case .reflection: "Reflect on \(experience.lowercasedFirst)"
        }
    }

    var action: String {
        switch part {
        case .goals: StudentRoutes.goals.link(entryId)
        case .reflection: StudentRoutes.reflection.link(entryId)
        }
    }

    /// The message for `field`, when it is to blame.
    func problem(_ field: String) -> String? { problems.first { $0.field == field }?.message }
}
