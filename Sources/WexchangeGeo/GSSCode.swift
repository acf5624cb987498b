import Foundation

/// Government Statistical Service codes of English local authorities: unitary authorities
/// (E06), non-metropolitan districts (E07), metropolitan districts (E08), London boroughs (E09)
/// and counties (E10), each followed by six digits.
public enum GSSCode {
    public static func isLocalAuthority(_ code: String) -> Bool {
        code.range(of: #"^E(0[6-9]|10)\d{6}$"#, options: .regularExpression) != nil
    }
}
