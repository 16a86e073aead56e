import Testing
import RoleStore

/// Default location per the XDG Base Directory specification
/// (https://specifications.freedesktop.org/basedir-spec/latest/).
struct StoreLocationTests {
    @Test(arguments: [
        (["ROLECALL_STORE": "/labs/a", "XDG_DATA_HOME": "/x", "HOME": "/home/u"], "/labs/a"),
        (["XDG_DATA_HOME": "/x/data", "HOME": "/home/u"], "/x/data/rolecall/lab"),
        (["XDG_DATA_HOME": "relative", "HOME": "/home/u"], "/home/u/.local/share/rolecall/lab"),
        (["ROLECALL_STORE": "", "HOME": "/home/u/"], "/home/u/.local/share/rolecall/lab"),
    ])
    func resolvesLikeXDG(environment: [String: String], expected: String) {
        #expect(StoreLocation.resolve(environment: environment) == expected)
    }

    @Test func nothingUsableGivesNil() {
        #expect(StoreLocation.resolve(environment: [:]) == nil)
    }

    @Test func anExplicitStoreWinsAndNoLocationAtAllIsAClearError() throws {
        #expect(try StoreLocation.path(explicit: "/labs/b", environment: ["ROLECALL_STORE": "/labs/a"]) == "/labs/b")
        #expect(try StoreLocation.path(explicit: nil, environment: ["ROLECALL_STORE": "/labs/a"]) == "/labs/a")
        #expect(throws: StoreError.noLocation) { try StoreLocation.path(explicit: nil, environment: [:]) }
    }
}
