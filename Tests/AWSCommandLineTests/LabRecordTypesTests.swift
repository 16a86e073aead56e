import IAMKit
import Testing
@testable import AWSCommandLine

/// `lab check`, `lab repair` and `lab import` decode each file by its kind: a kind without a
/// type there would be reported as damage (or refused on import) in every lab that holds one.
@Suite struct LabRecordTypesTests {
    @Test func everyRecordKindHasTheTypeLabMaintenanceDecodesItWith() {
        let covered = Set(LabBackend.recordTypes.map { $0.kind })
        #expect(covered == Set(RecordKind.allCases))
        #expect(LabBackend.recordTypes.count == RecordKind.allCases.count, "one type per kind")
    }
}
