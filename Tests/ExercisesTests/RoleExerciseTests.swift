import Exercises
import IAMKit
import Testing

/// Exercises 1–4 graded on an in-memory lab: the intended answer passes every task whatever the
/// role is called or how its JSON is laid out; plausible wrong answers fail with the right hint.
@Suite("Exercises 1–4: the cross-account role, the grant, the external ID")
struct RoleExerciseTests {
    static let mfaTrust = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}}]}"#
    static let noMFATrust = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}]}"#
    static let everyoneTrust = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}}]}"#
    /// The MFA trust with other formatting, statement as an object and the principal in a list.
    static let mfaTrustReformatted = """
        {
          "Statement": {"Condition": {"Bool": {"aws:MultiFactorAuthPresent": ["true"]}},
                        "Action": ["sts:AssumeRole"], "Principal": {"AWS": ["123456789012"]}, "Effect": "Allow"},
          "Version": "2012-10-17"
        }
        """

    private func createRole(_ lab: inout ExerciseLab, _ name: String, trust: String) throws {
        try lab.root(ExerciseLab.production, "iam:CreateRole",
                     #"{"RoleName": "\#(name)", "AssumeRolePolicyDocument": \#(ExerciseLab.quoted(trust))}"#)
        try lab.root(ExerciseLab.production, "iam:AttachRolePolicy",
                     #"{"RoleName": "\#(name)", "PolicyArn": "arn:aws:iam::111122223333:policy/PolicyForRole"}"#)
    }

    @Test("A fresh lab fails exercise 1 with 'no role yet'")
    func freshLabFails() throws {
        let lab = try ExerciseLab("1")
        let trust = try #require(lab.task("trust"))
        #expect(!trust.passed)
        #expect(trust.reason == "Account 111122223333 has no role yet.")
        #expect(!lab.report.isComplete)
    }

    @Test("Exercises 1 and 2 pass for any name and any JSON layout", arguments: ["1", "2"])
    func mfaRolePasses(exercise: String) throws {
        for (name, trust) in [("Test-UserAccess-Role", Self.mfaTrust), ("whatever-name", Self.mfaTrustReformatted)] {
            var lab = try ExerciseLab(exercise)
            try createRole(&lab, name, trust: trust)
            #expect(lab.report.isComplete, "\(lab.report.tasks)")
            #expect(lab.task("permissions")?.roleARN == "arn:aws:iam::111122223333:role/\(name)")
        }
    }

    @Test("A trust policy without the MFA condition fails with the Require MFA hint and the engine's reason")
    func withoutMFAFails() throws {
        var lab = try ExerciseLab("1")
        try createRole(&lab, "Test-UserAccess-Role", trust: Self.noMFATrust)
        let trust = try #require(lab.task("trust"))
        #expect(!trust.passed)
        #expect(trust.hint?.hasPrefix("Tick Require MFA") == true)
        #expect(trust.reason?.contains("is admitted by the trust policy: Allow statement 1 of the trust policy") == true, "\(trust.reason ?? "")")
        #expect(lab.task("permissions")?.passed == false, "the permissions task needs a role that passes the trust task")
    }

    @Test("Principal \"*\" fails with the hint that it trusts every account")
    func principalStarFails() throws {
        var lab = try ExerciseLab("2")
        try createRole(&lab, "Test-UserAccess-Role", trust: Self.everyoneTrust)
        let trust = try #require(lab.task("trust"))
        #expect(!trust.passed)
        #expect(trust.hint?.contains("Principal \"*\" trusts every AWS account") == true)
        #expect(trust.reason?.contains("arn:aws:iam::444455556666:user/mallory") == true)
    }

    @Test("Exercise 3: a group grant, alice switching with MFA, bob refused")
    func grantSwitchPasses() throws {
        var lab = try ExerciseLab("3")
        #expect(lab.task("grant")?.passed == false)
        let grant = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"arn:aws:iam::111122223333:role/Test-UserAccess-Role"}]}"#
        try lab.root(ExerciseLab.development, "iam:PutGroupPolicy",
                     #"{"GroupName": "Developers", "PolicyName": "SwitchToProduction", "PolicyDocument": \#(ExerciseLab.quoted(grant))}"#)
        #expect(lab.task("grant")?.passed == true)
        #expect(lab.task("switched")?.reason?.contains("has never been assumed") == true)
        try lab.call("sts:AssumeRole", #"{"RoleArn": "arn:aws:iam::111122223333:role/Test-UserAccess-Role", "RoleSessionName": "alice"}"#,
                     as: ExerciseLab.withMFA(ExerciseLab.development, "alice"))
        #expect(lab.report.isComplete, "\(lab.report.tasks)")
    }

    @Test("Exercise 3: a grant on the wrong ARN fails with the exact-ARN hint and AWS's AccessDenied reason")
    func grantOnWrongARNFails() throws {
        var lab = try ExerciseLab("3")
        let wrong = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"arn:aws:iam::123456789012:role/Test-UserAccess-Role"}]}"#
        try lab.root(ExerciseLab.development, "iam:PutGroupPolicy",
                     #"{"GroupName": "Developers", "PolicyName": "SwitchToProduction", "PolicyDocument": \#(ExerciseLab.quoted(wrong))}"#)
        let grant = try #require(lab.task("grant"))
        #expect(!grant.passed)
        #expect(grant.hint?.contains("the role's exact ARN") == true)
        #expect(grant.reason?.contains("is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role/Test-UserAccess-Role") == true,
                "\(grant.reason ?? "")")
    }

    @Test("Exercise 3: granting alice alone fails with the group hint")
    func grantToAliceOnlyFails() throws {
        var lab = try ExerciseLab("3")
        let grant = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"arn:aws:iam::111122223333:role/Test-UserAccess-Role"}]}"#
        try lab.root(ExerciseLab.development, "iam:PutUserPolicy",
                     #"{"UserName": "alice", "PolicyName": "Switch", "PolicyDocument": \#(ExerciseLab.quoted(grant))}"#)
        #expect(lab.task("grant")?.hint?.contains("Developers group") == true)
    }

    @Test("Exercise 4: the external ID role passes once vendor assumed it; without the condition it fails")
    func externalID() throws {
        var lab = try ExerciseLab("4")
        let trust = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::444455556666:root"},"Action":"sts:AssumeRole","Condition":{"StringEquals":{"sts:ExternalId":"Example-Corp-7"}}}]}"#
        try lab.root(ExerciseLab.production, "iam:CreateRole", #"{"RoleName": "PartnerMonitoring", "AssumeRolePolicyDocument": \#(ExerciseLab.quoted(trust))}"#)
        #expect(lab.task("trust")?.passed == true)
        #expect(lab.task("assumed")?.passed == false)
        try lab.call("sts:AssumeRole", #"{"RoleArn": "arn:aws:iam::111122223333:role/PartnerMonitoring", "RoleSessionName": "vendor", "ExternalId": "Example-Corp-7"}"#,
                     as: .user("444455556666", "vendor"))
        #expect(lab.report.isComplete, "\(lab.report.tasks)")

        var open = try ExerciseLab("4")
        let noID = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::444455556666:root"},"Action":"sts:AssumeRole"}]}"#
        try open.root(ExerciseLab.production, "iam:CreateRole", #"{"RoleName": "PartnerMonitoring", "AssumeRolePolicyDocument": \#(ExerciseLab.quoted(noID))}"#)
        #expect(open.task("trust")?.hint?.contains("confused deputy") == true)
    }
}
