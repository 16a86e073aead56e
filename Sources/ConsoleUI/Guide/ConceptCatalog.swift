/// The concept catalog: every explanation guided mode can show, and the source of
/// docs/concepts.md. Entries are data (`Concept`), grouped by kind in the files
/// `ConceptCatalog+Ideas.swift`, `+Wizard.swift` and `+Pages.swift`.
public enum ConceptCatalog {
    /// Every entry: ideas, then pages, then wizard fields.
    public static let all: [Concept] = ideas + pages + wizardFields

    private static let byID: [ConceptID: Concept] = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

    /// The entry for `id`, if the catalog has one.
    public static func concept(_ id: ConceptID) -> Concept? {
        byID[id]
    }

    /// The topic guided mode shows for a page that names no more specific one.
    public static func topic(for page: PageID) -> ConceptID? {
        switch page.name {
        case "welcome": .demoLab
        case "roles": .rolesList
        case "createRole": .createRoleWizard
        case "users": .usersAndMFA
        case "policies": .trustVersusPermissionsPolicies
        case "signIn": .signIn
        case "switchRole": .switchRole
        case "session": .session
        case "activity": .activity
        default: nil
        }
    }
}
