import Testing
import IAMPolicy

/// Principal-ID transformation support for the domain (iam-semantics.md §4).
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
@Suite("AWS principal mapping")
struct PrincipalMappingTests {
    static let text = """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Effect": "Allow", "Principal": {"AWS": ["arn:aws:iam::111122223333:user/alice", "123456789012"]},
             "Action": "sts:AssumeRole",
             "Condition": {"StringEquals": {"aws:PrincipalArn": "arn:aws:iam::111122223333:user/alice"}}},
            {"Effect": "Deny", "Principal": {"AWS": "arn:aws:iam::111122223333:role/Ops", "Service": "ec2.amazonaws.com"},
             "Action": "sts:AssumeRole"}
          ]
        }
        """

    @Test func enumeratesAWSPrincipalsInOrder() throws {
        let document = try policy(Self.text, kind: .trust)
        #expect(document.awsPrincipals == ["arn:aws:iam::111122223333:user/alice", "123456789012", "arn:aws:iam::111122223333:role/Ops"])
    }

    @Test func mapsOnlyPrincipalStringsAndKeepsLayout() throws {
        let document = try policy(Self.text, kind: .trust)
        let ids = ["arn:aws:iam::111122223333:user/alice": "AIDACKCEVSQ6C2EXAMPLE", "arn:aws:iam::111122223333:role/Ops": "AROADBQP57FF2AEXAMPLE"]
        let mapped = document.mappingAWSPrincipals { ids[$0] ?? $0 }
        #expect(mapped.awsPrincipals == ["AIDACKCEVSQ6C2EXAMPLE", "123456789012", "AROADBQP57FF2AEXAMPLE"])
        let expected = Self.text
            .replacing(#"["arn:aws:iam::111122223333:user/alice", "#, with: #"["AIDACKCEVSQ6C2EXAMPLE", "#)
            .replacing(#""arn:aws:iam::111122223333:role/Ops""#, with: #""AROADBQP57FF2AEXAMPLE""#)
        #expect(mapped.source == expected)
        // The condition's ARN is not a principal and stays.
        #expect(mapped.statements[0].conditions[0].values == ["arn:aws:iam::111122223333:user/alice"])
        #expect(mapped.kind == .trust)
    }

    @Test func mappedDocumentMatchesByUniqueIDOnly() throws {
        let document = try policy(Self.text, kind: .trust)
        let stored = document.mappingAWSPrincipals { $0 == Fixture.userARN ? Fixture.userID : $0 }
        func decide(_ caller: RequestPrincipal) -> Decision.Outcome {
            let request = AuthorizationRequest(
                principal: caller, action: "sts:AssumeRole", resource: "arn:aws:iam::111122223333:role/R",
                resourceAccountID: Fixture.account, context: ["aws:PrincipalArn": .single(caller.arn)])
            return PolicyEvaluator.evaluate(request, against: PolicySet(resourcePolicy: NamedPolicy(name: "trust", document: stored))).outcome
        }
        #expect(decide(Fixture.alice) == .allow)
        // A re-created alice has a new unique ID and no longer matches.
        #expect(decide(.user(arn: Fixture.userARN, uniqueID: "AIDANEWNEWNEWNEWNEWNE")) == .implicitDeny)
    }

    @Test func identityMappingReturnsTheSameDocument() throws {
        let document = try policy(Self.text, kind: .trust)
        #expect(document.mappingAWSPrincipals { $0 } == document)
    }
}
