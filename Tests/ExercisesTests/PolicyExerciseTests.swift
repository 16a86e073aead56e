import Exercises
import IAMKit
import Testing

/// Exercises 5–8 graded on an in-memory lab: the intended fix passes, plausible wrong fixes fail
/// with the hint that names what is still wrong.
@Suite("Exercises 5–8: principal IDs, least privilege, boundaries, escalation")
struct PolicyExerciseTests {
    private static func trust(_ principal: String) -> String {
        #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"\#(principal)"},"Action":"sts:AssumeRole"}]}"#
    }

    @Test("Exercise 5: the stale unique ID fails; naming carol again passes; trusting the account fails")
    func principalIDTrap() throws {
        var lab = try ExerciseLab("5")
        let broken = try #require(lab.task("carol-again"))
        #expect(!broken.passed)
        #expect(broken.reason?.contains("does not name you") == true, "\(broken.reason ?? "")")
        try lab.root(ExerciseLab.production, "iam:UpdateAssumeRolePolicy",
                     #"{"RoleName": "CarolRole", "PolicyDocument": \#(ExerciseLab.quoted(Self.trust("arn:aws:iam::123456789012:user/carol")))}"#)
        #expect(lab.report.isComplete, "\(lab.report.tasks)")

        var wide = try ExerciseLab("5")
        try wide.root(ExerciseLab.production, "iam:UpdateAssumeRolePolicy",
                      #"{"RoleName": "CarolRole", "PolicyDocument": \#(ExerciseLab.quoted(Self.trust("arn:aws:iam::123456789012:root")))}"#)
        #expect(wide.task("carol-again")?.passed == true)
        #expect(wide.task("only-carol")?.hint?.contains("not the whole account") == true)
    }

    @Test("Exercise 6: the exact read-only policy passes; s3:* on the bucket fails with the reading hint")
    func leastPrivilege() throws {
        var lab = try ExerciseLab("6")
        #expect(lab.task("needs")?.passed == true)
        #expect(lab.task("nothing-more")?.passed == false)
        try lab.root(ExerciseLab.production, "iam:DeleteRolePolicy", #"{"RoleName": "ReportReader", "PolicyName": "Everything"}"#)
        #expect(lab.task("needs")?.passed == false, "without any policy the role cannot read reports")
        let exact = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListBucket","Resource":"arn:aws:s3:::reports"},{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::reports/*"}]}"#
        try lab.root(ExerciseLab.production, "iam:PutRolePolicy",
                     #"{"RoleName": "ReportReader", "PolicyName": "ReadReports", "PolicyDocument": \#(ExerciseLab.quoted(exact))}"#)
        #expect(lab.report.isComplete, "\(lab.report.tasks)")

        var broad = try ExerciseLab("6")
        try broad.root(ExerciseLab.production, "iam:DeleteRolePolicy", #"{"RoleName": "ReportReader", "PolicyName": "Everything"}"#)
        let bucket = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":["arn:aws:s3:::reports","arn:aws:s3:::reports/*"]}]}"#
        try broad.root(ExerciseLab.production, "iam:PutRolePolicy",
                       #"{"RoleName": "ReportReader", "PolicyName": "Reports", "PolicyDocument": \#(ExerciseLab.quoted(bucket))}"#)
        let task = try #require(broad.task("nothing-more"))
        #expect(task.hint?.hasPrefix("Allow only reading") == true)
        #expect(task.reason?.contains("may perform s3:PutObject") == true, "\(task.reason ?? "")")
    }

    @Test("Exercise 7: CreateRole conditioned on the boundary passes; an unconditioned grant fails")
    func boundaryDelegation() throws {
        var lab = try ExerciseLab("7")
        let conditioned = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:CreateRole","Resource":"arn:aws:iam::123456789012:role/*","Condition":{"StringEquals":{"iam:PermissionsBoundary":"arn:aws:iam::123456789012:policy/DeveloperBoundary"}}}]}"#
        try lab.root(ExerciseLab.development, "iam:PutGroupPolicy",
                     #"{"GroupName": "Developers", "PolicyName": "CreateBoundedRoles", "PolicyDocument": \#(ExerciseLab.quoted(conditioned))}"#)
        #expect(lab.report.isComplete, "\(lab.report.tasks)")

        var open = try ExerciseLab("7")
        let unconditioned = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:CreateRole","Resource":"*"}]}"#
        try open.root(ExerciseLab.development, "iam:PutUserPolicy",
                      #"{"UserName": "alice", "PolicyName": "CreateRoles", "PolicyDocument": \#(ExerciseLab.quoted(unconditioned))}"#)
        #expect(open.task("create-under-boundary")?.passed == true)
        let task = try #require(open.task("only-under-boundary"))
        #expect(task.hint?.hasPrefix("Condition the grant on iam:PermissionsBoundary") == true)
    }

    @Test("Exercise 8: the escalation paths are open at the start and closed by a new default version")
    func privilegeEscalation() throws {
        var lab = try ExerciseLab("8")
        let closed = try #require(lab.task("closed"))
        #expect(closed.hint?.contains("attach AdministratorAccess to herself") == true)
        #expect(lab.task("still-works")?.passed == true)
        let fixed = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:Get*","iam:List*"],"Resource":"*"},{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::ops-logs/*"},{"Effect":"Allow","Action":"iam:CreateAccessKey","Resource":"arn:aws:iam::123456789012:user/${aws:username}"}]}"#
        try lab.root(ExerciseLab.development, "iam:CreatePolicyVersion",
                     #"{"PolicyArn": "arn:aws:iam::123456789012:policy/OpsAccess", "PolicyDocument": \#(ExerciseLab.quoted(fixed)), "SetAsDefault": true}"#)
        #expect(lab.report.isComplete, "\(lab.report.tasks)")

        var halfway = try ExerciseLab("8")
        let keysForAll = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:Get*","iam:List*","iam:CreateAccessKey","s3:GetObject"],"Resource":"*"}]}"#
        try halfway.root(ExerciseLab.development, "iam:CreatePolicyVersion",
                         #"{"PolicyArn": "arn:aws:iam::123456789012:policy/OpsAccess", "PolicyDocument": \#(ExerciseLab.quoted(keysForAll)), "SetAsDefault": true}"#)
        #expect(halfway.task("closed")?.hint?.contains("access keys for alice") == true)
    }
}
