import Testing
@testable import IAMKit

/// Console passwords are kept as PBKDF2-HMAC-SHA256 digests (swift-crypto), and digests written
/// before 2026-12-07 (HMAC-SHA1) still sign in, so no lab loses its users' passwords.
/// Pinned values were computed independently with Python's hashlib/hmac.
@Suite struct PasswordDigestTests {
    static let salt = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
    /// hashlib.pbkdf2_hmac("sha256", b"Password1!", salt, 210000, 32).hex()
    static let pbkdf2 = "pbkdf2-sha256$210000$0e6ad949b53c5867310c6fc2b1ad475729d6ebf39baae12d4cdb675a2bb0f31a"
    /// hmac.new(salt, b"Password1!", hashlib.sha1).hexdigest(): the format labs hold from before.
    static let legacy = "7ba188830d2822e83e5d85c3dd3070d45ecea23c"

    @Test func newDigestsArePBKDF2WithTheirRoundsAndMatchAnIndependentComputation() {
        #expect(PasswordDigest.make("Password1!", salt: Self.salt) == Self.pbkdf2)
        #expect(PasswordDigest.verify("Password1!", salt: Self.salt, digest: Self.pbkdf2))
        #expect(!PasswordDigest.verify("Password1?", salt: Self.salt, digest: Self.pbkdf2))
        #expect(!PasswordDigest.verify("Password1!", salt: Self.salt + "x", digest: Self.pbkdf2))
        #expect(PasswordDigest.isCurrent(Self.pbkdf2) && !PasswordDigest.isCurrent(Self.legacy))
    }

    @Test func theRoundsAreStoredSoAnyCountVerifiesLater() {
        // hashlib.pbkdf2_hmac("sha256", b"Password1!", salt, 1000, 32).hex()
        let fewer = "pbkdf2-sha256$1000$6c9f62c3166c9baad164df522249ddebde8ce0bda14824eba6912aacf604e78a"
        #expect(PasswordDigest.make("Password1!", salt: Self.salt, rounds: 1_000) == fewer)
        #expect(PasswordDigest.verify("Password1!", salt: Self.salt, digest: fewer))
        #expect(PasswordDigest.make("Password1!", salt: Self.salt, rounds: 0) == nil)
        #expect(PasswordDigest.make("Password1!", salt: Self.salt, rounds: 10_000_001) == nil)
    }

    @Test func aServiceDigestsWithItsOwnRoundsAndLabsGet210000() throws {
        #expect(IAMService().passwordRounds == 210_000)
        var fixture = LabFixture()
        try fixture.user("alice")
        let (_, profile) = try fixture.service.createLoginProfile(userName: "alice", password: "Str0ng-Passw0rd", caller: fixture.devRoot,
                                                                  in: &fixture.lab)
        #expect(profile.passwordDigest.hasPrefix("pbkdf2-sha256$\(fixture.service.passwordRounds)$"))
    }

    @Test func theDemoLabsPublishedPasswordsAreCheapAndAPasswordSetLaterIsNot() throws {
        let service = IAMService(clock: FixedClock(LabFixture.now), ids: SeededIDGenerator(seed: 3))
        var lab = InMemoryLab()
        try DemoLab.populate(using: service, in: &lab)
        let bob = try #require(try lab.fetch(User.self, User.key(DemoLab.developmentAccountID, DemoLab.plainUserName))?.loginProfile)
        #expect(bob.passwordDigest.hasPrefix("pbkdf2-sha256$1000$") && bob.matches("Bob-Console-2026"))
        let development = Caller.root(accountID: DemoLab.developmentAccountID)
        try service.updateLoginProfile(userName: DemoLab.plainUserName, password: "Bob-Changed-2026", passwordResetRequired: nil,
                                       caller: development, in: &lab)
        let changed = try #require(try lab.fetch(User.self, User.key(DemoLab.developmentAccountID, DemoLab.plainUserName))?.loginProfile)
        #expect(changed.passwordDigest.hasPrefix("pbkdf2-sha256$210000$") && changed.matches("Bob-Changed-2026"))
    }

    @Test func digestsFromBeforeStillVerify() {
        #expect(PasswordDigest.verify("Password1!", salt: Self.salt, digest: Self.legacy))
        #expect(PasswordDigest.verify("Password1!", salt: Self.salt, digest: Self.legacy.uppercased()))
        #expect(!PasswordDigest.verify("Password1", salt: Self.salt, digest: Self.legacy))
    }

    @Test(arguments: [
        "", "$", "$$", "not-a-digest", String(legacy.dropLast()), legacy + "00",
        "pbkdf2-sha1$210000$0e6ad949b53c5867310c6fc2b1ad475729d6ebf39baae12d4cdb675a2bb0f31a",
        "pbkdf2-sha256$1$0e6ad949b53c5867310c6fc2b1ad475729d6ebf39baae12d4cdb675a2bb0f31a",
        "pbkdf2-sha256$99999999999$0e6ad949b53c5867310c6fc2b1ad475729d6ebf39baae12d4cdb675a2bb0f31a",
        "pbkdf2-sha256$-210000$0e6ad949b53c5867310c6fc2b1ad475729d6ebf39baae12d4cdb675a2bb0f31a",
        "pbkdf2-sha256$210000$0e6ad949b53c5867310c6fc2b1ad475729d6ebf39baae12d4cdb675a2bb0f3",
        "pbkdf2-sha256$210000$zz6ad949b53c5867310c6fc2b1ad475729d6ebf39baae12d4cdb675a2bb0f31a",
        "pbkdf2-sha256$210000$0e6ad949b53c5867310c6fc2b1ad475729d6ebf39baae12d4cdb675a2bb0f31a$",
    ])
    func aDamagedOrForeignDigestNeverMatches(digest: String) {
        #expect(!PasswordDigest.verify("Password1!", salt: Self.salt, digest: digest))
    }

    @Test func emptyPasswordsAndSaltsNeitherMatchNorAreStored() {
        #expect(PasswordDigest.make("", salt: Self.salt) == nil)
        #expect(PasswordDigest.make("Password1!", salt: "") == nil)
        #expect(!PasswordDigest.verify("", salt: Self.salt, digest: Self.pbkdf2))
        #expect(!PasswordDigest.verify("Password1!", salt: "", digest: Self.pbkdf2))
    }

    @Test func aLabWithAnOldDigestSignsInAndTheNextPasswordIsStoredInTheNewFormat() throws {
        var fixture = LabFixture()
        try fixture.user("alice")
        try fixture.service.createLoginProfile(userName: "alice", password: "Str0ng-Passw0rd", caller: fixture.devRoot, in: &fixture.lab)
        // Make alice's profile what a lab written before 2026-12-07 holds.
        var user = try #require(try fixture.lab.record(User.self, at: User.key(LabFixture.development, "alice")))
        user.loginProfile?.salt = Self.salt
        user.loginProfile?.passwordDigest = Self.legacy
        try fixture.lab.put(user)

        let session = try fixture.service.consoleSignIn(account: "development", userName: "alice", password: "Password1!", in: &fixture.lab)
        #expect(session.signIn.arn == "arn:aws:iam::123456789012:user/alice")
        try fixture.service.updateAccountPasswordPolicy(PasswordPolicy(passwordReusePrevention: 3), caller: fixture.devRoot, in: &fixture.lab)
        try fixture.service.updateLoginProfile(userName: "alice", password: "An0ther-Passw0rd", passwordResetRequired: nil,
                                               caller: fixture.devRoot, in: &fixture.lab)
        let profile = try #require(try fixture.lab.record(User.self, at: User.key(LabFixture.development, "alice"))?.loginProfile)
        #expect(PasswordDigest.isCurrent(profile.passwordDigest))
        #expect(profile.matches("An0ther-Passw0rd") && !profile.matches("Password1!"))
        // The old digest is remembered in its old format and still refuses reuse.
        #expect(profile.matchesRecent("Password1!", count: 3))
    }
}
