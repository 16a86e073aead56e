import Exercises
import Testing

/// The document format: every built-in exercise reads, and a broken document is refused with
/// the JSON path of what is wrong.
@Suite("Exercise documents")
struct ExerciseDocumentTests {
    @Test("The eight built-in exercises parse, in order, with unique IDs")
    func builtInsParse() throws {
        let all = try BuiltInExercises.all()
        #expect(all.map(\.number) == Array(1...8))
        #expect(Set(all.map(\.document.id)).count == 8)
        #expect(try BuiltInExercises.find("grant-switch").number == 3)
    }

    @Test("Errors name the JSON path", arguments: [
        (#"{"format": 1, "id": "x", "title": "t", "story": "s", "tasks": [{"id": "a", "title": "t", "hint": "h", "checks": [{"kind": "assumeRole", "caller": "arn:aws:iam::123456789012:user/alice"}]}]}"#,
         "$.tasks[0].checks[0]"),
        (#"{"format": 1, "id": "x", "title": "t", "story": "s", "tasks": [{"id": "a", "title": "t", "hint": "h", "checks": [{"kind": "allowed", "caller": "alice", "action": "s3:GetObject", "resource": "*"}]}]}"#,
         "$.tasks[0].checks[0].caller"),
        (#"{"format": 1, "id": "x", "title": "t", "story": "s", "tasks": [{"id": "a", "title": "t", "hint": "h", "checks": [{"kind": "allowed", "caller": "role", "action": "s3:GetObject", "resource": "*", "expext": "deny"}]}]}"#,
         "$.tasks[0].checks[0].expext"),
        (#"{"format": 2, "id": "x", "title": "t", "story": "s", "tasks": []}"#, "$.format"),
    ])
    func errorsNamePaths(text: String, path: String) {
        #expect(throws: ExerciseError.self) { try ExerciseDocument.parse(text) }
        do {
            _ = try ExerciseDocument.parse(text)
        } catch {
            #expect(error.description.contains(path), "\(error)")
        }
    }
}
