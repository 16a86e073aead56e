import IAMKit

/// Prepares an (empty) lab for an exercise: the starting lab, the exercise's accounts, its
/// setup calls (each made as its account's root user, through the same operations the CLI
/// runs, so setup obeys AWS's validation), and the record that makes the exercise active.
public struct ExerciseSetup {
    /// The service the setup calls go through.
    public let service: IAMService

    /// Creates a setup runner.
    public init(service: IAMService) {
        self.service = service
    }

    /// Fills `lab`, which holds only its settings record, and makes `document` its active exercise.
    public func prepare(_ document: ExerciseDocument, number: Int?, in lab: inout some LabRepository) throws(ExerciseError) {
        do throws(ServiceError) {
            if document.start == .demo { try DemoLab.populate(using: service, in: &lab) }
            for account in document.accounts {
                _ = try service.createAccount(account.accountID, alias: account.alias, in: &lab)
            }
        } catch {
            throw .setupFailed(step: -1, message: "\(error.code): \(error.message)")
        }
        for (index, step) in document.setup.enumerated() {
            do throws(ServiceError) {
                _ = try service.call(service: step.service, operation: step.operation, parameters: step.parameters.value,
                                     caller: .root(accountID: step.accountID), in: &lab)
            } catch {
                throw .setupFailed(step: index, message: "\(step.service):\(step.operation) as \(step.accountID): \(error.code): \(error.message)")
            }
        }
        do {
            if document.start == .empty, var settings = try lab.record(LabSettings.self, at: LabSettings.key), settings.currentAccountID == nil {
                settings.currentAccountID = document.accounts.first?.accountID
                try lab.put(settings)
            }
            try lab.put(ActiveExercise(number: number, exerciseID: document.id, document: document.source, startedAt: service.clock.now()))
        } catch {
            throw .setupFailed(step: document.setup.count, message: "the lab could not record the exercise: \(error)")
        }
    }
}
