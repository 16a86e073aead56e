import Testing
import IAMPolicy

/// Policy variables, defaults and special characters, only under Version 2012-10-17.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_version.html
@Suite("Policy variables")
struct PolicyVariableTests {
    let homeResource = #""arn:aws:s3:::bucket/home/${aws:username}/*""#

    @Test func usernameVariableNarrowsTheResource() throws {
        let document = try identityPolicy(resource: homeResource)
        let context: RequestContext = ["aws:username": "alice"]
        #expect(evaluate([document], resource: "arn:aws:s3:::bucket/home/alice/notes.txt", context: context).isAllowed)
        #expect(!evaluate([document], resource: "arn:aws:s3:::bucket/home/bob/notes.txt", context: context).isAllowed)
    }

    @Test func variablesAreLiteralTextUnderOlderVersions() throws {
        for version in ["2008-10-17", nil] as [String?] {
            let document = try identityPolicy(resource: homeResource, version: version)
            let context: RequestContext = ["aws:username": "alice"]
            #expect(!evaluate([document], resource: "arn:aws:s3:::bucket/home/alice/x", context: context).isAllowed)
            #expect(evaluate([document], resource: "arn:aws:s3:::bucket/home/${aws:username}/x", context: context).isAllowed)
        }
    }

    @Test func aVariableWithoutValueMatchesNothing() throws {
        let document = try identityPolicy(resource: homeResource)
        // Role sessions have no aws:username.
        #expect(!evaluate([document], principal: Fixture.session, resource: "arn:aws:s3:::bucket/home//x").isAllowed)
    }

    @Test func defaultValuesApplyWhenTheKeyIsMissing() throws {
        let document = try identityPolicy(resource: #""arn:aws:s3:::bucket/${aws:PrincipalTag/team, 'company-wide'}/*""#)
        #expect(evaluate([document], resource: "arn:aws:s3:::bucket/company-wide/x").isAllowed)
        #expect(evaluate([document], resource: "arn:aws:s3:::bucket/blue/x", context: ["aws:PrincipalTag/team": "blue"]).isAllowed)
        #expect(!evaluate([document], resource: "arn:aws:s3:::bucket/company-wide/x", context: ["aws:PrincipalTag/team": "blue"]).isAllowed)
    }

    @Test func specialCharactersStandForThemselves() throws {
        let document = try identityPolicy(resource: #""arn:aws:s3:::bucket/${*}${?}${$}""#)
        #expect(evaluate([document], resource: "arn:aws:s3:::bucket/*?$").isAllowed)
        #expect(!evaluate([document], resource: "arn:aws:s3:::bucket/abc").isAllowed)
    }

    @Test func variableNamesAreCaseInsensitiveAndWorkInConditions() throws {
        let document = try identityPolicy(condition: #"{"StringEquals": {"s3:prefix": "home/${AWS:UserName}/"}}"#)
        #expect(evaluate([document], context: ["aws:username": "alice", "s3:prefix": "home/alice/"]).isAllowed)
        #expect(!evaluate([document], context: ["aws:username": "alice", "s3:prefix": "home/bob/"]).isAllowed)
    }

    @Test func substitutedValuesAreNotWildcards() throws {
        let document = try identityPolicy(condition: #"{"StringLike": {"s3:prefix": "${aws:PrincipalTag/dir}/*"}}"#)
        #expect(evaluate([document], context: ["aws:PrincipalTag/dir": "a*", "s3:prefix": "a*/x"]).isAllowed)
        #expect(!evaluate([document], context: ["aws:PrincipalTag/dir": "a*", "s3:prefix": "abc/x"]).isAllowed)
    }

    @Test func unresolvedVariableMakesNegatedOperatorsHold() throws {
        let document = try identityPolicy(condition: #"{"StringNotEquals": {"s3:prefix": "${aws:username}"}}"#)
        #expect(evaluate([document], context: ["s3:prefix": "x"]).isAllowed)
    }

    @Test func numericOperatorsDoNotSubstitute() throws {
        let document = try identityPolicy(condition: #"{"NumericEquals": {"k:n": "${k:m}"}}"#)
        #expect(!evaluate([document], context: ["k:n": "5", "k:m": "5"]).isAllowed)
    }
}
