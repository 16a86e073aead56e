import IAMKit
import IAMPolicy

/// Reading an exercise document from its JSON text (the format of docs/exercises.md).
extension ExerciseDocument {
    /// Parses and validates `text`; every error names its line and column or JSON path.
    public static func parse(_ text: String) throws(ExerciseError) -> ExerciseDocument {
        let json: JSONValue
        do {
            json = try JSONParser.parse(text)
        } catch {
            throw .syntax("\(error)")
        }
        let root = try DocumentReader(json, at: "$")
        try root.onlyKeys(["format", "id", "title", "story", "start", "accounts", "setup", "tasks"])
        guard let format = root.object["format"]?.doubleValue, format == Double(formatVersion) else {
            throw .invalid(path: "$.format", problem: "must be \(formatVersion) (the format this rolecall reads)")
        }
        let accounts = try root.array("accounts", required: false).map { (value, path) throws(ExerciseError) -> ExtraAccount in
            let reader = try DocumentReader(value, at: path)
            try reader.onlyKeys(["id", "alias"])
            return ExtraAccount(accountID: try accountID(reader, "id"), alias: try reader.optionalString("alias"))
        }
        let setup = try root.array("setup", required: false).map { (value, path) throws(ExerciseError) -> SetupStep in
            try setupStep(DocumentReader(value, at: path))
        }
        var taskIDs = Set<String>()
        var tasks: [ExerciseTask] = []
        for (value, path) in try root.array("tasks") {
            let task = try self.task(DocumentReader(value, at: path), earlier: taskIDs)
            guard taskIDs.insert(task.id).inserted else { throw .invalid(path: "\(path).id", problem: "\"\(task.id)\" is used by an earlier task") }
            tasks.append(task)
        }
        if tasks.isEmpty { throw .invalid(path: "$.tasks", problem: "an exercise needs at least one task") }
        return ExerciseDocument(id: try root.string("id"), title: try root.string("title"), story: try root.string("story"),
                                start: try root.choice("start", default: .demo), accounts: accounts, setup: setup, tasks: tasks,
                                source: text)
    }

    private static func accountID(_ reader: DocumentReader, _ key: String) throws(ExerciseError) -> String {
        let text = try reader.string(key)
        guard text.count == 12, text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber) else {
            throw .invalid(path: "\(reader.path).\(key)", problem: "must be a 12-digit account ID")
        }
        return text
    }

    private static func setupStep(_ reader: DocumentReader) throws(ExerciseError) -> SetupStep {
        try reader.onlyKeys(["as", "call", "parameters"])
        let call = try reader.string("call")
        let parts = call.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, ["iam", "sts"].contains(parts[0]), !parts[1].isEmpty else {
            throw .invalid(path: "\(reader.path).call", problem: "must be \"iam:Operation\" or \"sts:Operation\" (e.g. \"iam:CreateUser\")")
        }
        let parameters = reader.object["parameters"] ?? .object(JSONObject())
        guard parameters.objectValue != nil else { throw .invalid(path: "\(reader.path).parameters", problem: "must be an object") }
        return SetupStep(accountID: try accountID(reader, "as"), service: parts[0], operation: parts[1], parameters: JSONValueBox(value: parameters))
    }

    private static func task(_ reader: DocumentReader, earlier: Set<String>) throws(ExerciseError) -> ExerciseTask {
        try reader.onlyKeys(["id", "title", "hint", "role", "checks"])
        var selector: RoleSelector?
        if let value = reader.object["role"] {
            let role = try DocumentReader(value, at: "\(reader.path).role")
            try role.onlyKeys(["account", "name", "passing"])
            let passing = try role.optionalString("passing")
            if let passing, !earlier.contains(passing) {
                throw .invalid(path: "\(role.path).passing", problem: "\"\(passing)\" is not the ID of an earlier task")
            }
            selector = RoleSelector(accountID: try accountID(role, "account"), name: try role.optionalString("name"), passing: passing)
        }
        var checks: [ExerciseCheck] = []
        for (value, path) in try reader.array("checks") {
            let check = try self.check(DocumentReader(value, at: path))
            if selector == nil, check.needsRole {
                throw .invalid(path: path, problem: "this check asks about the task's role: give the task a \"role\" selector")
            }
            checks.append(check)
        }
        if checks.isEmpty { throw .invalid(path: "\(reader.path).checks", problem: "a task needs at least one check") }
        return ExerciseTask(id: try reader.string("id"), title: try reader.string("title"), hint: try reader.string("hint"),
                            role: selector, checks: checks)
    }

    private enum Expectation: String, CaseIterable { case allow, deny }

    private static func check(_ reader: DocumentReader) throws(ExerciseError) -> ExerciseCheck {
        let kind = try reader.string("kind")
        let question: ExerciseCheck.Question
        switch kind {
        case "assumeRole":
            try reader.onlyKeys(["kind", "caller", "signIn", "externalId", "trustOnly", "expect", "hint"])
            question = .assumeRole(caller: try caller(reader, allowRole: false), externalID: try reader.optionalString("externalId"),
                                   trustOnly: try reader.bool("trustOnly", default: false))
        case "allowed":
            try reader.onlyKeys(["kind", "caller", "signIn", "action", "resource", "context", "expect", "hint"])
            var context: [String: [String]] = [:]
            if let value = reader.object["context"] {
                let entries = try DocumentReader(value, at: "\(reader.path).context")
                for member in entries.object {
                    let values = member.value.arrayValue?.compactMap(\.stringValue) ?? member.value.stringValue.map { [$0] }
                    guard let values else { throw .invalid(path: "\(entries.path).\(member.key)", problem: "must be a string or an array of strings") }
                    context[member.key] = values
                }
            }
            question = .allowed(caller: try caller(reader, allowRole: true), action: try reader.string("action"),
                                resource: try reader.string("resource"), context: context)
        case "roleUsed":
            try reader.onlyKeys(["kind", "expect", "hint"])
            question = .roleUsed
        default:
            throw .invalid(path: "\(reader.path).kind", problem: "must be \"assumeRole\", \"allowed\" or \"roleUsed\"")
        }
        let expectation: Expectation = try reader.choice("expect", default: .allow)
        return ExerciseCheck(question: question, expectAllowed: expectation == .allow, hint: try reader.optionalString("hint"))
    }

    private static func caller(_ reader: DocumentReader, allowRole: Bool) throws(ExerciseError) -> CheckCaller {
        let text = try reader.string("caller")
        if text == "role" {
            guard allowRole else { throw .invalid(path: "\(reader.path).caller", problem: "must be an IAM user's ARN") }
            return .roleSession
        }
        guard let parts = IAMARN.parse(text), parts.resourceType == "user", parts.service == "iam" else {
            throw .invalid(path: "\(reader.path).caller", problem: "must be an IAM user's ARN (arn:aws:iam::123456789012:user/alice)"
                + (allowRole ? " or \"role\"" : ""))
        }
        return .user(arn: text, authentication: try reader.choice("signIn", default: .console))
    }
}

extension ExerciseCheck {
    /// Whether the check asks about the task's role.
    var needsRole: Bool {
        switch question {
        case .assumeRole, .roleUsed: true
        case .allowed(let caller, let action, let resource, _): caller == .roleSession || (action + resource).contains("{role")
        }
    }
}
