import ConsoleUI
import Foundation
import Testing

/// The concept catalog behind guided mode and docs/concepts.md; its explanations follow the
/// AWS guide https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user.html
/// and the pages each entry links.
@Suite("Concept catalog: every topic explained in two to four sentences, with its AWS page")
struct ConceptCatalogTests {
    /// Every topic the console may name (pages, wizard fields, ideas).
    static let topics: [ConceptID] = [
        .trustingAndTrustedAccounts, .trustVersusPermissionsPolicies, .grantingPermissionToSwitch,
        .externalIDAndConfusedDeputy, .mfaConditions, .principalIDs, .evaluationLogic, .switchingRoles,
        .accountIsolation, .privilegeEscalation,
        .trustedEntity, .trustedAccountID, .requireExternalID, .externalIDValue, .requireMFA, .permissionsPolicies, .permissionsBoundary,
        .roleName, .rolePath, .roleTags, .roleDescription, .maxSessionDuration, .review, .grantAfterCreate,
        .demoLab, .createRoleWizard, .rolesList, .trustRelationshipsTab, .whoCanAssume, .usersAndMFA, .signIn,
        .switchRole, .session,
    ]

    @Test("every topic has exactly one entry", arguments: topics)
    func everyTopicHasAnEntry(topic: ConceptID) {
        #expect(ConceptCatalog.concept(topic) != nil, "no entry for \(topic)")
        #expect(ConceptCatalog.all.filter { $0.id == topic }.count == 1)
    }

    @Test("summaries are two to four sentences; every sentence ends as a sentence")
    func summariesAreShort() {
        for concept in ConceptCatalog.all {
            #expect((2...4).contains(concept.summary.count), "\(concept.title): \(concept.summary.count) sentences")
            for sentence in concept.summary + concept.details {
                #expect(sentence.hasSuffix(".") || sentence.hasSuffix("?"), "\(concept.title): \(sentence)")
            }
        }
    }

    @Test("every entry links an AWS documentation page over HTTPS")
    func linksAWSDocs() {
        for concept in ConceptCatalog.all {
            #expect(!concept.links.isEmpty, "\(concept.title) has no AWS link")
            #expect(concept.links.allSatisfy { $0.url.hasPrefix("https://docs.aws.amazon.com/") && $0.url.hasSuffix(".html") })
        }
    }

    @Test("the terminal text has no Markdown markers, but keeps what they wrapped")
    func plainText() {
        let mfa = ConceptCatalog.concept(.mfaConditions)?.plainSummary ?? ""
        #expect(mfa.hasPrefix(#"Require MFA adds "Bool": {"aws:MultiFactorAuthPresent": "true"}."#))
        #expect(mfa.contains("carries no value at all"))
        for concept in ConceptCatalog.all {
            #expect(!concept.plainSummary.contains("`") && !concept.plainSummary.contains("**"), "\(concept.title)")
        }
        #expect(Concept.plainText("Allow `s3:*` on * resources") == "Allow s3:* on * resources")
    }

    @Test("every well-known page has a topic of its own",
          arguments: [PageID.roles, .createRole, .users, .policies, .signIn, .switchRole, .session, WelcomePage.pageID])
    func pagesHaveTopics(page: PageID) {
        let topic = ConceptCatalog.topic(for: page)
        #expect(topic.flatMap(ConceptCatalog.concept) != nil, "\(page.name) has no topic")
    }
}

@Suite("docs/concepts.md is generated from the concept catalog")
struct ConceptsDocTests {
    @Test("the document matches the catalog (ROLECALL_RECORD_DOCS=1 regenerates it)")
    func documentIsCurrent() throws {
        try assertGeneratedDoc(ConceptCatalog.markdown(), at: "docs/concepts.md", regenerateWith: "ConceptsDocTests")
    }

    @Test("the document has a section per idea, page and wizard field, each with its AWS link")
    func documentCoversTheCatalog() {
        let document = ConceptCatalog.markdown()
        for concept in ConceptCatalog.all {
            #expect(document.contains("# \(concept.title)\n"))
            #expect(concept.links.allSatisfy { document.contains("<\($0.url)>") })
        }
    }
}
