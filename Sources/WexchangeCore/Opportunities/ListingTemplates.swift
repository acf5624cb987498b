import Foundation

/// A starting point for each opportunity type: the stage, mode, duration, years, skills and
/// intended outcomes that usually go with it, for the provider to adjust. Employers report that
/// designing an experience from nothing is what stops them offering one; a template removes most
/// of that work.
public enum ListingTemplates {
    public static func template(for type: OpportunityType) -> OpportunityInput {
        var input = OpportunityInput()
        input.type = type.rawValue
        input.mode = DeliveryMode.inPerson.rawValue
        input.years = [10, 11]
        input.capacity = 4
        input.status = OpportunityStatus.published.rawValue
        switch type {
        case .workPlacement:
            set(
                &input, .applyDemonstrate, hours: 7, days: 5, skills: [.teamwork, .problemSolving, .listening, .speaking],
                outcomes: [
                    "Completes real tasks alongside staff and reflects on what the job involves",
                    "Practises workplace behaviours: punctuality, communication and working in a team",
                    "Can describe two routes into this kind of job",
                ])
        case .virtualWorkExperience:
            input.mode = DeliveryMode.virtual.rawValue
            input.capacity = 30
            set(
                &input, .investigateExplore, hours: 3, days: 3, skills: [.problemSolving, .creativity, .speaking],
                outcomes: [
                    "Completes a short project set by staff and presents it online",
                    "Learns how the organisation works and what its teams do",
                ])
        case .hybridPlacement:
            input.mode = DeliveryMode.hybrid.rawValue
            set(
                &input, .applyDemonstrate, hours: 6, days: 5, skills: [.teamwork, .problemSolving, .stayingPositive],
                outcomes: [
                    "Works on site and online on a task the team needs",
                    "Practises managing their own time between sessions",
                ])
        case .workplaceVisit:
            input.capacity = 20
            input.years = [8, 9, 10]
            set(
                &input, .introduceInspire, hours: 3, days: 1, skills: [.listening, .aimingHigh],
                outcomes: [
                    "Sees the workplace and meets people in three different roles",
                    "Can name jobs here they had not heard of before",
                ])
        case .jobShadowing:
            input.capacity = 2
            set(
                &input, .investigateExplore, hours: 6, days: 2, skills: [.listening, .speaking],
                outcomes: [
                    "Follows one member of staff through their working day",
                    "Asks prepared questions about how they got the job",
                ])
        case .employerLedProject:
            input.mode = DeliveryMode.hybrid.rawValue
            input.capacity = 25
            set(
                &input, .applyDemonstrate, hours: 2, days: 4, skills: [.teamwork, .creativity, .problemSolving, .leadership],
                outcomes: [
                    "Works in a team on a brief set by the employer",
                    "Presents the result to staff and gets feedback",
                ])
        case .insightDay:
            input.capacity = 15
            set(
                &input, .investigateExplore, hours: 6, days: 1, skills: [.listening, .teamwork, .aimingHigh],
                outcomes: [
                    "Hears from staff at different career stages",
                    "Tries a short hands-on task from the job",
                ])
        case .careersTalk:
            input.mode = DeliveryMode.virtual.rawValue
            input.capacity = 60
            input.years = [7, 8, 9, 10, 11]
            set(
                &input, .introduceInspire, hours: 1, days: 1, skills: [.listening, .aimingHigh],
                outcomes: [
                    "Hears what the work involves and the routes into it",
                    "Can ask questions of someone who does the job",
                ])
        case .skillsSession:
            input.capacity = 30
            set(
                &input, .investigateExplore, hours: 2, days: 1, skills: [.speaking, .stayingPositive],
                outcomes: [
                    "Practises an application or interview skill with feedback from an employer"
                ])
        case .tLevelPlacement:
            input.years = [12, 13]
            input.capacity = 1
            set(
                &input, .applyDemonstrate, hours: 7, days: 45, skills: [.teamwork, .problemSolving, .leadership, .stayingPositive],
                outcomes: [
                    "Completes the 315 hours of industry placement the T Level requires",
                    "Meets the occupational specialism's placement objectives agreed with the college",
                ])
        }
        return input
    }

    private static func set(_ input: inout OpportunityInput, _ stage: Stage, hours: Double, days: Int, skills: [Skill], outcomes: [String])
    {
        input.stage = stage.rawValue
        input.hoursPerDay = hours
        input.days = days
        input.skills = skills.map(\.rawValue)
        input.outcomes = outcomes
    }
}
