import Foundation
import IAMKit
import Testing
@testable import RoleStore

/// A store from a newer rolecall is refused and left exactly as it was; a file that does not
/// parse stops everything with its location.
struct SchemaTests {
    @Test func aNewerSchemaIsRefusedAndNothingIsTouched() throws {
        let directory = try TemporaryDirectory()
        try LabStore(path: directory.path).write { repo in try repo.put(Fixture.role("r")) }
        let manifest = directory.child("store.json")
        try Data("{\n  \"createdBy\" : \"rolecall 9\",\n  \"schemaVersion\" : 7\n}\n".utf8)
            .write(to: URL(fileURLWithPath: manifest))
        // A leftover journal must not be replayed into a store this version cannot read.
        try Data("{}".utf8).write(to: URL(fileURLWithPath: directory.child("journal.json")))
        let before = try Fixture.snapshot(directory.path)
        Thread.sleep(forTimeInterval: 0.01)
        let error = #expect(throws: StoreError.self) { try LabStore(path: directory.path) }
        #expect(error?.description == "this store was written by rolecall schema 7; this rolecall reads up to 1 "
            + "(\(directory.path)). Use a newer rolecall; the store was not changed.")
        #expect(Fixture.sameSnapshot(before, try Fixture.snapshot(directory.path)))
    }

    @Test func aRecordThatDoesNotParseNamesItsLineAndColumnAndNothingIsWritten() throws {
        let (directory, file) = try storeWithEditedRole(replacing: "\"path\" : \"/service/\",", with: "\"path\" : \"/service/\"")
        let before = try Fixture.snapshot(directory.path)
        let error = #expect(throws: StoreError.self) {
            try LabStore(path: directory.path).write { repo in
                _ = try repo.record(SampleRole.self, at: Fixture.roleKey("r"))
                try repo.put(Fixture.role("other"))
            }
        }
        guard case let .corruptFile(path, line, column, _, _)? = error else {
            Issue.record("expected corruptFile, got \(String(describing: error))")
            return
        }
        #expect(path == file)
        #expect(line == 6)
        #expect(column == 3)
        #expect(error?.description.hasPrefix("\(file):6:3: ") == true)
        #expect(Fixture.sameSnapshot(before, try Fixture.snapshot(directory.path)))
    }

    @Test func aRecordOfTheWrongShapeNamesTheJSONPath() throws {
        let (directory, _) = try storeWithEditedRole(replacing: "\"sequence\" : 0", with: "\"sequence\" : \"zero\"")
        let error = #expect(throws: StoreError.self) {
            try LabStore(path: directory.path).read { try $0.record(SampleRole.self, at: Fixture.roleKey("r")) }
        }
        guard case let .corruptFile(_, line, column, jsonPath, reason)? = error else {
            Issue.record("expected corruptFile, got \(String(describing: error))")
            return
        }
        #expect(jsonPath == "$.sequence")
        #expect(reason == "expected a number")
        #expect(line == 7 && column == 16)
    }

    @Test func aManifestThatDoesNotParseIsReportedWithItsPath() throws {
        let directory = try TemporaryDirectory()
        _ = try LabStore(path: directory.path)
        try Data("{\"schemaVersion\": }".utf8).write(to: URL(fileURLWithPath: directory.child("store.json")))
        let error = #expect(throws: StoreError.self) { try LabStore(path: directory.path) }
        #expect(error?.description.hasPrefix(directory.child("store.json") + ":1:19: ") == true)
    }

    /// A store holding role `r` whose file a person then edited badly.
    private func storeWithEditedRole(replacing original: String, with edited: String) throws -> (TemporaryDirectory, String) {
        let directory = try TemporaryDirectory()
        try LabStore(path: directory.path).write { repo in try repo.put(Fixture.role("r")) }
        let file = directory.child("111122223333/role/r.json")
        let text = try String(contentsOfFile: file, encoding: .utf8).replacingOccurrences(of: original, with: edited)
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        return (directory, file)
    }
}
