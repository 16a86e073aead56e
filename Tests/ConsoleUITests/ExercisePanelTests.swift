import ConsoleUI
import Exercises
import IAMKit
import Testing

/// The Exercise panel: F3 shows the lab's exercise, a task is ticked as soon as the lab makes it
/// true, F4 shows the next hint with the engine's reason.
@Suite("Exercise panel")
struct ExercisePanelTests {
    private func exerciseLab() throws -> InMemoryLabGateway {
        let service = IAMService(clock: FixedClock(Timestamp(iso8601: "2026-12-06T09:00:00Z") ?? Timestamp(secondsSince1970: 0)),
                                 ids: SeededIDGenerator(seed: 8))
        var lab = InMemoryLab()
        try lab.put(LabSettings())
        try ExerciseSetup(service: service).prepare(try BuiltInExercises.find("3").document, number: 3, in: &lab)
        _ = try service.consoleSignIn(account: DemoLab.productionAccountID, sessionName: "default", in: &lab)
        return InMemoryLabGateway(lab: lab, service: service)
    }

    private func screen(_ state: AppState) -> String {
        ConsoleShell.render(state, size: state.size).lines.joined(separator: "\n")
    }

    @Test("F3 shows the tasks, F4 the hint; the grant ticks task 1 on the next key")
    func ticksAsTheLabChanges() throws {
        let gateway = try exerciseLab()
        var environment = gateway.console()
        environment.exercise = {
            try? gateway.read { lab -> ExerciseReport? in
                guard let active = try lab.record(ActiveExercise.self, at: ActiveExercise.key) else { return nil }
                return ExerciseGrader(service: gateway.service).grade(try ExerciseDocument.parse(active.document), startedAt: nil, in: lab)
            }
        }
        var state = AppState(size: Size(width: 120, height: 40), pages: [WelcomePage(environment)], environment: environment, identity: "root")
        _ = ConsoleShell.reduce(&state, .keyPressed(.function(3)))
        #expect(screen(state).contains("Exercise: 1 of 3 tasks done"), "bob is refused from the start")
        #expect(screen(state).contains("Grant the developers permission"))
        #expect(screen(state).contains("✘ 1. Every developer may call"))
        _ = ConsoleShell.reduce(&state, .keyPressed(.function(4)))
        #expect(screen(state).contains("Hint: Allow sts:AssumeRole on the"))
        #expect(screen(state).contains("Why: User:"))
        let grant = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"arn:aws:iam::111122223333:role/Test-UserAccess-Role"}]}"#
        try gateway.write(eventName: "PutGroupPolicy") { lab in
            try gateway.service.putGroupPolicy(groupName: "Developers", policyName: "Switch", policyDocument: grant,
                                               caller: .root(accountID: DemoLab.developmentAccountID), in: &lab)
        }
        #expect(ConsoleShell.clockTicked(&state), "the tick redraws because the exercise changed")
        #expect(screen(state).contains("✔ 1. Every developer may call"))
        #expect(!screen(state).contains("Hint: Allow sts:AssumeRole"), "the hint goes once its task passes")
        _ = ConsoleShell.reduce(&state, .keyPressed(.function(3)))
        #expect(!screen(state).contains("tasks done"))
    }

    @Test("Without an exercise the panel says how to start one")
    func noExercise() throws {
        var environment = try demoLabGateway().console()
        environment.exercise = { nil }
        var state = AppState(size: Size(width: 120, height: 40), pages: [WelcomePage(environment)], environment: environment, identity: "root")
        _ = ConsoleShell.reduce(&state, .keyPressed(.function(3)))
        #expect(screen(state).contains("rolecall lab exercise start N"))
    }
}
