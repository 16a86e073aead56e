import IAMPolicy

/// `rolecall iam wait NAME`: the AWS CLI's waiters for IAM, from botocore's
/// `iam/2010-05-08/waiters-2.json`: call the operation every `delay` seconds until it
/// succeeds, at most `maxAttempts` times; a retryable error code keeps waiting, any other
/// error ends the wait. Failures are botocore's `WaiterError` texts, exit code 255.
/// InstanceProfileExists matches on the HTTP status (404) rather than an error code, so its
/// failure text names the status, as botocore's does.
struct Waiter: Sendable {
    /// The CLI name (`role-exists`).
    let cliName: String
    /// botocore's name (`RoleExists`).
    let name: String
    /// The operation polled.
    let operationCLIName: String
    /// Seconds between attempts.
    let delay: Int
    /// Attempts before giving up.
    let maxAttempts: Int
    /// The error code that means "not yet".
    let retryErrorCode: String
    /// The HTTP status that means "not yet", for waiters whose acceptor is a status matcher.
    var retryStatus: Int? = nil

    /// The IAM waiters, as waiters-2.json defines them.
    static let iam: [Waiter] = [
        Waiter(cliName: "instance-profile-exists", name: "InstanceProfileExists", operationCLIName: "get-instance-profile", delay: 1,
               maxAttempts: 40, retryErrorCode: "NoSuchEntity", retryStatus: 404),
        Waiter(cliName: "policy-exists", name: "PolicyExists", operationCLIName: "get-policy", delay: 1, maxAttempts: 20, retryErrorCode: "NoSuchEntity"),
        Waiter(cliName: "role-exists", name: "RoleExists", operationCLIName: "get-role", delay: 1, maxAttempts: 20, retryErrorCode: "NoSuchEntity"),
        Waiter(cliName: "user-exists", name: "UserExists", operationCLIName: "get-user", delay: 1, maxAttempts: 20, retryErrorCode: "NoSuchEntity"),
    ]

    /// Polls `call` until the waiter's success state, sleeping `delay` between attempts.
    func wait(sleep: (Int) -> Void, call: () throws(CommandError) -> Void) throws(CommandError) {
        var attempts = 0
        while true {
            attempts += 1
            do throws(CommandError) {
                try call()
                return
            } catch {
                guard case .service(let failure, _) = error else { throw error }
                guard failure.code == retryErrorCode || (retryStatus != nil && failure.httpStatus == retryStatus) else {
                    throw .other("Waiter \(name) failed: An error occurred (\(failure.code)): \(failure.message)")
                }
            }
            if attempts >= maxAttempts {
                let accepted = retryStatus.map { "Matched expected HTTP status code: \($0)" }
                    ?? "Matched expected service error code: \(retryErrorCode)"
                throw .other("Waiter \(name) failed: Max attempts exceeded. Previously accepted state: \(accepted)")
            }
            sleep(delay)
        }
    }
}
