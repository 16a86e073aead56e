@testable import ConsoleUI
import IAMKit
import IAMPolicy
import Testing

/// Issue #17: the Activity page shows the lab's audit events live (console, CLI, server), newest
/// first, filtered by caller, action and decision, and opens one with the evaluation's reasons.
@Suite struct ActivityPageTests {
    static let alice = "arn:aws:iam::123456789012:user/alice"
    static let bob = "arn:aws:iam::123456789012:user/bob"
    static let role = "arn:aws:iam::111122223333:role/UpdateApp"

    /// The demo lab with three calls in its log, as the CLI and the server write them.
    static func gateway() throws -> InMemoryLabGateway {
        let gateway = try demoLabGateway()
        gateway.recordActivity(event("e1", at: "2026-11-29T07:58:00Z", "iam", "CreateRole",
                                     by: "arn:aws:iam::111122223333:root", client: "rolecall-console"))
        gateway.recordActivity(event("e2", at: "2026-11-29T07:59:00Z", "sts", "AssumeRole", by: alice))
        var denied = event("e3", at: "2026-11-29T07:59:30Z", "sts", "AssumeRole", by: bob)
        denied.decision = .denied
        denied.errorCode = "AccessDenied"
        denied.errorMessage = "User: \(bob) is not authorized to perform: sts:AssumeRole on resource: \(role)"
        denied.explanation = [
            "Denied (implicit deny: nothing allows it): sts:AssumeRole on \(role)",
            "  identity policies: implicitDeny; trust/resource policy: allow",
            "  No statement in any policy of bob mentions sts:AssumeRole.",
        ]
        gateway.recordActivity(denied)
        return gateway
    }

    static func event(_ id: String, at time: String, _ service: String, _ name: String, by caller: String,
                      client: String = "rolecall") -> ActivityEvent {
        ActivityEvent(eventID: id, time: Timestamp(iso8601: time) ?? Timestamp(secondsSince1970: 0), service: service,
                      eventName: name, callerARN: caller, callerType: caller.hasSuffix(":root") ? "Root" : "IAMUser",
                      accountID: caller.split(separator: ":", omittingEmptySubsequences: false)[4].description, client: client, decision: .allowed,
                      requestParameters: name == "AssumeRole" ? #"{"roleArn":"\#(role)","roleSessionName":"s"}"# : nil)
    }

    /// Every tab of the console, the Activity page active.
    static func state(_ gateway: InMemoryLabGateway, size: Size = Size(width: 80, height: 24)) -> AppState {
        let environment = gateway.console()
        let pages: [any ConsoleUI.Page] = [sampleWelcome()] + ConsolePages.make(environment)
        var state = AppState(size: size, pages: pages, environment: environment, identity: "root @ production (111122223333)")
        state.activePageIndex = pages.count - 1
        return state
    }

    static func page(_ state: AppState) throws -> ActivityPage {
        try #require(state.activePage as? ActivityPage)
    }

    @Test func theListShowsEveryCallNewestFirstWithEveryTabInTheBar() throws {
        let state = Self.state(try Self.gateway())
        assertScreen(ConsoleShell.render(state, size: state.size), named: "list-80x24")
        let page = try Self.page(state)
        #expect(page.shown.map { page.events[$0].eventID } == ["e3", "e2", "e1"])
    }

    @Test func decisionAndCallerFiltersNarrowTheList() throws {
        var state = Self.state(try Self.gateway())
        IdentityLab.press(.character("d"), .character("d"), in: &state)
        #expect(try Self.page(state).filter.decision == .denied)
        #expect(try Self.page(state).shown.count == 1)
        IdentityLab.press(.character("d"), .character("d"), in: &state)  // Failed, then all again
        IdentityLab.press(.character("c"), in: &state)
        IdentityLab.type("alice", into: &state)
        IdentityLab.press(.enter, in: &state)
        let page = try Self.page(state)
        #expect(page.shown.map { page.events[$0].eventID } == ["e2"])
        assertScreen(ConsoleShell.render(state, size: state.size), named: "filter-caller-80x24")
        IdentityLab.press(.character("a"), in: &state)
        IdentityLab.type("CreateRole", into: &state)
        #expect(try Self.page(state).shown.isEmpty, "alice made no CreateRole call")
        IdentityLab.press(.escape, .character("x"), in: &state)
        #expect(try Self.page(state).shown.count == 3)
    }

    @Test func openingARefusedCallShowsTheEvaluationsReasons() throws {
        var state = Self.state(try Self.gateway())
        IdentityLab.press(.enter, .down, .down, in: &state)
        let screen = IdentityLab.screen(state)
        #expect(screen.contains("Why"))
        #expect(screen.contains("No statement in any policy of bob mentions sts:AssumeRole."), "\(screen)")
        #expect(screen.contains("AccessDenied"))
        assertScreen(ConsoleShell.render(state, size: state.size), named: "detail-denied-80x24")
        IdentityLab.press(.escape, in: &state)
        #expect(try Self.page(state).openEvent == nil)
    }

    @Test func aNewCallAppearsOnTheClockTickAndIdleChangesNothing() throws {
        let gateway = try Self.gateway()
        var state = Self.state(gateway)
        #expect(ConsoleShell.clockTicked(&state) == false, "nothing happened: nothing to draw")
        let before = ConsoleShell.render(state, size: state.size)
        gateway.recordActivity(Self.event("e4", at: "2026-11-29T08:00:00Z", "iam", "AttachRolePolicy", by: Self.alice))
        #expect(ConsoleShell.clockTicked(&state) == true)
        let after = ConsoleShell.render(state, size: state.size)
        #expect(before != after)
        #expect(IdentityLab.screen(state).contains("iam:AttachRolePolicy"))
        // On the top row the selection follows the newest event; further down it stays put.
        #expect(try Self.page(state).selectedEvent?.eventID == "e4")
        #expect(ConsoleShell.clockTicked(&state) == false)
        IdentityLab.press(.down, in: &state)
        gateway.recordActivity(Self.event("e5", at: "2026-11-29T08:00:01Z", "iam", "DetachRolePolicy", by: Self.alice))
        #expect(ConsoleShell.clockTicked(&state) == true)
        #expect(try Self.page(state).selectedEvent?.eventID == "e3")
    }

    @Test func aConsoleChangeIsAuditedAndShown() throws {
        let gateway = try Self.gateway()
        var state = Self.state(gateway)
        _ = try gateway.write(eventName: "CreateRole") { _ in }
        _ = ConsoleShell.clockTicked(&state)
        let newest = try #require(try Self.page(state).events.first)
        #expect(newest.action == "iam:CreateRole")
        #expect(newest.client == "rolecall-console")
        #expect(newest.callerARN == "arn:aws:iam::111122223333:root")
    }

    @Test func aCloudTrailLineReadsAsAnEvent() throws {
        let line = #"{"eventVersion":"1.08","userIdentity":{"type":"IAMUser","principalId":"AIDA1","arn":"\#(Self.bob)","accountId":"123456789012","accessKeyId":"AKIA1","userName":"bob"},"eventTime":"2026-11-29T08:00:00Z","eventSource":"sts.amazonaws.com","eventName":"AssumeRole","errorCode":"AccessDenied","errorMessage":"no","requestParameters":{"roleArn":"x"},"responseElements":null,"additionalEventData":{"explanation":["Denied","  because"]},"requestID":"r","eventID":"e","recipientAccountId":"111122223333"}"#
        let event = try #require(ActivityEvent(cloudTrail: try JSONParser.parse(line)))
        #expect(event.action == "sts:AssumeRole")
        #expect(event.decision == .denied)
        #expect(event.callerName == "user/bob")
        #expect(event.explanation == ["Denied", "  because"])
        #expect(event.accessKeyID == "AKIA1")
        #expect(event.requestParameters == #"{"roleArn":"x"}"#)
        #expect(ActivityEvent(cloudTrail: try JSONParser.parse(#"{"eventName":"X"}"#)) == nil)
    }
}
