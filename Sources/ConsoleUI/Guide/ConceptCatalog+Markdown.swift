extension ConceptCatalog {
    /// docs/concepts.md, generated from the catalog so the document and guided mode say the
    /// same thing.
    public static func markdown() -> String {
        var out = """
        # Concepts

        <!-- Generated from the concept catalog (Sources/ConsoleUI/Guide/ConceptCatalog+*.swift), the same text
             guided mode (`--guided`, F2) shows beside the page or field in use.
             Do not edit by hand: run `ROLECALL_RECORD_DOCS=1 swift test --filter ConceptsDocTests`. -->

        The ideas behind the AWS guide "Creating a role to delegate permissions to an IAM user"
        (<https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user.html>), as
        rolecall models them. Each section links the AWS page that states the rule; rolecall follows it.

        """
        for concept in all where concept.kind == .idea {
            out += section(concept, heading: "##")
        }
        out += "\n## The console's pages\n\nWhat guided mode says about each page when no field of it is in use.\n"
        for concept in all where concept.kind == .page {
            out += section(concept, heading: "###")
        }
        out += "\n## The Create role wizard, field by field\n\nWhat guided mode says beside each field or step of the wizard.\n"
        for concept in all where concept.kind == .wizardField {
            out += section(concept, heading: "###")
        }
        return out
    }

    private static func section(_ concept: Concept, heading: String) -> String {
        let text = (concept.summary + concept.details).joined(separator: " ")
        let links = concept.links.map { "<\($0.url)>" }.joined(separator: ",\n")
        return "\n\(heading) \(concept.title)\n" + wrap(text, width: 95).joined(separator: "\n") + "\nAWS: \(links)\n"
    }

    /// Wraps at spaces without cutting long words (URLs stay whole in the document).
    private static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
