import ConsoleUI
import Foundation
import IAMKit
import RoleStore
import Testing
@testable import rolecall

/// Issue #17: a call made with the CLI in another terminal reaches the console's Activity page
/// through the store's audit log: first at the gateway (the page's only way to the disk), then
/// in a real terminal with the console open on the Activity page.
@Suite("Activity page over the store", .serialized, .timeLimit(.minutes(1)))
struct ActivityStoreTests {
    static let now = "2026-11-29T08:00:00Z"
    static let trust = #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}}"#

    /// The demo lab with an access key for bob (who may do nothing in development).
    static func labWithBobsKey() throws -> (CLIRunner, [String: String]) {
        let runner = try CLIRunner(now: now)
        #expect(try runner.run(["lab", "init", "--demo"]).status == 0)
        let created = try runner.run(["--account", "123456789012", "iam", "create-access-key", "--user-name", "bob"])
        let key = CLIRunner.json(created.stdout)["AccessKey"] as? [String: Any]
        let bob = ["AWS_ACCESS_KEY_ID": key?["AccessKeyId"] as? String ?? "", "AWS_SECRET_ACCESS_KEY": key?["SecretAccessKey"] as? String ?? ""]
        return (runner, bob)
    }

    @Test func aRefusedCLICallReachesTheGatewayWithTheEvaluationsReasons() throws {
        let (runner, bob) = try Self.labWithBobsKey()
        let store = try LabStore(path: runner.directory.appendingPathComponent("lab").path)
        let gateway = StoreLabGateway(store: store, service: IAMService(clock: FixedClock(Timestamp(iso8601: Self.now) ?? Timestamp(secondsSince1970: 0))))
        let environment = ConsoleEnvironment(lab: gateway)
        let page = ActivityPage(environment)
        let before = gateway.activityMarker()

        let refused = try runner.run(["iam", "create-role", "--role-name", "Sneaky", "--assume-role-policy-document", Self.trust], extra: bob)
        #expect(refused.status != 0, "bob may not create roles: \(refused.stdout)")
        #expect(gateway.activityMarker() != before, "a refused call changes no record but adds an event")

        let newest = try #require(try gateway.recentActivity(limit: 10).first)
        #expect(newest.action == "iam:CreateRole")
        #expect(newest.decision == .denied)
        #expect(newest.callerARN == "arn:aws:iam::123456789012:user/bob")
        #expect(newest.errorCode == "AccessDenied")
        #expect(newest.explanation.contains("Decision: ImplicitDeny"), "\(newest.explanation)")
        #expect(newest.requestParameters?.contains(#""roleName":"Sneaky""#) == true)

        var shown = page
        let picked = shown.clockTicked(in: environment)
        #expect(picked, "the page picks the event up on the next tick")
        #expect(shown.selectedEvent?.eventID == newest.eventID)
        let again = shown.clockTicked(in: environment)
        #expect(!again, "and stays quiet after")
    }

    @Test(.enabled(if: Spawn.hasTmux, "tmux is not installed"))
    func aCLICallAppearsOnTheOpenActivityPageWithoutAKeyPress() throws {
        let (runner, bob) = try Self.labWithBobsKey()
        let tmux = try SwitchRoleTests.console(runner, width: 80, height: 24)
        defer { tmux.close() }
        tmux.send("9")
        #expect(tmux.waitFor("Live: new calls") != nil, "the Activity page opens:\n\(tmux.screen())")
        #expect(!tmux.screen().contains("Sneaky") && !tmux.screen().contains("iam:CreateRole"))

        let created = try runner.run(["iam", "create-role", "--role-name", "FromTheCLI", "--assume-role-policy-document", Self.trust])
        #expect(created.status == 0, "\(created.stderr)")
        let allowed = tmux.waitFor("iam:CreateRole")
        #expect(allowed?.contains("Allowed") == true, "the CLI's call appears by itself:\n\(tmux.screen())")

        _ = try runner.run(["iam", "create-role", "--role-name", "Sneaky", "--assume-role-policy-document", Self.trust], extra: bob)
        #expect(tmux.waitFor("user/bob") != nil, "bob's refused call appears too:\n\(tmux.screen())")
        tmux.send("Enter")
        let detail = tmux.waitFor(all: ["Why", "AccessDenied"])
        #expect(detail != nil, "the event opens with the evaluation's reasons:\n\(tmux.screen())")
    }
}
