import IAMPolicy
import Testing
@testable import IAMKit

/// A lab with the seed's two accounts, a pinned clock and deterministic IDs.
/// Production (trusting) 111111111111 alias `production`; development (trusted) 123456789012.
struct LabFixture {
    static let production = "111111111111"
    static let development = "123456789012"
    static let now = Timestamp(iso8601: "2026-11-29T06:00:00Z") ?? Timestamp(secondsSince1970: 0)

    var service: IAMService
    var lab = InMemoryLab()
    let prodRoot = Caller.root(accountID: production)
    let devRoot = Caller.root(accountID: development)

    init(at time: Timestamp = LabFixture.now, seed: UInt64 = 42) {
        // 1,000 PBKDF2 rounds, not a lab's 210,000 (PasswordDigest): fixtures set many passwords.
        service = IAMService(clock: FixedClock(time), ids: SeededIDGenerator(seed: seed), passwordRounds: 1_000)
        _ = try? service.createAccount(Self.production, alias: "production", in: &lab)
        _ = try? service.createAccount(Self.development, alias: "development", in: &lab)
    }

    /// The clock moved to `time`.
    mutating func setTime(_ time: Timestamp) {
        service.clock = FixedClock(time)
    }

    static let seedTrust = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}}]}"#

    static func trust(principal: String, condition: String? = nil) -> String {
        let conditionText = condition.map { #","Condition":\#($0)"# } ?? ""
        return #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"\#(principal)"},"Action":"sts:AssumeRole"\#(conditionText)}]}"#
    }

    static func allow(_ action: String, _ resource: String = "*") -> String {
        #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"\#(action)","Resource":"\#(resource)"}]}"#
    }

    static func deny(_ action: String, _ resource: String = "*") -> String {
        #"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"\#(action)","Resource":"\#(resource)"}]}"#
    }

    /// Creates a user in `account` and returns it as a long-term-key caller.
    @discardableResult
    mutating func user(_ name: String, in account: String = LabFixture.development, policy: String? = nil) throws(ServiceError) -> Caller {
        _ = try service.createUser(userName: name, caller: .root(accountID: account), in: &lab)
        if let policy {
            try service.putUserPolicy(userName: name, policyName: "\(name)-policy", policyDocument: policy,
                                      caller: .root(accountID: account), in: &lab)
        }
        return Caller.user(account, name)
    }

    /// Creates a role in production.
    @discardableResult
    mutating func role(_ name: String, trust: String, path: String? = nil, maxSessionDuration: Int? = nil) throws(ServiceError) -> Role {
        try service.createRole(roleName: name, assumeRolePolicyDocument: trust, path: path, maxSessionDuration: maxSessionDuration,
                               caller: prodRoot, in: &lab)
    }

    /// Runs `body` and returns the ServiceError it throws (nil when it succeeds).
    static func error(_ body: () throws(ServiceError) -> Void) -> ServiceError? {
        do {
            try body()
            return nil
        } catch {
            return error
        }
    }
}
