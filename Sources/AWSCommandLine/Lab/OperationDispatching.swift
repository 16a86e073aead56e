import IAMKit
import IAMPolicy

/// The domain's dynamic entry point, as the CLI needs it: an IAM or STS operation by API
/// name with API-named parameters, for a caller, on a lab; the response in the AWS CLI's
/// output shape. `IAMService` conforms.
public protocol OperationDispatching {
    /// Runs one operation.
    func call(service: String, operation: String, parameters: JSONValue, caller: Caller,
              in lab: inout some LabRepository) throws(ServiceError) -> JSONValue
}

extension ServiceFailure {
    /// The CLI's view of a domain error: code, message, status and the engine's trace (headed by
    /// the refused action when the call needed more than one, e.g. `sts:TagSession`).
    init(_ error: ServiceError) {
        let trace = error.explanation.map { DecisionExplanation.render($0) }
        var explanation = error.refusedAction.map { action in "Refused action: \(action)" + (trace.map { "\n" + $0 } ?? "") } ?? trace
        if var text = explanation {
            if let context = error.requestContext {
                text += "\nRequest context:" + context.keys.map { "\n  \($0): " + (context[$0]?.values.joined(separator: ", ") ?? "") }.joined()
            }
            if !error.escalationFindings.isEmpty {
                text += "\nPrivilege-escalation findings for this caller:" + error.escalationFindings.flatMap(\.lines).map { "\n  " + $0 }.joined()
            }
            explanation = text
        }
        self.init(code: error.code, message: error.message, httpStatus: error.httpStatus, explanation: explanation)
    }
}

extension IAMService: OperationDispatching {}
