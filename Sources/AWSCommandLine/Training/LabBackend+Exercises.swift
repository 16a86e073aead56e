import Exercises
import Foundation
import IAMKit
import IAMPolicy
import RoleStore

/// `lab exercise list|start` and the exercise half of `lab check` (docs/exercises.md).
extension LabBackend {
    /// `lab exercise list`: the built-in exercises, and the lab's active one when there is a lab.
    func listExercises(_ options: GlobalOptions) throws(CommandError) -> JSONValue {
        let all = try Self.builtIns()
        var object: JSONObject = ["Exercises": .array(all.map { ExerciseJSON.summary($0.document, number: $0.number, story: false) })]
        if let active = try activeExercise(options) {
            object["Active"] = .string(active.number.map(String.init) ?? active.exerciseID)
        }
        return .object(object)
    }

    /// `lab exercise start N|--exercise FILE [--yes]`.
    func startExercise(_ parameters: JSONObject, options: GlobalOptions) throws(CommandError) -> JSONValue {
        let (number, document) = try chosenExercise(parameters)
        let path = try storePath(options)
        if let store = try? LabStore(path: path, create: false, lockTimeout: lockTimeout) {
            let work = try transact(store, readOnly: true, operation: "LabExerciseStart") { lab in try Self.work(in: lab) }
            if !work.isEmpty, !(parameters["Yes"]?.boolValue ?? false) {
                let question = "The lab at \(path) has work in it (\(work.joined(separator: ", "))). Starting \"\(document.title)\" "
                    + "replaces it; the old lab is kept in \(path)/backup/<timestamp>/."
                guard let confirm, confirm(question + " Continue?") else {
                    throw .other("rolecall: \(question) Run again with --yes to go ahead.")
                }
            }
            try setAsideLab([:], options: options)
        }
        let store = try open(options, create: true)
        let service = self.service
        try transact(store, readOnly: false, operation: "LabExerciseStart") { lab in
            try lab.put(LabSettings(schemaVersion: StoreManifest.currentSchemaVersion))
            do throws(ExerciseError) {
                try ExerciseSetup(service: service).prepare(document, number: number, in: &lab)
            } catch {
                throw CommandError.other("rolecall: \(error)")
            }
        }
        return .object(["Store": .string(store.path), "Exercise": ExerciseJSON.summary(document, number: number, story: true)])
    }

    /// The graded active exercise for `lab check`, nil when the lab has none.
    func gradeActiveExercise(_ options: GlobalOptions) throws(CommandError) -> JSONValue? {
        let path = try storePath(options)
        // A pending commit is completed by opening the store, which writes: lab check must not.
        // The store's report names the journal (not clean, exit 1); grading waits for the repair.
        if FileManager.default.fileExists(atPath: path + "/journal.json") { return nil }
        guard let store = try? LabStore(path: path, create: false, lockTimeout: lockTimeout) else { return nil }
        return try Self.grade(store, service: service)
    }

    /// Grades the active exercise of `store` in one read transaction (nil without one).
    static func grade(_ store: LabStore, service: IAMService) throws(CommandError) -> JSONValue? {
        do {
            return try store.read { transaction -> JSONValue? in
                guard let active = try transaction.record(ActiveExercise.self, at: ActiveExercise.key) else { return nil }
                let document: ExerciseDocument
                do {
                    document = try ExerciseDocument.parse(active.document)
                } catch {
                    return .object(["Id": .string(active.exerciseID), "Title": .string(active.exerciseID), "Complete": .bool(false),
                                    "Error": .string("The lab's exercise cannot be read: \(error)")])
                }
                let report = ExerciseGrader(service: service).grade(document, startedAt: active.startedAt, in: transaction)
                return ExerciseJSON.report(report, number: active.number)
            }
        } catch {
            throw .other("rolecall: \(error)")
        }
    }

    private func activeExercise(_ options: GlobalOptions) throws(CommandError) -> ActiveExercise? {
        guard let store = try? LabStore(path: try storePath(options), create: false, lockTimeout: lockTimeout) else { return nil }
        return try transact(store, readOnly: true, operation: "LabExerciseList") { lab in
            try lab.record(ActiveExercise.self, at: ActiveExercise.key)
        }
    }

    private func chosenExercise(_ parameters: JSONObject) throws(CommandError) -> (Int?, ExerciseDocument) {
        if let file = parameters["ExerciseFile"]?.stringValue {
            // The tool read the file through its environment, within the CLI's size limit.
            guard let text = parameters["ExerciseDocument"]?.stringValue else {
                throw .other("rolecall: cannot read the exercise file \(file)")
            }
            do throws(ExerciseError) {
                return (nil, try ExerciseDocument.parse(text))
            } catch {
                throw .other("rolecall: \(file): \(error)")
            }
        }
        guard let name = parameters["Number"]?.stringValue else {
            throw .usage("lab exercise start needs an exercise: a number from rolecall lab exercise list, or --exercise FILE")
        }
        do throws(ExerciseError) {
            let found = try BuiltInExercises.find(name)
            return (found.number, found.document)
        } catch {
            throw .other("rolecall: \(error)")
        }
    }

    private static func builtIns() throws(CommandError) -> [(number: Int, document: ExerciseDocument)] {
        do throws(ExerciseError) {
            return try BuiltInExercises.all()
        } catch {
            throw .other("rolecall: \(error)")
        }
    }

    /// What a trainee made in the lab (a fresh demo lab has none of it; opening the console signs in, which is not work): what `start` would replace.
    static func work(in lab: StoreTransaction) throws -> [String] {
        var work: [String] = []
        var roles = 0
        for account in try lab.records(Account.self, in: RecordKey.labScope) {
            roles += try lab.recordNames(.role, in: account.accountID).count
        }
        if roles > 0 { work.append("\(roles) role\(roles == 1 ? "" : "s")") }
        let keys = try lab.recordNames(.accessKey, in: RecordKey.labScope).count
        if keys > 0 { work.append("\(keys) access key\(keys == 1 ? "" : "s")") }
        if let active = try lab.record(ActiveExercise.self, at: ActiveExercise.key) {
            work.append("exercise \(active.number.map(String.init) ?? active.exerciseID)")
        }
        return work
    }
}
