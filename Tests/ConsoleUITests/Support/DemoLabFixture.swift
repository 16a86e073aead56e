import ConsoleUI
import IAMKit

/// The demo lab in memory, with a pinned clock and seeded IDs, signed in as the root user of
/// production as the console starts: the same lab a first run creates on disk.
func demoLabGateway(now: String = "2026-11-29T08:00:00Z") throws -> InMemoryLabGateway {
    let instant = Timestamp(iso8601: now) ?? Timestamp(secondsSince1970: 0)
    let service = IAMService(clock: FixedClock(instant), ids: SeededIDGenerator(seed: 8), passwordRounds: 1_000)
    var lab = InMemoryLab()
    try lab.put(LabSettings())
    try DemoLab.populate(using: service, in: &lab)
    _ = try service.consoleSignIn(account: DemoLab.productionAccountID, sessionName: "default", in: &lab)
    return InMemoryLabGateway(lab: lab, service: service)
}
