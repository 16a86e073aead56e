import Exercises
import IAMKit
import IAMPolicy
import Testing

/// A built-in exercise started on an in-memory lab, with a pinned clock: calls as any
/// account's root user or any user, and the grade the lab gets.
struct ExerciseLab {
    static let now = Timestamp(iso8601: "2026-12-06T09:00:00Z") ?? Timestamp(secondsSince1970: 0)
    static let production = "111122223333"
    static let development = "123456789012"

    let service = IAMService(clock: FixedClock(ExerciseLab.now), ids: SeededIDGenerator(seed: 7), passwordRounds: 1_000)
    var lab = InMemoryLab()
    let document: ExerciseDocument

    init(_ name: String) throws {
        document = try BuiltInExercises.find(name).document
        try lab.put(LabSettings())
        try ExerciseSetup(service: service).prepare(document, number: nil, in: &lab)
    }

    /// Calls `iam:Operation` or `sts:Operation` with JSON parameters as `caller`.
    @discardableResult
    mutating func call(_ call: String, _ parameters: String, as caller: Caller) throws -> JSONValue {
        let parts = call.split(separator: ":").map(String.init)
        return try service.call(service: parts[0], operation: parts[1], parameters: JSONParser.parse(parameters), caller: caller, in: &lab)
    }

    /// As the root user of `account`.
    @discardableResult
    mutating func root(_ account: String, _ call: String, _ parameters: String) throws -> JSONValue {
        try self.call(call, parameters, as: .root(accountID: account))
    }

    /// A user signed in to the console with MFA.
    static func withMFA(_ account: String, _ name: String) -> Caller {
        .user(UserIdentity(accountID: account, userName: name, authentication: .console(mfaAuthenticatedAt: now)))
    }

    /// The lab's grade.
    var report: ExerciseReport {
        ExerciseGrader(service: service).grade(document, startedAt: Self.now, in: lab)
    }

    /// The task's result.
    func task(_ id: String) -> TaskResult? {
        report.tasks.first { $0.id == id }
    }

    /// A policy document as a JSON string value (for `PolicyDocument` parameters).
    static func quoted(_ document: String) -> String {
        JSONWriter.string(for: .string(document), style: .compact)
    }
}
