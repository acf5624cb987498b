/// The one way a yes-or-no is written in text Wexchange reads (CSV cells, query values,
/// settings): exactly `true` or `false`, as the README says.
public enum BooleanText {
    public static let allowed = "true or false"

    public static func parse(_ text: String) -> Bool? {
        switch text {
        case "true": true
        case "false": false
        default: nil
        }
    }
}

/// "a school", "an assessor": the indefinite article for a noun in a message.
public func withArticle(_ noun: String) -> String {
    guard let first = noun.lowercased().first else { return noun }
    return ("aeiou".contains(first) ? "an " : "a ") + noun
}
