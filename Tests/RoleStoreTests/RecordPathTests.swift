import IAMKit
import Testing
@testable import RoleStore

/// File names: IAM names (https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html,
/// characters `[\w+=,.@-]`) stay readable; anything else is escaped reversibly.
struct RecordPathTests {
    @Test(arguments: [
        ("s3-readers", "s3-readers"),
        ("a+b=c,d.e@f_g", "a+b=c,d.e@f_g"),
        ("Admin", "%41dmin"),
        ("a/b", "a%2Fb"),
        (".hidden", "%2Ehidden"),
        ("..", "%2E."),
        ("", "%"),
        ("100%", "100%25"),
        ("rôle", "r%C3%B4le"),
    ])
    func namesAreEscapedReadablyAndReversibly(name: String, fileName: String) {
        #expect(RecordPath.escape(name) == fileName)
        #expect(RecordPath.unescape(fileName) == name)
    }

    @Test func recordsLiveAtScopeKindName() throws {
        let key = RecordKey(kind: .role, scope: "123456789012", name: "s3-readers")
        #expect(try RecordPath.relativePath(for: key) == "123456789012/role/s3-readers.json")
        let lab = RecordKey(kind: .uniqueID, scope: RecordKey.labScope, name: "AROAEXAMPLE")
        #expect(try RecordPath.relativePath(for: lab) == "lab/uniqueID/%41%52%4F%41%45%58%41%4D%50%4C%45.json")
    }

    @Test func aScopeNamedLikeAStoreFileCannotCollideWithIt() throws {
        let key = RecordKey(kind: .role, scope: "audit", name: "x")
        #expect(try RecordPath.relativePath(for: key) == "%61udit/role/x.json")
    }

    @Test func temporaryAndStrayFilesAreNotRecords() {
        #expect(RecordPath.name(fromFileName: ".x.json.tmp") == nil)
        #expect(RecordPath.name(fromFileName: "notes.txt") == nil)
        #expect(RecordPath.name(fromFileName: "x.json") == "x")
    }

    @Test func aNameTooLongForTheFileSystemIsRefused() {
        let key = RecordKey(kind: .role, scope: "1", name: String(repeating: "A", count: 100))
        #expect(throws: StoreError.self) { try RecordPath.relativePath(for: key) }
    }
}
