@testable import ConsoleUI
import IAMKit
import Testing

/// A clock a test moves by hand, to see time-driven text follow it without a key.
final class SteppingClock: Clock, @unchecked Sendable {
    // Unchecked: moved only by the test that owns it, like the console's single UI thread.
    /// The instant reported.
    var instant: Timestamp

    init(_ instant: Timestamp) {
        self.instant = instant
    }

    func now() -> Timestamp { instant }

    /// Lets `seconds` pass.
    func advance(_ seconds: Int64) {
        instant = instant.adding(seconds: seconds)
    }
}

/// The virtual MFA app's codes and seconds left follow the clock with no key pressed, while an
/// idle console whose screen would not change reports no change (so the runner writes nothing).
/// Source (codes change every 30 seconds, RFC 6238):
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable_virtual.html
@Suite struct ClockTickTests {
    @Test func theSignInPagesMFACodeAndSecondsLeftFollowTheClock() throws {
        let clock = SteppingClock(IdentityLab.now)
        let gateway = try IdentityLab.gateway(clock: clock)
        var state = IdentityLab.state(SignInPage(gateway.console()), gateway: gateway)
        let first = try IdentityLab.aliceCode(gateway)
        #expect(IdentityLab.screen(state).contains("changes in 30 s"))
        #expect(!ConsoleShell.clockTicked(&state))
        clock.advance(1)
        #expect(ConsoleShell.clockTicked(&state))
        #expect(IdentityLab.screen(state).contains("changes in 29 s"))
        #expect(!ConsoleShell.clockTicked(&state), "the same second twice is no change")
        clock.advance(29)
        #expect(ConsoleShell.clockTicked(&state))
        let code = try IdentityLab.aliceCode(gateway)
        #expect(code != first)
        // The panel wraps its lines, so the two spaces after the code show as one.
        #expect(IdentityLab.screen(state).contains("\(code.prefix(3)) \(code.suffix(3)) alice @ development"))
        #expect(IdentityLab.screen(state).contains("changes in 30 s"))
    }

    @Test func theUsersPagesSetUpCodesMoveOnEveryThirtySeconds() throws {
        let clock = SteppingClock(IdentityLab.now)
        let gateway = try IdentityLab.gateway(clock: clock)
        try gateway.externalChange { lab in _ = try gateway.service.consoleSignIn(account: "development", in: &lab) }
        var state = IdentityLab.state(UsersPage(gateway.console()), gateway: gateway)
        IdentityLab.press(.down, in: &state)
        IdentityLab.type("m", into: &state)
        guard case .enableMFA(_, _, let seed, _) = try #require(state.activePage as? UsersPage).prompt else {
            Issue.record("no MFA form")
            return
        }
        let totp = TOTP(secret: try #require(Base32.decode(seed)))
        #expect(!ConsoleShell.clockTicked(&state))
        clock.advance(10)
        #expect(!ConsoleShell.clockTicked(&state), "the codes shown are still current")
        clock.advance(20)
        #expect(ConsoleShell.clockTicked(&state))
        let step = totp.step(at: clock.now())
        #expect(IdentityLab.screen(state).replacingOccurrences(of: "│\n│", with: " ")
            .contains("shows \(totp.code(counter: step - 1)) then \(totp.code(counter: step))"))
    }

    @Test func anIdleConsoleOnAnyPageReportsNoChange() throws {
        let gateway = try IdentityLab.gateway()
        let pages = ConsolePages.make(gateway.console(drafts: InMemoryDraftStore()))
        var state = IdentityLab.state(pages[0], gateway: gateway)
        state.pages = pages
        for index in pages.indices {
            state.activePageIndex = index
            #expect(!ConsoleShell.clockTicked(&state), "page \(pages[index].id) would redraw while idle")
        }
    }
}
