import AWSCommandLine
import Foundation
import IAMKit
import RoleServer
import RoleStore
import Testing

@Suite("Query endpoint")
struct QueryEndpointTests {
    static let trust = """
        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}}]}
        """

    @Test func createRoleAnswersInAWSShape() throws {
        let lab = try ServerLab()
        let response = lab.call([("Action", "CreateRole"), ("Version", "2010-05-08"), ("RoleName", "UpdateApp"),
                                 ("AssumeRolePolicyDocument", Self.trust), ("Tags.member.1.Key", "team"), ("Tags.member.1.Value", "blue")])
        #expect(response.status == 200)
        #expect(response.body.hasPrefix("<CreateRoleResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\">"))
        #expect(response.body.contains("<CreateRoleResult>"))
        #expect(response.body.contains("<RoleName>UpdateApp</RoleName>"))
        #expect(response.body.contains("<Arn>arn:aws:iam::111122223333:role/UpdateApp</Arn>"))
        #expect(response.body.contains("<Tags>\n        <member>\n          <Key>team</Key>"))
        #expect(response.body.contains("<AssumeRolePolicyDocument>%7B%22Version%22"))
        #expect(response.body.range(of: #"<CreateDate>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ</CreateDate>"#, options: .regularExpression) != nil)
        let requestID = try #require(response.headers.first { $0.name == "x-amzn-RequestId" }?.value)
        #expect(response.body.contains("<ResponseMetadata>\n    <RequestId>\(requestID)</RequestId>"))
        #expect(response.decision == "allow")
        #expect(response.caller == "arn:aws:iam::111122223333:root")

        // The same store, through the CLI's own path, sees it at once.
        let listed = lab.call([("Action", "GetRole"), ("Version", "2010-05-08"), ("RoleName", "UpdateApp")])
        #expect(listed.body.contains("<Key>team</Key>"))
    }

    @Test func operationWithoutOutputHasOnlyMetadata() throws {
        let lab = try ServerLab()
        _ = lab.call([("Action", "CreateRole"), ("Version", "2010-05-08"), ("RoleName", "R"), ("AssumeRolePolicyDocument", Self.trust)])
        let response = lab.call([("Action", "AttachRolePolicy"), ("Version", "2010-05-08"), ("RoleName", "R"),
                                 ("PolicyArn", "arn:aws:iam::111122223333:policy/PolicyForRole")])
        #expect(response.status == 200)
        #expect(!response.body.contains("AttachRolePolicyResult"))
        #expect(response.body.contains("<AttachRolePolicyResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\">\n  <ResponseMetadata>"))
    }

    @Test func errorsUseAWSStatusAndDocument() throws {
        let lab = try ServerLab()
        let missing = lab.call([("Action", "GetRole"), ("Version", "2010-05-08"), ("RoleName", "Nope")])
        #expect(missing.status == 404)
        #expect(missing.body.contains("<ErrorResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\">"))
        #expect(missing.body.contains("<Type>Sender</Type>\n    <Code>NoSuchEntity</Code>\n    <Message>The role with name Nope cannot be found.</Message>"))
        _ = lab.call([("Action", "CreateRole"), ("Version", "2010-05-08"), ("RoleName", "R"), ("AssumeRolePolicyDocument", Self.trust)])
        let again = lab.call([("Action", "CreateRole"), ("Version", "2010-05-08"), ("RoleName", "R"), ("AssumeRolePolicyDocument", Self.trust)])
        #expect(again.status == 409)
        #expect(again.body.contains("<Code>EntityAlreadyExists</Code>"))
        let unknown = lab.call([("Action", "MakeCoffee"), ("Version", "2010-05-08")])
        #expect(unknown.status == 400)
        #expect(unknown.body.contains("<Message>Could not find operation MakeCoffee for version 2010-05-08</Message>"))
        let wrongVersion = lab.call([("Action", "GetRole"), ("Version", "2011-06-15"), ("RoleName", "R")])
        #expect(wrongVersion.body.contains("<Code>InvalidAction</Code>"))
    }

    /// The request reaches IAMKit's generated reader: a required list the request omits is
    /// AWS's null error (it used to tag nothing and answer 200), an empty one is a list.
    @Test func aMissingRequiredListIsAValidationErrorAsAWSSays() throws {
        let lab = try ServerLab()
        _ = lab.call([("Action", "CreateRole"), ("Version", "2010-05-08"), ("RoleName", "R"), ("AssumeRolePolicyDocument", Self.trust)])
        let missing = lab.call([("Action", "TagRole"), ("Version", "2010-05-08"), ("RoleName", "R")])
        #expect(missing.status == 400)
        #expect(missing.body.contains("<Code>ValidationError</Code>\n    <Message>1 validation error detected: Value null at &apos;tags&apos; "
            + "failed to satisfy constraint: Member must not be null</Message>"))
        let untag = lab.call([("Action", "UntagRole"), ("Version", "2010-05-08"), ("RoleName", "R"), ("TagKeys", "")])
        #expect(untag.status == 200)
    }

    @Test func signatureFailuresUseAWSCodes() throws {
        let lab = try ServerLab()
        let fields = [("Action", "ListRoles"), ("Version", "2010-05-08")]
        let unknown = lab.endpoint.handle(ServerLab.signedPost(fields, keyID: "AKIAIOSFODNN7EXAMPLE", secret: "x"))
        #expect(unknown.status == 403)
        #expect(unknown.body.contains("<Code>InvalidClientTokenId</Code>\n    <Message>The security token included in the request is invalid.</Message>"))
        let wrong = lab.endpoint.handle(ServerLab.signedPost(fields, keyID: lab.rootKey.accessKeyID, secret: "not-the-secret"))
        #expect(wrong.status == 403)
        #expect(wrong.body.contains("<Code>SignatureDoesNotMatch</Code>"))
        #expect(wrong.body.contains(SigV4Verifier.mismatchMessage))
        let stale = lab.endpoint.handle(ServerLab.signedPost(fields, keyID: lab.rootKey.accessKeyID, secret: lab.rootKey.secretAccessKey,
                                                             time: ServerLab.now - 20 * 60))
        #expect(stale.body.contains("<Message>Signature expired: "))
        let unsigned = lab.endpoint.handle(SignedRequest(method: "POST", path: "/", query: "", headers: [("host", "h")],
                                                         body: Array("Action=ListRoles&Version=2010-05-08".utf8)))
        #expect(unsigned.status == 403)
        #expect(unsigned.body.contains("<Code>MissingAuthenticationToken</Code>\n    <Message>Request is missing Authentication Token</Message>"))
    }

    @Test func assumedRoleSessionIsAllowedAndDeniedAsAWSDoes() throws {
        let lab = try ServerLab()
        let trustBob = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}]}
            """
        _ = lab.call([("Action", "CreateRole"), ("Version", "2010-05-08"), ("RoleName", "Reader"), ("AssumeRolePolicyDocument", trustBob)])
        _ = lab.call([("Action", "AttachRolePolicy"), ("Version", "2010-05-08"), ("RoleName", "Reader"),
                      ("PolicyArn", "arn:aws:iam::aws:policy/IAMReadOnlyAccess")])
        // bob (development) gets keys and a policy to assume roles.
        let service = lab.service
        let bobKey = try lab.store.write { lab in
            try service.putUserPolicy(userName: "bob", policyName: "assume",
                                      policyDocument: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"*"}]}"#,
                                      caller: .root(accountID: DemoLab.developmentAccountID), in: &lab)
            return try service.createAccessKey(userName: "bob", caller: .root(accountID: DemoLab.developmentAccountID), in: &lab)
        }
        let assumed = lab.endpoint.handle(ServerLab.signedPost(
            [("Action", "AssumeRole"), ("Version", "2011-06-15"), ("RoleArn", "arn:aws:iam::111122223333:role/Reader"), ("RoleSessionName", "s1")],
            keyID: bobKey.accessKeyID, secret: bobKey.secretAccessKey, service: "sts"))
        #expect(assumed.status == 200, "\(assumed.body)")
        #expect(assumed.body.hasPrefix("<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"))
        func element(_ name: String) -> String {
            guard let start = assumed.body.range(of: "<\(name)>"), let end = assumed.body.range(of: "</\(name)>") else { return "" }
            return String(assumed.body[start.upperBound..<end.lowerBound])
        }
        let (keyID, secret, token) = (element("AccessKeyId"), element("SecretAccessKey"), element("SessionToken"))
        let allowed = lab.endpoint.handle(ServerLab.signedPost([("Action", "GetRole"), ("Version", "2010-05-08"), ("RoleName", "Reader")],
                                                               keyID: keyID, secret: secret, token: token))
        #expect(allowed.status == 200)
        #expect(allowed.caller == "arn:aws:sts::111122223333:assumed-role/Reader/s1")
        let denied = lab.endpoint.handle(ServerLab.signedPost([("Action", "DeleteRole"), ("Version", "2010-05-08"), ("RoleName", "Reader")],
                                                              keyID: keyID, secret: secret, token: token))
        #expect(denied.status == 403)
        #expect(denied.decision == "deny")
        #expect(denied.body.contains("<Code>AccessDenied</Code>\n    <Message>User: arn:aws:sts::111122223333:assumed-role/Reader/s1 is not authorized to perform: iam:DeleteRole on resource: "))
        let noToken = lab.endpoint.handle(ServerLab.signedPost([("Action", "GetRole"), ("Version", "2010-05-08"), ("RoleName", "Reader")],
                                                               keyID: keyID, secret: secret))
        #expect(noToken.body.contains("<Code>InvalidClientTokenId</Code>"))
    }

    /// A session key used after its expiration (by the lab's clock): 400 ExpiredToken, as STS
    /// answers (https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html).
    @Test func expiredSessionIsExpiredToken() throws {
        let lab = try ServerLab()
        let session = lab.call([("Action", "GetSessionToken"), ("Version", "2011-06-15"), ("DurationSeconds", "900")], service: "sts")
        #expect(session.status == 200, "\(session.body)")
        func element(_ name: String) -> String {
            guard let start = session.body.range(of: "<\(name)>"), let end = session.body.range(of: "</\(name)>") else { return "" }
            return String(session.body[start.upperBound..<end.lowerBound])
        }
        let request = ServerLab.signedPost([("Action", "GetCallerIdentity"), ("Version", "2011-06-15")], keyID: element("AccessKeyId"),
                                           secret: element("SecretAccessKey"), token: element("SessionToken"), service: "sts")
        #expect(lab.endpoint.handle(request).status == 200)
        // The same lab an hour later by its clock (the signature still uses the wall clock).
        let later = IAMService(clock: FixedClock(Timestamp(secondsSince1970: Int64(ServerLab.now + 3_600))), passwordRounds: 1_000)
        let answer = QueryEndpoint(store: lab.store, service: later).handle(request)
        #expect(answer.status == 400, "\(answer.body)")
        #expect(answer.body.contains("<Code>ExpiredToken</Code>\n    <Message>The security token included in the request is expired</Message>"))
    }

    /// Mutations that arrive while a commit is being written wait in the group-commit queue,
    /// all of them, and land in the next commit together. They used to wait for the commit
    /// before looking up their caller's key, so each commit carried only the few that got
    /// past that lookup in time (about 3 CreateRoles a commit with 64 clients, half the rate).
    @Test func mutationsArrivingDuringACommitQueueForTheNextOne() throws {
        let lab = try ServerLab()
        let first = lab.call([("Action", "CreateRole"), ("Version", "2010-05-08"), ("RoleName", "First"), ("AssumeRolePolicyDocument", Self.trust)])
        #expect(first.status == 200, "\(first.body)")
        let commits = lab.endpoint.groupCommit
        let release = lab.holdCommit().release
        let answers = Answers()
        let done = DispatchGroup()
        let endpoint = lab.endpoint, key = lab.rootKey
        for index in 0..<8 {
            done.enter()
            Thread {
                let request = ServerLab.signedPost([("Action", "CreateRole"), ("Version", "2010-05-08"), ("RoleName", "Queued\(index)"),
                                                    ("AssumeRolePolicyDocument", Self.trust)], keyID: key.accessKeyID, secret: key.secretAccessKey)
                answers.set(index, endpoint.handle(request))
                done.leave()
            }.start()
        }
        let deadline = Date().addingTimeInterval(5)
        while commits.queuedCount < 8, Date() < deadline { usleep(1_000) }
        #expect(commits.queuedCount == 8)
        let generation = lab.store.generation
        release.signal()
        done.wait()
        #expect(answers.statuses == Array(repeating: 200, count: 8))
        // A read waits for the committer to finish with the lab (answers come at the decision).
        #expect(try lab.store.currentGeneration() == generation + 1, "the eight CreateRoles share one commit")
    }

    /// A read is answered at once while the lab is free, and declined (for a thread that may
    /// wait) while a commit holds it; a write is never answered this way.
    @Test func readsAreAnsweredWithoutWaitingOnlyWhenNoCommitHoldsTheLab() throws {
        let lab = try ServerLab()
        func call(_ fields: [(String, String)]) -> QueryCall {
            QueryCall(ServerLab.signedPost(fields, keyID: lab.rootKey.accessKeyID, secret: lab.rootKey.secretAccessKey))
        }
        let read = call([("Action", "ListRoles"), ("Version", "2010-05-08")])
        let write = call([("Action", "CreateRole"), ("Version", "2010-05-08"), ("RoleName", "R"), ("AssumeRolePolicyDocument", Self.trust)])
        #expect(lab.endpoint.answerWithoutWaiting(read)?.status == 200)
        #expect(lab.endpoint.answerWithoutWaiting(write) == nil)
        let held = lab.holdCommit()
        #expect(lab.endpoint.answerWithoutWaiting(read) == nil)
        held.release.signal()
        held.finished.wait()
        lab.waitUntilNoCommitHoldsTheLab()
        #expect(lab.endpoint.answerWithoutWaiting(read)?.status == 200)
    }

    /// Reads that arrived together are answered in one read transaction, in order, each with
    /// its own answer and request ID; declined together while a commit holds the lab.
    @Test func readsArrivingTogetherAreAnsweredTogetherInOrder() throws {
        let lab = try ServerLab()
        _ = lab.call([("Action", "CreateRole"), ("Version", "2010-05-08"), ("RoleName", "Present"), ("AssumeRolePolicyDocument", Self.trust)])
        func getRole(_ name: String) -> QueryCall {
            QueryCall(ServerLab.signedPost([("Action", "GetRole"), ("Version", "2010-05-08"), ("RoleName", name)],
                                           keyID: lab.rootKey.accessKeyID, secret: lab.rootKey.secretAccessKey))
        }
        let calls = [getRole("Present"), getRole("Absent"), getRole("Present")]
        lab.waitUntilNoCommitHoldsTheLab()
        let answers = try #require(lab.endpoint.answerWithoutWaiting(calls))
        #expect(answers.map(\.status) == [200, 404, 200])
        #expect(answers[1].body.contains("The role with name Absent cannot be found."))
        let requestIDs = answers.compactMap { $0.headers.first { $0.name == "x-amzn-RequestId" }?.value }
        #expect(Set(requestIDs).count == 3)
        let held = lab.holdCommit()
        #expect(lab.endpoint.answerWithoutWaiting(calls) == nil)
        held.release.signal()
        held.finished.wait()
    }

    /// The key a mutation is verified with may come from what the server last read; the call
    /// itself checks the key again in its transaction, so a key another process deactivated
    /// meanwhile is refused as AWS refuses it, and nothing is written.
    @Test func aKeyDeactivatedByAnotherProcessIsRefusedAtOnce() throws {
        let lab = try ServerLab()
        #expect(lab.call([("Action", "CreateRole"), ("Version", "2010-05-08"), ("RoleName", "Before"),
                          ("AssumeRolePolicyDocument", Self.trust)]).status == 200)
        let other = try LabStore(path: lab.path)
        try other.write { transaction in
            try lab.service.updateAccessKey(accessKeyId: lab.rootKey.accessKeyID, status: "Inactive",
                                            caller: .root(accountID: DemoLab.productionAccountID), in: &transaction)
        }
        let refused = lab.call([("Action", "CreateRole"), ("Version", "2010-05-08"), ("RoleName", "After"),
                                ("AssumeRolePolicyDocument", Self.trust)])
        #expect(refused.status == 403)
        #expect(refused.body.contains("<Code>InvalidClientTokenId</Code>"))
        let roles = try other.read { try $0.records(Role.self, in: DemoLab.productionAccountID).map(\.roleName) }
        #expect(roles.contains("Before") && !roles.contains("After"))
    }

    /// The other way round: a key the server last saw inactive, which another process has
    /// made active again, is accepted; and a wrong signature made with a key another process
    /// deleted is `InvalidClientTokenId`, as AWS answers an unknown key before the signature.
    @Test func aKeyLastSeenRefusedIsLookedUpAgainBeforeRefusing() throws {
        let lab = try ServerLab()
        let other = try LabStore(path: lab.path)
        let root = Caller.root(accountID: DemoLab.productionAccountID)
        func setStatus(_ status: String) throws {
            try other.write { transaction in
                try lab.service.updateAccessKey(accessKeyId: lab.rootKey.accessKeyID, status: status, caller: root, in: &transaction)
            }
        }
        func createRole(_ name: String) -> EndpointResponse {
            lab.call([("Action", "CreateRole"), ("Version", "2010-05-08"), ("RoleName", name), ("AssumeRolePolicyDocument", Self.trust)])
        }
        #expect(createRole("One").status == 200)
        try setStatus("Inactive")
        #expect(createRole("Two").status == 403)  // the server now knows the key as inactive
        try setStatus("Active")
        let three = createRole("Three")
        #expect(three.status == 200, "\(three.body)")

        let spare = lab.call([("Action", "CreateAccessKey"), ("Version", "2010-05-08")])
        func element(_ name: String) -> String {
            guard let start = spare.body.range(of: "<\(name)>"), let end = spare.body.range(of: "</\(name)>") else { return "" }
            return String(spare.body[start.upperBound..<end.lowerBound])
        }
        let spareID = element("AccessKeyId")
        let fields = [("Action", "CreateRole"), ("Version", "2010-05-08"), ("RoleName", "Four"), ("AssumeRolePolicyDocument", Self.trust)]
        #expect(lab.endpoint.handle(ServerLab.signedPost(fields, keyID: spareID, secret: element("SecretAccessKey"))).status == 200)
        try other.write { transaction in
            try lab.service.deleteAccessKey(accessKeyId: spareID, caller: root, in: &transaction)
        }
        let forged = lab.endpoint.handle(ServerLab.signedPost(fields, keyID: spareID, secret: "not the secret"))
        #expect(forged.body.contains("<Code>InvalidClientTokenId</Code>"), "\(forged.body)")
    }

    @Test func rootKeysAreListedAndLimitedToTwo() throws {
        let lab = try ServerLab()
        let second = lab.call([("Action", "CreateAccessKey"), ("Version", "2010-05-08")])
        #expect(second.status == 200)
        #expect(!second.body.contains("<UserName>"))
        let third = lab.call([("Action", "CreateAccessKey"), ("Version", "2010-05-08")])
        #expect(third.status == 409)
        #expect(third.body.contains("<Code>LimitExceeded</Code>"))
        let listed = lab.call([("Action", "ListAccessKeys"), ("Version", "2010-05-08")])
        #expect(listed.body.components(separatedBy: "<AccessKeyId>").count == 3)
    }
}

/// Answers collected from several threads.
final class Answers: @unchecked Sendable {
    private let lock = NSLock()
    private var byIndex: [Int: EndpointResponse] = [:]
    func set(_ index: Int, _ answer: EndpointResponse) { lock.withLock { byIndex[index] = answer } }
    /// The statuses in index order.
    var statuses: [Int] { lock.withLock { byIndex.keys.sorted().compactMap { byIndex[$0]?.status } } }
}
