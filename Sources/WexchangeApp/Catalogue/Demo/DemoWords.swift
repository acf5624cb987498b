import Foundation
import WexchangeCore
import WexchangeGeo

/// Word lists for believable demo providers and listings.
enum DemoWords {
    static let badges = [
        ("Careers quality award", "Quality in Careers Consortium"),
        ("Employer standards self-assessed", "Careers & Enterprise Company"),
        ("Safe placements checked", "Regional Careers Hub"),
    ]

    static let roles: [Sector: [String]] = [
        .agriculture: ["farm", "animal care", "environmental science", "horticulture"],
        .business: ["office administration", "project support", "human resources", "operations"],
        .care: ["adult social care", "community care", "residential care"],
        .catering: ["hotel", "professional kitchen", "events", "restaurant"],
        .construction: ["building site", "architecture", "surveying", "civil engineering"],
        .creative: ["graphic design", "theatre", "film production", "fashion"],
        .digital: ["software development", "cyber security", "data", "IT support"],
        .education: ["primary school", "nursery", "teaching"],
        .engineering: ["mechanical engineering", "manufacturing", "electrical engineering", "aerospace"],
        .hairBeauty: ["hair salon", "beauty therapy", "barbering"],
        .health: ["hospital", "pharmacy", "laboratory science", "nursing", "medicine", "dentistry"],
        .legalFinance: ["law firm", "accountancy", "banking", "insurance"],
        .protectiveServices: ["police", "fire and rescue", "armed forces", "prison service"],
        .salesMarketing: ["marketing", "retail", "procurement", "advertising"],
        .transport: ["logistics", "rail", "aviation", "warehouse"],
    ]

    static let subjects: [Sector: [Subject]] = [
        .agriculture: [.biology, .geography, .science], .business: [.business, .economics, .maths],
        .care: [.healthSocialCare, .psychology], .catering: [.foodNutrition, .business],
        .construction: [.designTechnology, .maths, .physics], .creative: [.art, .drama, .media, .music],
        .digital: [.computing, .maths], .education: [.english, .psychology],
        .engineering: [.engineering, .physics, .maths, .designTechnology],
        .hairBeauty: [.art, .business], .health: [.biology, .chemistry, .science], .legalFinance: [.law, .economics, .maths],
        .protectiveServices: [.citizenship, .physicalEducation, .law], .salesMarketing: [.business, .media],
        .transport: [.geography, .business],
    ]

    static let suffixes = ["Ltd", "Group", "Partners", "plc", "& Co", "Services", "Trust"]

    static func providerName(index: Int, district: Area, sector: Sector, kind: ProviderKind, random: inout SeededRandom) -> String {
        let place = district.localAuthorityName.split(separator: ",").first.map(String.init) ?? district.code
        let role = roles[sector]!.randomElement(using: &random)!.capitalized
        switch kind {
        case .publicSector: return "\(place) \(["Council", "NHS Trust", "Library Service", "Fire Service"].randomElement(using: &random)!)"
        case .nationalProvider: return "\(["Future", "Bright", "Open", "Next"].randomElement(using: &random)!) \(role) Foundation"
        case .educationBusinessPartnership: return "\(place) Education Business Partnership"
        case .employer: return "\(place) \(role) \(suffixes.randomElement(using: &random)!)"
        }
    }

    static func listing(
        number: Int, sector: Sector, postcode: String?, town: String, today: CalendarDate,
        random: inout SeededRandom
    ) -> OpportunityInput {
        var input = OpportunityInput()
        let modeDraw = random.unit()
        var mode: DeliveryMode = postcode == nil || modeDraw < 0.2 ? .virtual : modeDraw < 0.3 ? .hybrid : .inPerson
        let type: OpportunityType =
            switch mode {
            case .virtual:
                [.virtualWorkExperience, .careersTalk, .skillsSession, .employerLedProject, .insightDay].randomElement(using: &random)!
            case .hybrid: .hybridPlacement
            case .inPerson:
                [
                    .workPlacement, .workPlacement, .workPlacement, .workplaceVisit, .jobShadowing, .insightDay,
                    .careersTalk, .tLevelPlacement, .employerLedProject,
                ].randomElement(using: &random)!
            }
        if type == .virtualWorkExperience { mode = .virtual }
        let role = roles[sector]!.randomElement(using: &random)!
        input.title = "\(type.label): \(role)"
        input.summary = "Find out what working in \(role) is really like\(mode == .virtual ? ", online" : " in \(town)")."
        input.description =
            "Meet the team, try real tasks and ask questions about careers in \(role).\nYou will finish with a short reflection on what you learned."
        input.type = type.rawValue
        input.mode = mode.rawValue
        input.sector = sector.rawValue
        input.stage =
            switch type {
            case .careersTalk, .workplaceVisit: Stage.introduceInspire.rawValue
            case .insightDay, .jobShadowing, .skillsSession: Stage.investigateExplore.rawValue
            default: Stage.applyDemonstrate.rawValue
            }
        input.years =
            switch type {
            case .tLevelPlacement: [12, 13]
            case .workPlacement, .hybridPlacement, .virtualWorkExperience:
                [[10, 11], [12, 13], [10, 11, 12, 13]].randomElement(using: &random)!
            case .careersTalk, .workplaceVisit: [[7, 8, 9], [7, 8, 9, 10, 11], [9, 10, 11]].randomElement(using: &random)!
            default: [[9, 10, 11], [10, 11, 12, 13], [12, 13]].randomElement(using: &random)!
            }
        if mode != .virtual {
            input.address =
                "\(1 + random.int(below: 200)) \(["High Street", "Station Road", "Church Lane", "Park Avenue", "Mill Road"].randomElement(using: &random)!), \(town)"
            input.postcode = postcode
        }
        input.capacity =
            switch type {
            case .careersTalk, .skillsSession: 20 + random.int(below: 180)
            case .virtualWorkExperience, .employerLedProject: 10 + random.int(below: 90)
            default: 1 + Int(19 * pow(random.unit(), 2.5))
            }
        input.hoursPerDay = type == .careersTalk ? 1 : [6, 6.5, 7].randomElement(using: &random)!
        input.days =
            switch type {
            case .tLevelPlacement: 45
            case .workPlacement, .hybridPlacement, .virtualWorkExperience: [5, 5, 10, 3].randomElement(using: &random)!
            default: 1
            }
        // Dates through the next academic year, bunched in the summer-term block weeks.
        let academicYearEnd = CalendarDate(
            year: today.components.month >= 8 ? today.components.year + 1 : today.components.year, month: 7, day: 20)!
        let span = max(30, academicYearEnd.dayNumber - today.dayNumber - 14)
        let offset = random.chance(0.45) ? span - random.int(below: 60) : 14 + random.int(below: span - 14)
        var start = today.adding(days: offset)
        while start.isoWeekday > 5 { start = start.adding(days: 1) }
        if random.chance(0.3) {
            let first = IsoWeek(containing: start)
            input.weeks = (0..<(1 + random.int(below: 4))).map { IsoWeek(containing: first.monday.adding(days: 7 * $0)).description }
        } else {
            let length = input.days! >= 5 ? min(input.days!, 10) + 2 : 0
            input.sessions = [.init(start: start.description, end: start.adding(days: length).description)]
            if random.chance(0.6) { input.applicationDeadline = start.adding(days: -14 - random.int(below: 30)).description }
        }
        input.skills = Array(Skill.allCases.shuffled(using: &random).prefix(2 + random.int(below: 3))).map(\.rawValue)
        input.subjects = Array(subjects[sector]!.shuffled(using: &random).prefix(1 + random.int(below: 2))).map(\.rawValue)
        input.outcomes = [
            "Understand the roles in \(role)", "Practise \(Skill.allCases.randomElement(using: &random)!.label.lowercased()) at work",
        ]
        input.sendAdjustments = SendAdjustment.allCases.filter { $0 != .other && random.chance(0.25) }.map(\.rawValue)
        input.supervisorDbsChecked = random.chance(0.85)
        return input
    }
}
