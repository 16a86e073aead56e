import AWSCommandLine
import Foundation
import IAMKit
import RoleServer
import RoleStore

/// A demo lab in a temporary directory with a root key of the production account, and a
/// helper that signs Query requests for the endpoint as botocore does.
final class ServerLab {
    let path: String
    let service: IAMService
    let store: LabStore
    let endpoint: QueryEndpoint
    let rootKey: AccessKey

    init() throws {
        let path = NSTemporaryDirectory() + "rolecall-serve-lab-\(getpid())-\(UUID().uuidString.prefix(8))"
        let service = IAMService(clock: SystemClock(), passwordRounds: 1_000)
        self.path = path
        self.service = service
        store = try LabStore(path: path)
        rootKey = try store.write { lab in
            try DemoLab.populate(using: service, in: &lab)
            return try service.createAccessKey(caller: .root(accountID: DemoLab.productionAccountID), in: &lab)
        }
        endpoint = QueryEndpoint(store: store, service: service)
    }

    /// Now, in seconds since 1970.
    static var now: Int { Int(Date().timeIntervalSince1970) }

    /// A POST of `fields` signed with `keyID`/`secret` for `service` at `time`.
    static func signedPost(_ fields: [(String, String)], keyID: String, secret: String, token: String? = nil,
                           service: String = "iam", time: Int = now) -> SignedRequest {
        let body = fields.map { "\(FormEncoding.escape($0.0))=\(FormEncoding.escape($0.1))" }.joined(separator: "&")
        let amzDate = SigV4Time.format(time)
        var headers: [(name: String, value: String)] = [
            ("host", "127.0.0.1:4566"), ("content-type", "application/x-www-form-urlencoded; charset=utf-8"), ("x-amz-date", amzDate),
        ]
        var signed = ["content-type", "host", "x-amz-date"]
        if let token {
            headers.append(("x-amz-security-token", token))
            signed.append("x-amz-security-token")
        }
        var request = SignedRequest(method: "POST", path: "/", query: "", headers: headers, body: Array(body.utf8))
        let credential = SigV4Credential(accessKeyID: keyID, scopeDate: String(amzDate.prefix(8)), region: "us-east-1", service: service,
                                         signedHeaders: signed, signature: "", amzDate: amzDate, securityToken: token, expires: nil)
        let signature = SigV4Verifier.signature(for: request, credential: credential, secret: secret)
        request.headers.append(("Authorization", "AWS4-HMAC-SHA256 Credential=\(keyID)/\(credential.scope), SignedHeaders=\(signed.joined(separator: ";")), Signature=\(signature)"))
        return request
    }

    /// Signs and answers `fields` with the root key.
    func call(_ fields: [(String, String)], service: String = "iam") -> EndpointResponse {
        endpoint.handle(Self.signedPost(fields, keyID: rootKey.accessKeyID, secret: rootKey.secretAccessKey, service: service))
    }

    /// Starts a group commit on a thread of its own whose body waits, holding the lab, until
    /// `release` is signalled; returns once that body runs. `finished` is signalled after the
    /// commit.
    func holdCommit() -> (release: DispatchSemaphore, finished: DispatchSemaphore) {
        let holding = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        let commits = endpoint.groupCommit
        Thread {
            _ = try? commits.write { _ in
                holding.signal()
                release.wait()
            }
            finished.signal()
        }.start()
        holding.wait()
        return (release, finished)
    }

    /// Returns once the group commit's thread has let go of the lab: a write is answered when
    /// its commit is decided, while that thread still installs the commit's files.
    func waitUntilNoCommitHoldsTheLab() {
        _ = try? store.read { _ in }
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
