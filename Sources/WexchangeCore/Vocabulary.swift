import Foundation

/// The kinds of experience of work a provider can offer (PRODUCT.md, "What an opportunity is").
public enum OpportunityType: String, Taxonomy {
    case workPlacement = "work_placement"
    case virtualWorkExperience = "virtual_work_experience"
    case hybridPlacement = "hybrid_placement"
    case workplaceVisit = "workplace_visit"
    case jobShadowing = "job_shadowing"
    case employerLedProject = "employer_led_project"
    case insightDay = "insight_day"
    case careersTalk = "careers_talk"
    case skillsSession = "skills_session"
    case tLevelPlacement = "t_level_placement"

    public var label: String {
        switch self {
        case .workPlacement: "Work placement"
        case .virtualWorkExperience: "Virtual work experience"
        case .hybridPlacement: "Hybrid placement"
        case .workplaceVisit: "Workplace visit"
        case .jobShadowing: "Job shadowing"
        case .employerLedProject: "Employer-led project"
        case .insightDay: "Insight day"
        case .careersTalk: "Careers talk"
        case .skillsSession: "Skills session"
        case .tLevelPlacement: "T Level industry placement"
        }
    }

    /// Placements count as placement days toward the two-week goal; shorter encounters are
    /// reported separately (PRODUCT.md, "What meaningful and the target mean").
    public var isPlacement: Bool {
        switch self {
        case .workPlacement, .virtualWorkExperience, .hybridPlacement, .tLevelPlacement: true
        default: false
        }
    }
}

public enum DeliveryMode: String, Taxonomy {
    case inPerson = "in_person"
    case virtual
    case hybrid

    public var label: String {
        switch self {
        case .inPerson: "In person"
        case .virtual: "Online"
        case .hybrid: "Hybrid (in person and online)"
        }
    }

    /// Whether a student has to travel to a place for at least part of it.
    public var hasPlace: Bool { self != .virtual }
}

/// The 15 occupational routes (IfATE / Skills England), see shared data
/// `careers_occupational_routes.csv`; the raw values are that file's `route_id`.
public enum Sector: String, Taxonomy {
    case agriculture = "agriculture-environmental-animal-care"
    case business = "business-administration"
    case care = "care-services"
    case catering = "catering-hospitality"
    case construction = "construction-built-environment"
    case creative = "creative-design"
    case digital
    case education = "education-early-years"
    case engineering = "engineering-manufacturing"
    case hairBeauty = "hair-beauty"
    case health = "health-science"
    case legalFinance = "legal-finance-accounting"
    case protectiveServices = "protective-services"
    case salesMarketing = "sales-marketing-procurement"
    case transport = "transport-logistics"

    public var label: String {
        switch self {
        case .agriculture: "Agriculture, environmental and animal care"
        case .business: "Business and administration"
        case .care: "Care services"
        case .catering: "Catering and hospitality"
        case .construction: "Construction and the built environment"
        case .creative: "Creative and design"
        case .digital: "Digital"
        case .education: "Education and early years"
        case .engineering: "Engineering and manufacturing"
        case .hairBeauty: "Hair and beauty"
        case .health: "Health and science"
        case .legalFinance: "Legal, finance and accounting"
        case .protectiveServices: "Protective services"
        case .salesMarketing: "Sales, marketing and procurement"
        case .transport: "Transport and logistics"
        }
    }
}

/// The three stages of the progressive model, from Year 7 on.
public enum Stage: String, Taxonomy {
    case introduceInspire = "introduce_inspire"
    case investigateExplore = "investigate_explore"
    case applyDemonstrate = "apply_demonstrate"

    public var label: String {
        switch self {
        case .introduceInspire: "Introduce and inspire"
        case .investigateExplore: "Investigate and explore"
        case .applyDemonstrate: "Apply and demonstrate"
        }
    }
}

/// The eight essential skills (Skills Builder framework).
public enum Skill: String, Taxonomy {
    case listening, speaking
    case problemSolving = "problem_solving"
    case creativity
    case stayingPositive = "staying_positive"
    case aimingHigh = "aiming_high"
    case leadership, teamwork

    public var label: String {
        switch self {
        case .listening: "Listening"
        case .speaking: "Speaking"
        case .problemSolving: "Problem solving"
        case .creativity: "Creativity"
        case .stayingPositive: "Staying positive"
        case .aimingHigh: "Aiming high"
        case .leadership: "Leadership"
        case .teamwork: "Teamwork"
        }
    }
}

/// Adjustments a provider offers for students with special educational needs and disabilities.
/// `other` means the listing describes a further adjustment in its own words.
public enum SendAdjustment: String, Taxonomy {
    case wheelchairAccess = "wheelchair_access"
    case quietSpace = "quiet_space"
    case flexibleHours = "flexible_hours"
    case supportWorkerWelcome = "support_worker_welcome"
    case adaptedTasks = "adapted_tasks"
    case other

    public var label: String {
        switch self {
        case .wheelchairAccess: "Wheelchair access"
        case .quietSpace: "Quiet space"
        case .flexibleHours: "Flexible hours"
        case .supportWorkerWelcome: "Support worker welcome"
        case .adaptedTasks: "Adapted tasks"
        case .other: "Other adjustment"
        }
    }
}

/// Curriculum subjects a listing links to (secondary and post-16).
public enum Subject: String, Taxonomy {
    case english, maths, science, biology, chemistry, physics, computing
    case designTechnology = "design_technology"
    case art, music, drama
    case physicalEducation = "physical_education"
    case geography, history, languages
    case religiousEducation = "religious_education"
    case business, economics, psychology, sociology, law, media, engineering
    case foodNutrition = "food_nutrition"
    case healthSocialCare = "health_social_care"
    case citizenship

    public var label: String {
        switch self {
        case .english: "English"
        case .maths: "Maths"
        case .science: "Science"
        case .biology: "Biology"
        case .chemistry: "Chemistry"
        case .physics: "Physics"
        case .computing: "Computing"
        case .designTechnology: "Design and technology"
        case .art: "Art and design"
        case .music: "Music"
        case .drama: "Drama"
        case .physicalEducation: "Physical education"
        case .geography: "Geography"
        case .history: "History"
        case .languages: "Modern languages"
        case .religiousEducation: "Religious education"
        case .business: "Business"
        case .economics: "Economics"
        case .psychology: "Psychology"
        case .sociology: "Sociology"
        case .law: "Law"
        case .media: "Media studies"
        case .engineering: "Engineering"
        case .foodNutrition: "Food and nutrition"
        case .healthSocialCare: "Health and social care"
        case .citizenship: "Citizenship"
        }
    }
}

/// Where a listing is in its life. A provider asks for `draft`, `published`, `closed` or
/// `archived`; `submitted` (waiting for moderation) and `returned` (sent back with a reason) are
/// set by moderation only (see `Moderation`).
public enum OpportunityStatus: String, Taxonomy {
    case draft, submitted, returned, published, closed, archived

    public var label: String {
        switch self {
        case .submitted: "Waiting for approval"
        case .returned: "Returned for changes"
        default: rawValue.capitalized
        }
    }

    /// The statuses a provider may ask for.
    public static let requestable: [OpportunityStatus] = [.draft, .published, .closed, .archived]
}

public enum ProviderKind: String, Taxonomy {
    case employer
    case nationalProvider = "national_provider"
    case publicSector = "public_sector"
    case educationBusinessPartnership = "education_business_partnership"

    public var label: String {
        switch self {
        case .employer: "Employer"
        case .nationalProvider: "National provider or charity"
        case .publicSector: "Public-sector body"
        case .educationBusinessPartnership: "Education business partnership"
        }
    }
}

public enum SizeBand: String, Taxonomy {
    case micro, small, medium, large

    public var label: String {
        switch self {
        case .micro: "Micro (1–9 staff)"
        case .small: "Small (10–49 staff)"
        case .medium: "Medium (50–249 staff)"
        case .large: "Large (250+ staff)"
        }
    }
}

/// School year groups that Wexchange serves: Year 7 to Year 13.
public enum YearGroup {
    public static let range: ClosedRange<Int> = 7...13
    public static let keyStage5: Set<Int> = [12, 13]
}
