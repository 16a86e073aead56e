import Testing
import IAMPolicy

/// What a decision reports: matched statements with places, per-statement trace, missing keys.
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
@Suite("Decision explanation")
struct DecisionExplanationTests {
    static let text = """
        {
          "Version": "2012-10-17",
          "Statement": [
            {"Sid": "ReadBucket", "Effect": "Allow", "Action": "s3:Get*", "Resource": "arn:aws:s3:::b/*",
             "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}, "StringEquals": {"aws:PrincipalTag/team": "blue"}}},
            {"Sid": "NoDelete", "Effect": "Deny", "Action": "s3:Delete*", "Resource": "*"},
            {"Effect": "Allow", "Action": "ec2:*", "Resource": "*"}
          ]
        }
        """

    static let object = "arn:aws:s3:::b/key"

    @Test func allowNamesTheStatementThatGranted() throws {
        let document = try policy(Self.text)
        let decision = evaluate([document], resource: Self.object, context: ["aws:MultiFactorAuthPresent": "true", "aws:PrincipalTag/team": "blue"])
        #expect(decision.outcome == .allow)
        #expect(decision.matchedStatements.map(\.sid) == ["ReadBucket"])
        #expect(decision.matchedStatements.first?.span.start.description == "4:5")
        #expect(decision.matchedStatements.first?.policyName == "P0")
        #expect(decision.matchedStatements.first?.policyType == .identity)
        #expect(decision.trace.isEmpty)
    }

    @Test func explicitDenyNamesTheDenyStatement() throws {
        let decision = evaluate([try policy(Self.text)], action: "s3:DeleteObject")
        #expect(decision.outcome == .explicitDeny)
        #expect(decision.matchedStatements.map(\.statementIndex) == [1])
        #expect(decision.matchedStatements.map(\.effect) == [.deny])
        #expect(Decision.Outcome.explicitDeny.evalDecision == "explicitDeny")
    }

    @Test func missingContextKeysAreReported() throws {
        let decision = evaluate([try policy(Self.text)], resource: Self.object, context: ["aws:MultiFactorAuthPresent": "false"])
        #expect(decision.outcome == .implicitDeny)
        #expect(decision.missingContextKeys == ["aws:PrincipalTag/team"])
    }

    @Test func traceExplainsEveryStatementWithContextValues() throws {
        let decision = evaluate([try policy(Self.text)], resource: Self.object, context: ["aws:MultiFactorAuthPresent": "false"], explain: true)
        #expect(decision.outcome == .implicitDeny)
        #expect(decision.trace.count == 3)
        let read = decision.trace[0]
        #expect(read.actionMatched && read.resourceMatched == true && read.principalMatched == nil && !read.applies)
        #expect(read.conditions.map(\.operatorName) == ["Bool", "StringEquals"])
        #expect(read.conditions.map(\.contextValues) == [["false"], nil])
        #expect(read.conditions.map(\.result) == [false, false])
        #expect(read.conditions[0].span?.start.description == "5:29")
        #expect(read.summary == #"Allow statement 0 (Sid "ReadBucket") of P0 does not apply: condition Bool aws:MultiFactorAuthPresent is false"#)
        #expect(!decision.trace[1].actionMatched)
        #expect(decision.trace[2].summary == "Allow statement 2 of P0 does not apply: action not matched")
    }

    @Test func explainedAndFastDecisionsAgree() throws {
        let document = try policy(Self.text)
        let contexts: [RequestContext] = [[:], ["aws:MultiFactorAuthPresent": "true", "aws:PrincipalTag/team": "blue"]]
        for action in ["s3:GetObject", "s3:DeleteObject", "ec2:RunInstances", "iam:PassRole"] {
            for context in contexts {
                let fast = evaluate([document], action: action, resource: Self.object, context: context)
                let explained = evaluate([document], action: action, resource: Self.object, context: context, explain: true)
                #expect(fast.outcome == explained.outcome)
                #expect(fast.matchedStatements == explained.matchedStatements)
                #expect(fast.missingContextKeys == explained.missingContextKeys)
            }
        }
    }

    @Test func traceShowsSubstitutedVariables() throws {
        let document = try identityPolicy(condition: #"{"StringLike": {"s3:prefix": "home/${aws:username}/*"}}"#)
        let decision = evaluate([document], context: ["aws:username": "alice", "s3:prefix": "home/alice/x"], explain: true)
        #expect(decision.trace.first?.conditions.first?.policyValues == ["home/alice/*"])
        #expect(decision.isAllowed)
    }
}
