import Foundation
import WexchangeCore
import WexchangeHTML

extension ReflectionForm: PageView {
    var document: HTMLDocument {
        PageLayout.render(
            title: title, viewer: viewer, problem: !problems.isEmpty,
            [
                .p(.a(.class("back-link"), .href(StudentRoutes.journey.link(studentId)), "Back to the journey")),
                ErrorSummary.render(problems.map { ErrorSummary.Item(field: $0.field, message: $0.message) }),
                .h1(.text(title)),
                PageLayout.postForm(action, csrf: viewer.csrfToken, label: title, part == .goals ? goalsFields : reflectionFields),
            ])
    }

    private var goalsFields: [Node] {
        [
            writing(
                "goals", "What do you want to get out of it?",
                hint: "For example: find out what an engineer does all day; practise speaking to adults I do not know.", goals),
            PageLayout.submit("Save your goals"),
        ]
    }

    private var reflectionFields: [Node] {
        [
            goalsSet.map { goals in .div(.class("inset"), .h2("Your goals were"), .p(.text(goals))) } ?? .empty,
            writing("reflection", "What did you learn? What went well, and what did not?", hint: nil, text),
            .h2("How did you do at each skill?"),
            .p(
                .class("hint"),
                .text(
                    "From 1 to 5: \(ReflectionRules.ratings.map { "\($0) \(ReflectionRules.meaning($0).lowercased())" }.joined(separator: ", "))."
                )),
            .forEach(Skill.allCases) { skill in rating(skill) },
            PageLayout.submit("Save your reflection"),
        ]
    }

    private func writing(_ name: String, _ label: String, hint: String?, _ value: String?) -> Node {
        let error = problem(name)
        return PageLayout.labelled(
            name, label,
            .textarea(
                .id(name), .name(name), .rows(6), .required(true),
                .ariaDescribedBy(PageLayout.describedBy(name, hinted: hint != nil, invalid: error != nil)), .ariaInvalid(error != nil),
                .text(value ?? "")),
            hint: hint, error: error)
    }

    /// A GOV.UK radios group, inline; the first radio carries the field's id so the error
    /// summary's link lands on it.
    private func rating(_ skill: Skill) -> Node {
        let field = ReflectionRules.field(skill)
        let error = problem(field)
        return .fieldset(
            .class(error == nil ? "field" : "field field-error"),
            .ariaDescribedBy(error == nil ? nil : "\(field)-error"),
            .legend(.text(skill.label)),
            PageLayout.errorMessage(error, id: "\(field)-error"),
            .div(
                .class("radios-inline"),
                .forEach(Array(ReflectionRules.ratings)) { value in
                    let id = value == ReflectionRules.ratings.lowerBound ? field : "\(field)-\(value)"
                    return .div(
                        .class("field checkbox"),
                        .input(.type("radio"), .id(id), .name(field), .value("\(value)"), .checked(ratings[skill] == "\(value)")),
                        .label(.for(id), .text("\(value)"), .span(.class("visually-hidden"), .text(" \(ReflectionRules.meaning(value))"))))
                }))
    }
}
