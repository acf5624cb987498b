/// A listing field's value in the loose form providers send it (`OpportunityInput`), whatever
/// the format it arrived in: JSON, a CSV cell or a form.
public enum FieldValue: Hashable, Sendable {
    case text(String)
    case texts([String])
    case wholeNumber(Int)
    case wholeNumbers([Int])
    case number(Double)
    case yesNo(Bool)
    case sessions([OpportunityInput.Session])
}
