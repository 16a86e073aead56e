import AWSCommandLine
import IAMPolicy

/// A backend that records what it was asked and answers with canned responses, so parsing
/// and printing are tested without a lab.
final class RecordingBackend: CommandBackend {
    var calls: [(operation: String, parameters: JSONObject)] = []
    var responses: [String: [JSONValue]] = [:]
    var failure: CommandError?

    func run(_ operation: OperationSpec, parameters: JSONObject, options: GlobalOptions) throws(CommandError) -> JSONValue {
        calls.append((operation.name, parameters))
        if let failure { throw failure }
        if var queue = responses[operation.name], !queue.isEmpty {
            let next = queue.removeFirst()
            responses[operation.name] = queue
            return next
        }
        return .object(JSONObject())
    }
}

/// Runs `arguments` against a recording backend and in-memory files.
func runCLI(_ arguments: [String], files: [String: String] = [:], backend: RecordingBackend = RecordingBackend(),
            streams: OutputStreams = .piped) -> (CommandResult, RecordingBackend) {
    var tool = CommandLineTool(backend: backend, environment: InMemoryEnvironment(variables: ["HOME": "/home/trainee"], files: files),
                               streams: streams)
    return (tool.run(arguments), backend)
}

/// The seed's trust policy (trusting account 111122223333 trusts 123456789012, MFA required).
let seedTrustPolicy = """
    {
      "Version": "2012-10-17",
      "Statement": {
        "Effect": "Allow",
        "Principal": { "AWS": "arn:aws:iam::123456789012:root" },
        "Action": "sts:AssumeRole",
        "Condition": { "Bool": { "aws:MultiFactorAuthPresent": "true" } }
      }
    }
    """
