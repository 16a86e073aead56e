import Foundation
import IAMPolicy

extension AuditEvent {
    /// The event as CloudTrail writes it, members in CloudTrail's order, secrets masked.
    public var jsonValue: JSONValue {
        var object = JSONObject()
        object.append(key: "eventVersion", value: .string(Self.eventVersion))
        object.append(key: "userIdentity", value: userIdentity.jsonValue)
        object.append(key: "eventTime", value: .string(Self.timestamp(eventTime)))
        object.append(key: "eventSource", value: .string(eventSource.rawValue))
        object.append(key: "eventName", value: .string(eventName))
        object.append(key: "awsRegion", value: .string(awsRegion))
        object.append(key: "sourceIPAddress", value: .string(sourceIPAddress))
        object.append(key: "userAgent", value: .string(userAgent))
        switch outcome {
        case let .success(response):
            object.append(key: "requestParameters", value: AuditMasking.mask(requestParameters ?? .null))
            object.append(key: "responseElements", value: AuditMasking.mask(response ?? .null))
        case let .failure(code, message):
            object.append(key: "errorCode", value: .string(code))
            object.append(key: "errorMessage", value: .string(message))
            object.append(key: "requestParameters", value: AuditMasking.mask(requestParameters ?? .null))
            object.append(key: "responseElements", value: .null)
        }
        if let explanation, !explanation.isEmpty {
            // CloudTrail's place for "data about the event that was not part of the request or response".
            object.append(key: "additionalEventData", value: ["explanation": .array(explanation.map { .string($0) })])
        }
        object.append(key: "requestID", value: .string(requestID))
        object.append(key: "eventID", value: .string(eventID))
        object.append(key: "readOnly", value: .bool(readOnly))
        object.append(key: "eventType", value: .string("AwsApiCall"))
        object.append(key: "managementEvent", value: .bool(true))
        object.append(key: "recipientAccountId", value: .string(recipientAccountID))
        object.append(key: "eventCategory", value: .string("Management"))
        return .object(object)
    }

    /// The event as one line of the audit log.
    public var logLine: String {
        JSONWriter(style: .compact).string(for: jsonValue) + "\n"
    }

    /// CloudTrail's `2026-11-29T06:30:00Z`.
    static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC") ?? .current))
    }
}

extension AuditIdentity {
    /// CloudTrail's `userIdentity` object.
    var jsonValue: JSONValue {
        var object = JSONObject()
        object.append(key: "type", value: .string(type.rawValue))
        object.append(key: "principalId", value: .string(principalID))
        object.append(key: "arn", value: .string(arn))
        object.append(key: "accountId", value: .string(accountID))
        if let accessKeyID { object.append(key: "accessKeyId", value: .string(accessKeyID)) }
        if let userName { object.append(key: "userName", value: .string(userName)) }
        if let context = sessionContext {
            let issuer: JSONValue = [
                "type": "Role", "principalId": .string(context.rolePrincipalID), "arn": .string(context.roleARN),
                "accountId": .string(context.roleAccountID), "userName": .string(context.roleName),
            ]
            let attributes: JSONValue = [
                "creationDate": .string(AuditEvent.timestamp(context.creationDate)),
                "mfaAuthenticated": .string(context.mfaAuthenticated ? "true" : "false"),
            ]
            object.append(key: "sessionContext", value: ["sessionIssuer": issuer, "attributes": attributes])
        }
        return .object(object)
    }
}
