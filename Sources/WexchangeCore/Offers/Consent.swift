import Foundation

/// A parent or carer's e-consent to a placement, as submitted (loose strings, as forms send them).
/// Field names are the form's and the API's.
public struct ConsentInput: Sendable, Hashable, Codable {
    /// `give` or `refuse`.
    public var decision: String?
    public var emergencyName: String?
    public var emergencyPhone: String?
    public var relationship: String?
    /// Medical needs or anything the provider must know to keep the student safe (optional).
    public var medicalNotes: String?
    /// The parent's full name, typed as their signature.
    public var signedName: String?
    /// `yes` when the declaration is ticked.
    public var declaration: String?

    public init(
        decision: String? = nil, emergencyName: String? = nil, emergencyPhone: String? = nil, relationship: String? = nil,
        medicalNotes: String? = nil, signedName: String? = nil, declaration: String? = nil
    ) {
        self.decision = decision
        self.emergencyName = emergencyName
        self.emergencyPhone = emergencyPhone
        self.relationship = relationship
        self.medicalNotes = medicalNotes
        self.signedName = signedName
        self.declaration = declaration
    }

    enum CodingKeys: String, CodingKey {
        case decision, relationship, declaration
        case emergencyName = "emergency_name", emergencyPhone = "emergency_phone", medicalNotes = "medical_notes"
        case signedName = "signed_name"
    }
}

/// A checked consent: given (with the emergency contact the provider will see) or refused.
public enum Consent: Sendable, Hashable {
    case given(EmergencyContact, medicalNotes: String?, signedName: String)
    case refused(signedName: String)

    public var signedName: String {
        switch self {
        case .given(_, _, let name), .refused(let name): name
        }
    }
}

public struct EmergencyContact: Sendable, Hashable, Codable {
    public var name: String
    public var phone: String
    public var relationship: String

    public init(name: String, phone: String, relationship: String) {
        self.name = name
        self.phone = phone
        self.relationship = relationship
    }
}

public enum ConsentRules {
    public static let nameLimit = 100
    public static let notesLimit = 1000

    /// Checks everything at once; every problem is named by its field in plain words.
    public static func check(_ input: ConsentInput) -> Result<Consent, ValidationFailure> {
        var errors: [FieldError] = []
        let signed = oneLine(input.signedName ?? "")
        if signed.isEmpty {
            errors.append(FieldError("signed_name", "Enter your full name to sign"))
        } else if signed.count > nameLimit {
            errors.append(FieldError("signed_name", "Your name must be \(nameLimit) characters or fewer"))
        }
        switch input.decision {
        case "refuse":
            guard errors.isEmpty else { return .failure(ValidationFailure(errors)) }
            return .success(.refused(signedName: signed))
        case "give":
            break
        default:
            errors.insert(FieldError("decision", "Select whether you give consent"), at: 0)
            return .failure(ValidationFailure(errors))
        }
        let name = oneLine(input.emergencyName ?? "")
        if name.isEmpty {
            errors.append(FieldError("emergency_name", "Enter the name of an emergency contact"))
        } else if name.count > nameLimit {
            errors.append(FieldError("emergency_name", "The emergency contact's name must be \(nameLimit) characters or fewer"))
        }
        let phone = oneLine(input.emergencyPhone ?? "")
        if phone.isEmpty {
            errors.append(FieldError("emergency_phone", "Enter the emergency contact's telephone number"))
        } else if !isUKPhone(phone) {
            errors.append(
                FieldError(
                    "emergency_phone", "Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192"))
        }
        let relationship = oneLine(input.relationship ?? "")
        if relationship.isEmpty {
            errors.append(FieldError("relationship", "Enter how the emergency contact is related to the student, like mother or uncle"))
        } else if relationship.count > nameLimit {
            errors.append(FieldError("relationship", "The relationship must be \(nameLimit) characters or fewer"))
        }
        let notes = (input.medicalNotes ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if notes.count > notesLimit {
            errors.append(FieldError("medical_notes", "Medical needs must be \(notesLimit) characters or fewer"))
        }
        if input.declaration != "yes" {
            errors.append(FieldError("declaration", "Confirm that you have read the placement's details and agree"))
        }
        guard errors.isEmpty else { return .failure(ValidationFailure(errors)) }
        return .success(
            .given(
                EmergencyContact(name: name, phone: phone, relationship: relationship), medicalNotes: notes.isEmpty ? nil : notes,
                signedName: signed))
    }

    /// The text on one line with single spaces: a typed name or number has no line breaks to keep.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// A UK number as people write it: 0 and 10 digits, or +44 and 9 or 10 digits (without the 0);
    /// spaces, hyphens and brackets allowed.
    public static func isUKPhone(_ text: String) -> Bool {
        var digits = ""
        for (index, character) in text.enumerated() {
            if character.isASCII && character.isNumber {
                digits.append(character)
            } else if character == "+" && index == 0 {
                digits.append("+")
            } else if !" -()".contains(character) {
                return false
            }
        }
        if digits.hasPrefix("+44") { return (9...10).contains(digits.count - 3) }
        return digits.hasPrefix("0") && digits.count == 11 && !digits.contains("+")
    }
}
