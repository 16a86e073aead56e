#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import IAMKit
import IAMPolicy

/// IAMKit figures, in memory (InMemoryLab, pinned clock, seeded IDs), medians of 7 runs:
/// role provisioning (CreateRole + AttachRolePolicy + PutRolePolicy) and AssumeRole with the
/// full trust + identity evaluation of the seed's cross-account setup. Each figure is given
/// per wall-clock second and per second of this thread's CPU time: the build machine is shared,
/// and under load the CPU-time figure is the one that reflects the code.
enum DomainBenchmarks {
    static let runs = 7
    static let now = Timestamp(iso8601: "2026-11-29T06:00:00Z") ?? Timestamp(secondsSince1970: 0)
    static let production = Caller.root(accountID: "111111111111")
    static let development = Caller.root(accountID: "123456789012")
    static let inlinePolicy = #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:ListBucket","Resource":"arn:aws:s3:::example_bucket"}}"#

    static func run() {
        print("domain (IAMKit, in memory)")
        let provisioning = rates { provisionRoles(1000) }
        print("  1,000 × (CreateRole + AttachRolePolicy + PutRolePolicy): \(describe(provisioning, unit: "operations")) (median of \(runs))")
        for mfa in [false, true] {
            guard let setup = try? assumeSetup(mfa: mfa) else {
                print("  AssumeRole setup failed")
                return
            }
            var failures = 0
            let rate = rates {
                // Every run starts from the seed lab (a copy-on-write copy), so runs do not pile
                // up each other's 20,000 sessions.
                var lab = setup.lab
                for _ in 0..<20_000 where (try? setup.service.assumeRole(setup.request, caller: setup.caller, in: &lab)) == nil {
                    failures += 1
                }
                return 20_000
            }
            let label = mfa ? "seed trust (account principal + MFA condition, TOTP verified)" : "account principal, no condition"
            print("  AssumeRole cross-account, \(label) + identity policy: \(describe(rate, unit: "calls")) (median of \(runs) × 20,000)")
            if failures > 0 { print("  AssumeRole failures: \(failures)") }
        }
    }

    /// Runs `body` (which returns how many operations it did) `runs` times; the median rates per
    /// wall-clock second and per CPU second.
    static func rates(_ body: () -> Int) -> (wall: Double, cpu: Double) {
        var wall: [Double] = []
        var cpu: [Double] = []
        for _ in 0..<runs {
            let startCPU = threadCPUSeconds()
            let start = ContinuousClock.now
            let operations = Double(body())
            let elapsed = ContinuousClock.now - start
            let cpuSeconds = threadCPUSeconds() - startCPU
            wall.append(operations / (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18))
            cpu.append(operations / max(cpuSeconds, 1e-9))
        }
        return (wall.sorted()[runs / 2], cpu.sorted()[runs / 2])
    }

    static func describe(_ rate: (wall: Double, cpu: Double), unit: String) -> String {
        "\(PolicyBenchmarks.format(rate.wall)) \(unit)/s wall-clock, \(PolicyBenchmarks.format(rate.cpu)) \(unit)/s of CPU time"
    }

    /// 3 × `count` operations on a fresh lab; returns the number of operations.
    static func provisionRoles(_ count: Int) -> Int {
        let service = IAMService(clock: FixedClock(now), ids: SeededIDGenerator(seed: 7))
        var lab = InMemoryLab()
        _ = try? service.createAccount("111111111111", in: &lab)
        _ = try? service.createAccount("123456789012", in: &lab)
        let trust = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}]}"#
        var failures = 0
        for index in 0..<count {
            let name = "Role\(index)"
            do {
                _ = try service.createRole(roleName: name, assumeRolePolicyDocument: trust, caller: production, in: &lab)
                try service.attachRolePolicy(roleName: name, policyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess", caller: production, in: &lab)
                try service.putRolePolicy(roleName: name, policyName: "Policy", policyDocument: inlinePolicy, caller: production, in: &lab)
            } catch {
                failures += 1
            }
        }
        if failures > 0 { print("  provisioning failures: \(failures)") }
        return count * 3
    }

    struct AssumeSetup {
        var service: IAMService
        var lab: InMemoryLab
        var caller: Caller
        var request: IAMService.AssumeRoleRequest
    }

    /// The seed's lab: a production role trusting development, a development user allowed to assume it.
    static func assumeSetup(mfa: Bool) throws(ServiceError) -> AssumeSetup {
        let service = IAMService(clock: FixedClock(now), ids: SeededIDGenerator(seed: 9))
        var lab = InMemoryLab()
        try service.createAccount("111111111111", in: &lab)
        try service.createAccount("123456789012", in: &lab)
        let condition = mfa ? #","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}"# : ""
        let trust = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"\#(condition)}]}"#
        let role = try service.createRole(roleName: "Test-UserAccess-Role", assumeRolePolicyDocument: trust, caller: production, in: &lab)
        try service.putRolePolicy(roleName: role.roleName, policyName: "Policy", policyDocument: inlinePolicy, caller: production, in: &lab)
        _ = try service.createUser(userName: "alice", caller: development, in: &lab)
        let allow = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"\#(role.arn)"}]}"#
        try service.putUserPolicy(userName: "alice", policyName: "assume", policyDocument: allow, caller: development, in: &lab)
        var request = IAMService.AssumeRoleRequest(roleArn: role.arn, roleSessionName: "alice")
        if mfa {
            let device = try service.createVirtualMFADevice(virtualMFADeviceName: "alice", caller: development, in: &lab)
            let totp = TOTP(secret: Base32.decode(device.base32StringSeed) ?? [])
            let step = totp.step(at: now)
            try service.enableMFADevice(userName: "alice", serialNumber: device.serialNumber, authenticationCode1: totp.code(counter: step - 1),
                                        authenticationCode2: totp.code(counter: step), caller: development, in: &lab)
            request.serialNumber = device.serialNumber
            request.tokenCode = totp.code(at: now)
        }
        return AssumeSetup(service: service, lab: lab, caller: .user("123456789012", "alice"), request: request)
    }
}
