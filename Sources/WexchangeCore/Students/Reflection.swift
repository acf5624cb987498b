/// What a student writes about one experience: goals before it, and afterwards a reflection with
/// a rating (1–5) of each of the eight essential skills (students issue, "The journey"; the seed
/// report: "pre-placement preparation … following the placement, students should reflect").
public struct Reflection: Hashable, Sendable {
    /// What the student wants to get out of it.
    public var goals: String?
    /// What they learned, what went well and what did not.
    public var text: String?
    /// How the student rates themselves at each skill after it; empty until they reflect.
    public var ratings: [Skill: Int]

    public init(goals: String? = nil, text: String? = nil, ratings: [Skill: Int] = [:]) {
        self.goals = goals
        self.text = text
        self.ratings = ratings
    }

    public var hasGoals: Bool { goals != nil }
    public var hasReflected: Bool { text != nil }

    /// The ratings as stored: `listening=4;speaking=3`, in the skills' order.
    public var storedRatings: String {
        Skill.allCases.compactMap { skill in ratings[skill].map { "\(skill.rawValue)=\($0)" } }.joined(separator: ";")
    }

    /// Reads `storedRatings` back; anything unreadable is left out rather than guessed.
    public static func ratings(stored: String?) -> [Skill: Int] {
        var ratings: [Skill: Int] = [:]
        for pair in (stored ?? "").split(separator: ";") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, let skill = Skill(rawValue: String(parts[0])), let rating = Int(parts[1]),
                ReflectionRules.ratings.contains(rating)
            else { continue }
            ratings[skill] = rating
        }
        return ratings
    }
}

/// Checks what a student types before and after an experience. Field names are the forms'.
public enum ReflectionRules {
    public static let maxLength = 2000
    public static let ratings = 1...5

    /// The words a rating stands for, so the scale means the same to every student.
    public static func meaning(_ rating: Int) -> String {
        switch rating {
        case 1: "Just starting"
        case 2: "Getting there"
        case 3: "Confident"
        case 4: "Strong"
        default: "Could teach others"
        }
    }

    /// The goals, trimmed; every problem at once.
    public static func goals(_ text: String?) -> Result<String, ValidationFailure> {
        var errors: [FieldError] = []
        let goals = written("goals", text, empty: "Write at least one thing you want to get out of it", &errors)
        return errors.isEmpty ? .success(goals) : .failure(ValidationFailure(errors))
    }

    /// The reflection and a rating for each skill, read from `rating-<skill>` fields.
    public static func reflection(
        _ text: String?, ratings answers: [Skill: String]
    ) -> Result<(text: String, ratings: [Skill: Int]), ValidationFailure> {
        var errors: [FieldError] = []
        let reflection = written("reflection", text, empty: "Write what you learned, what went well and what did not", &errors)
        var ratings: [Skill: Int] = [:]
        for skill in Skill.allCases {
            let answer = answers[skill]?.trimmingWhitespace ?? ""
            if let rating = Int(answer), Self.ratings.contains(rating) {
                ratings[skill] = rating
            } else {
                errors.append(FieldError(field(skill), "Choose how you did at \(skill.label.lowercased()), from 1 to 5"))
            }
        }
        return errors.isEmpty ? .success((reflection, ratings)) : .failure(ValidationFailure(errors))
    }

    /// The form field that carries a skill's rating.
    public static func field(_ skill: Skill) -> String { "rating-\(skill.rawValue)" }

    private static func written(_ field: String, _ text: String?, empty: String, _ errors: inout [FieldError]) -> String {
        let trimmed = (text ?? "").trimmingWhitespace
        if trimmed.isEmpty {
            errors.append(FieldError(field, empty))
        } else if trimmed.count > maxLength {
            errors.append(FieldError(field, "Write at most \(maxLength) characters (you wrote \(trimmed.count))"))
        }
        return trimmed
    }
}

/// A student's skills over time: each skill's ratings from their reflections, oldest first.
public struct SkillsProfile: Hashable, Sendable {
    public struct Line: Hashable, Sendable {
        public let skill: Skill
        /// Oldest first.
        public let ratings: [Int]
        public var first: Int? { ratings.first }
        public var latest: Int? { ratings.last }
        /// Latest less first: how far the student feels they have come.
        public var change: Int { (latest ?? 0) - (first ?? 0) }
    }

    public let lines: [Line]
    /// How many reflections it is drawn from.
    public let reflections: Int

    /// From the reflections of a journey, in the order the experiences happened.
    public init(_ reflections: [Reflection]) {
        let rated = reflections.filter { !$0.ratings.isEmpty }
        self.reflections = rated.count
        lines = Skill.allCases.map { skill in Line(skill: skill, ratings: rated.compactMap { $0.ratings[skill] }) }
    }

    public var isEmpty: Bool { reflections == 0 }
}
