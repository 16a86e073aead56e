@testable import ConsoleUI
import IAMKit
import IAMPolicy
import Testing

/// The wizard's rules, step by step, as the AWS console applies them.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user.html,
/// iam-semantics.md §1.1, §5.4.
@Suite("Create role wizard: steps and rules")
struct CreateRoleReducerTests {
    @Test("Step 1: Next stays unavailable, with the reason, until a 12-digit account is entered")
    func accountIDGatesNext() throws {
        var wizard = try WizardHarness()
        #expect(wizard.state.nextBlockedReason == "enter the 12-digit ID of the account to trust")
        wizard.press(.enter)
        #expect(wizard.state.step == .trustedEntity)
        #expect(wizard.app.refusal == "Next is unavailable: enter the 12-digit ID of the account to trust")
        wizard.press(.tab)
        wizard.type("12345")
        #expect(wizard.state.accountIDError == "Account ID must be 12 digits (0-9), for example 123456789012.")
        #expect(wizard.state.findings.first?.severity == .error)
        wizard.type("6789012")
        #expect(wizard.state.accountIDError == nil)
        wizard.press(.enter)
        #expect(wizard.state.step == .permissions)
    }

    @Test("\"This account\" fills the signed-in account and skips the Account ID field")
    func thisAccount() throws {
        var wizard = try WizardHarness()
        wizard.press(.character(" "))
        #expect(wizard.state.trustsThisAccount)
        #expect(wizard.state.trustedAccountID == DemoLab.productionAccountID)
        #expect(!wizard.state.visibleFields.contains(.accountID))
        wizard.press(.tab)
        #expect(wizard.state.focus == .requireExternalID)
        #expect(wizard.state.plan.trustPolicyDocument.contains("arn:aws:iam::111122223333:root"))
    }

    @Test("The seed's choices generate exactly the console's trust policy")
    func seedTrustPolicy() throws {
        var wizard = try WizardHarness()
        wizard.fillSeedTrust()
        #expect(wizard.state.requiresMFA)
        let expected = """
            {
                "Version": "2012-10-17",
                "Statement": [
                    {
                        "Effect": "Allow",
                        "Principal": {
                            "AWS": "arn:aws:iam::123456789012:root"
                        },
                        "Action": "sts:AssumeRole",
                        "Condition": {
                            "Bool": {
                                "aws:MultiFactorAuthPresent": "true"
                            }
                        }
                    }
                ]
            }
            """
        #expect(wizard.state.plan.trustPolicyDocument == expected)
    }

    @Test("External ID and MFA share one Condition block: StringEquals then Bool")
    func externalIDAndMFA() throws {
        var wizard = try WizardHarness()
        wizard.focusExternalID()
        #expect(wizard.state.focus == .externalID)
        #expect(wizard.state.nextBlockedReason == "enter the external ID, or clear Require external ID")
        wizard.type("Unguessable-7f3a9c1e")
        wizard.press(.tab, .character(" "))
        let json = try JSONParser.parse(wizard.state.plan.trustPolicyDocument)
        let condition = try #require(json["Statement"]?[0]?["Condition"]?.objectValue)
        #expect(condition.keys == ["StringEquals", "Bool"])
        #expect(condition["StringEquals"]?["sts:ExternalId"]?.stringValue == "Unguessable-7f3a9c1e")
        #expect(condition["Bool"]?["aws:MultiFactorAuthPresent"]?.stringValue == "true")
        #expect(wizard.state.findings.contains { $0.title == "Switch Role cannot use this role" })
    }

    @Test("External ID rules are STS's: 2–1224 characters of [\\w+=,.@:/-]", arguments: [
        ("a", "Member must have length greater than or equal to 2"),
        ("has space", "Member must satisfy regular expression pattern"),
        ("ok:value/with@chars", nil),
    ] as [(String, String?)])
    func externalIDRules(value: String, expected: String?) throws {
        var wizard = try WizardHarness()
        wizard.focusExternalID()
        wizard.type(value)
        if let expected {
            #expect(wizard.state.externalIDError?.contains(expected) == true)
            #expect(wizard.state.externalIDError?.contains("at 'externalId'") == true)
        } else {
            #expect(wizard.state.externalIDError == nil)
        }
    }

    @Test("Findings: another account trusted with neither MFA nor external ID is a security warning; MFA clears it")
    func trustFindings() throws {
        var wizard = try WizardHarness()
        wizard.press(.tab)
        wizard.type("123456789012")
        #expect(wizard.state.findings.contains { $0.severity == .securityWarning && $0.title.contains("without MFA") })
        wizard.press(.tab, .tab, .character(" "))
        #expect(!wizard.state.findings.contains { $0.severity == .securityWarning })
    }

    @Test("A guessable external ID is a warning", arguments: ["password", "12345678", "aaaaaaaaaa", "123456789012", "short"])
    func guessableExternalID(value: String) throws {
        var wizard = try WizardHarness()
        wizard.focusExternalID()
        wizard.type(value)
        #expect(wizard.state.findings.contains { $0.title == "External ID looks guessable" })
    }

    @Test("Step 2: / filters, Space chooses, the count shows, AdministratorAccess is a security warning, none is fine")
    func permissions() throws {
        var wizard = try WizardHarness()
        wizard.fillSeedTrust()
        wizard.press(.enter)
        #expect(wizard.state.step == .permissions)
        #expect(wizard.state.nextBlockedReason == nil)
        #expect(wizard.state.findings.contains { $0.title == "No permissions yet" })
        wizard.press(.character("/"))
        wizard.type("admin")
        #expect(wizard.state.filteredPolicies.map(\.name).contains("AdministratorAccess"))
        #expect(wizard.state.filteredPolicies.allSatisfy { $0.name.lowercased().contains("admin") })
        wizard.press(.enter, .character(" "))
        #expect(wizard.state.chosenPolicyARNs == ["arn:aws:iam::aws:policy/AdministratorAccess"])
        #expect(wizard.screen.contains("1 chosen (a role takes up to 10)"))
        #expect(wizard.state.findings.contains { $0.severity == .securityWarning && $0.title == "Broad permissions: AdministratorAccess" })
        wizard.press(.character(" "))
        #expect(wizard.state.chosenPolicyARNs.isEmpty)
    }

    @Test("An 11th policy is refused with AWS's quota error")
    func policyQuota() throws {
        var wizard = try WizardHarness()
        wizard.fillSeedTrust()
        wizard.press(.enter)
        for _ in 0..<11 { wizard.press(.character(" "), .down) }
        #expect(wizard.state.chosenPolicyARNs.count == 10)
        #expect(wizard.state.createError?.message == "Cannot exceed quota for PoliciesPerRole: 10")
    }

    @Test("b sets the highlighted policy as the permissions boundary, and again clears it")
    func boundary() throws {
        var wizard = try WizardHarness()
        wizard.fillSeedTrust()
        wizard.press(.enter, .character("b"))
        let first = try #require(wizard.state.filteredPolicies.first)
        #expect(wizard.state.boundaryARN == first.arn)
        wizard.press(.character("b"))
        #expect(wizard.state.boundaryARN == nil)
    }
}
