/// One entry of the concept catalog: a short explanation in plain sentences with the AWS
/// pages that state the rule. Guided mode shows it beside the page or field in use and
/// docs/concepts.md is generated from the same entries, so the two never disagree.
///
/// Sentences may use light Markdown (`**bold**`, `*emphasis*`, `` `code` ``); `plainText`
/// removes it for the terminal.
public struct Concept: Hashable, Sendable {
    /// What the entry explains, which decides where docs/concepts.md lists it.
    public enum Kind: Hashable, Sendable, CaseIterable {
        /// An idea behind the AWS guide (trust, evaluation, MFA …).
        case idea
        /// A console page or panel.
        case page
        /// A field or step of the Create role wizard.
        case wizardField
    }

    /// A link to the AWS documentation.
    public struct Link: Hashable, Sendable {
        /// The page's title as AWS gives it.
        public let title: String
        /// The page's address.
        public let url: String

        /// Creates a link.
        public init(_ title: String, _ url: String) {
            self.title = title
            self.url = url
        }
    }

    /// The topic's identifier.
    public let id: ConceptID
    /// What the entry explains.
    public let kind: Kind
    /// The heading.
    public let title: String
    /// Two to four sentences: what guided mode shows first.
    public let summary: [String]
    /// Further sentences, shown when there is room and in docs/concepts.md.
    public let details: [String]
    /// The AWS pages that state the rule (at least one).
    public let links: [Link]

    /// Creates an entry.
    public init(_ id: ConceptID, _ kind: Kind, title: String, summary: [String], details: [String] = [], links: [Link]) {
        self.id = id
        self.kind = kind
        self.title = title
        self.summary = summary
        self.details = details
        self.links = links
    }

    /// The summary as plain text for the terminal (Markdown markers removed).
    public var plainSummary: String { Self.plainText(summary.joined(separator: " ")) }

    /// The details as plain text for the terminal.
    public var plainDetails: String { Self.plainText(details.joined(separator: " ")) }

    /// `text` without the light Markdown the catalog uses: `**`, `*` and backticks around words.
    public static func plainText(_ text: String) -> String {
        var result = ""
        var previous: Character = " "
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            // An asterisk is a marker when it touches a word on one side only (`*who*`, `**no**`);
            // a lone `*` between spaces (a wildcard in prose) stays.
            let isMarker = character == "*" && (previous.isLetter != next.isLetter || previous == "*" || next == "*")
            if character == "`" || isMarker {
                previous = character
                continue
            }
            result.append(character)
            previous = character
        }
        return result
    }
}
