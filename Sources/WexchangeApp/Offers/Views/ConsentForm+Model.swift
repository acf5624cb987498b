import Foundation
import WexchangeCore

/// A parent or carer's e-consent: the placement's facts to check, an emergency contact, medical
/// needs, the declaration and their typed name as signature (GOV.UK check answers, then sign).
struct ConsentForm {
    let viewer: Viewer
    let offerId: UUID
    let studentName: String
    let facts: PlacementFacts
    var input = ConsentInput()
    var problems: [FieldError] = []

    var title: String { "Consent for \(studentName)'s work experience" }

    /// The message for `field`, when it is to blame.
    func problem(_ field: String) -> String? { problems.first { $0.field == field }?.message }

    /// The form reads the fields the API names: one spelling for both.
    static func input(from body: FormBody) -> ConsentInput {
        ConsentInput(
            decision: body["decision"], emergencyName: body["emergency_name"], emergencyPhone: body["emergency_phone"],
            relationship: body["relationship"], medicalNotes: body["medical_notes"], signedName: body["signed_name"],
            declaration: body["declaration"])
    }
}
