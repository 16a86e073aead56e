import IAMPolicy
import Testing
@testable import IAMKit

/// Console passwords and the account password policy, with AWS's codes and texts.
@Suite struct LoginProfileTests {
    @Test func createGetUpdateDeleteALoginProfile() throws {
        var fixture = LabFixture()
        try fixture.user("alice")
        let (_, created) = try fixture.service.createLoginProfile(userName: "alice", password: "Str0ng-Passw0rd", passwordResetRequired: true,
                                                                  caller: fixture.devRoot, in: &fixture.lab)
        #expect(created.passwordResetRequired)
        #expect(created.createDate == LabFixture.now)
        let (user, fetched) = try fixture.service.getLoginProfile(userName: "alice", caller: fixture.devRoot, in: fixture.lab)
        #expect(user.userName == "alice" && fetched.matches("Str0ng-Passw0rd") && !fetched.matches("other"))
        try fixture.service.updateLoginProfile(userName: "alice", password: "An0ther-Passw0rd", passwordResetRequired: false,
                                               caller: fixture.devRoot, in: &fixture.lab)
        let (_, updated) = try fixture.service.getLoginProfile(userName: "alice", caller: fixture.devRoot, in: fixture.lab)
        #expect(updated.matches("An0ther-Passw0rd") && !updated.passwordResetRequired && updated.createDate == LabFixture.now)
        try fixture.service.deleteLoginProfile(userName: "alice", caller: fixture.devRoot, in: &fixture.lab)
        #expect(throws: ServiceError.noSuchEntity("Login Profile for User alice cannot be found.")) {
            try fixture.service.getLoginProfile(userName: "alice", caller: fixture.devRoot, in: fixture.lab)
        }
    }

    @Test func aSecondLoginProfileIsEntityAlreadyExists() throws {
        var fixture = LabFixture()
        try fixture.user("alice")
        try fixture.service.createLoginProfile(userName: "alice", password: "Str0ng-Passw0rd", caller: fixture.devRoot, in: &fixture.lab)
        #expect(throws: ServiceError.entityAlreadyExists("Login Profile for user alice already exists.")) {
            try fixture.service.createLoginProfile(userName: "alice", password: "Str0ng-Passw0rd", caller: fixture.devRoot, in: &fixture.lab)
        }
    }

    @Test func deleteUserWithALoginProfileIsDeleteConflict() throws {
        var fixture = LabFixture()
        try fixture.user("alice")
        try fixture.service.createLoginProfile(userName: "alice", password: "Str0ng-Passw0rd", caller: fixture.devRoot, in: &fixture.lab)
        #expect(throws: ServiceError.deleteConflict("Cannot delete entity, must delete login profile first.")) {
            try fixture.service.deleteUser(userName: "alice", caller: fixture.devRoot, in: &fixture.lab)
        }
        try fixture.service.deleteLoginProfile(userName: "alice", caller: fixture.devRoot, in: &fixture.lab)
        try fixture.service.deleteUser(userName: "alice", caller: fixture.devRoot, in: &fixture.lab)
    }

    @Test func theDefaultPolicyNeedsEightCharactersOfThreeKinds() throws {
        var fixture = LabFixture()
        try fixture.user("alice")
        let violation = ServiceError(code: "PasswordPolicyViolation", message: "Password does not conform to the account password policy.", httpStatus: 400)
        for weak in ["Sh0rt!", "alllowercase", "lowerUPPER"] {
            #expect(throws: violation) {
                try fixture.service.createLoginProfile(userName: "alice", password: weak, caller: fixture.devRoot, in: &fixture.lab)
            }
        }
        try fixture.service.createLoginProfile(userName: "alice", password: "lowerUPPER1", caller: fixture.devRoot, in: &fixture.lab)
    }

    @Test func aCustomPolicyIsEnforcedAndReadBack() throws {
        var fixture = LabFixture()
        try fixture.user("alice")
        #expect(throws: ServiceError.noSuchEntity("The Password Policy with domain name \(LabFixture.development) cannot be found.")) {
            try fixture.service.getAccountPasswordPolicy(caller: fixture.devRoot, in: fixture.lab)
        }
        try fixture.service.updateAccountPasswordPolicy(PasswordPolicy(minimumPasswordLength: 14, requireSymbols: true, passwordReusePrevention: 2),
                                                        caller: fixture.devRoot, in: &fixture.lab)
        #expect(try fixture.service.getAccountPasswordPolicy(caller: fixture.devRoot, in: fixture.lab).minimumPasswordLength == 14)
        #expect(throws: ServiceError.self) {
            try fixture.service.createLoginProfile(userName: "alice", password: "NoSymbolsButLong1", caller: fixture.devRoot, in: &fixture.lab)
        }
        try fixture.service.createLoginProfile(userName: "alice", password: "has-a-symbol-now", caller: fixture.devRoot, in: &fixture.lab)
        // PasswordReusePrevention 2: the current password cannot be set again.
        #expect(throws: ServiceError.self) {
            try fixture.service.updateLoginProfile(userName: "alice", password: "has-a-symbol-now", passwordResetRequired: nil,
                                                   caller: fixture.devRoot, in: &fixture.lab)
        }
        try fixture.service.deleteAccountPasswordPolicy(caller: fixture.devRoot, in: &fixture.lab)
        #expect(throws: ServiceError.noSuchEntity("The account policy with name PasswordPolicy cannot be found.")) {
            try fixture.service.deleteAccountPasswordPolicy(caller: fixture.devRoot, in: &fixture.lab)
        }
        #expect(throws: ServiceError.self) {
            try fixture.service.updateAccountPasswordPolicy(PasswordPolicy(minimumPasswordLength: 5), caller: fixture.devRoot, in: &fixture.lab)
        }
    }

    @Test func changePasswordNeedsPermissionTheOldPasswordAndThePolicy() throws {
        var fixture = LabFixture()
        let alice = try fixture.user("alice")
        try fixture.service.createLoginProfile(userName: "alice", password: "Str0ng-Passw0rd", passwordResetRequired: true,
                                               caller: fixture.devRoot, in: &fixture.lab)
        // No permission and no AllowUsersToChangePassword: AccessDenied.
        #expect(throws: ServiceError.self) {
            try fixture.service.changePassword(oldPassword: "Str0ng-Passw0rd", newPassword: "N3w-Passw0rd!", caller: alice, in: &fixture.lab)
        }
        try fixture.service.updateAccountPasswordPolicy(PasswordPolicy(allowUsersToChangePassword: true), caller: fixture.devRoot, in: &fixture.lab)
        do {
            try fixture.service.changePassword(oldPassword: "wrong-old-one", newPassword: "N3w-Passw0rd!", caller: alice, in: &fixture.lab)
            Issue.record("a wrong old password was accepted")
        } catch {
            #expect(error.code == "AccessDenied")
        }
        try fixture.service.changePassword(oldPassword: "Str0ng-Passw0rd", newPassword: "N3w-Passw0rd!", caller: alice, in: &fixture.lab)
        let (_, profile) = try fixture.service.getLoginProfile(userName: "alice", caller: fixture.devRoot, in: fixture.lab)
        #expect(profile.matches("N3w-Passw0rd!") && !profile.passwordResetRequired)
        #expect(throws: ServiceError(code: "InvalidUserType", message: "The request was rejected because the type of user for the transaction was incorrect.", httpStatus: 400)) {
            try fixture.service.changePassword(oldPassword: "a", newPassword: "b", caller: fixture.devRoot, in: &fixture.lab)
        }
    }

    @Test func accountAliasesAreUniqueAndOnePerAccount() throws {
        var fixture = LabFixture()
        #expect(try fixture.service.listAccountAliases(caller: fixture.devRoot, in: fixture.lab).items == ["development"])
        #expect(throws: ServiceError.entityAlreadyExists("The account alias production already exists.")) {
            try fixture.service.createAccountAlias("production", caller: fixture.devRoot, in: &fixture.lab)
        }
        try fixture.service.createAccountAlias("dev-team", caller: fixture.devRoot, in: &fixture.lab)
        #expect(try fixture.service.listAccountAliases(caller: fixture.devRoot, in: fixture.lab).items == ["dev-team"])
        #expect(try fixture.service.findAccount("dev-team", in: fixture.lab)?.accountID == LabFixture.development)
        for bad in ["ab", "-dev", "dev-", "dev--team", "Dev"] {
            #expect(throws: ServiceError.self) { try fixture.service.createAccountAlias(bad, caller: fixture.devRoot, in: &fixture.lab) }
        }
        #expect(throws: ServiceError.noSuchEntity("The account alias development cannot be found.")) {
            try fixture.service.deleteAccountAlias("development", caller: fixture.devRoot, in: &fixture.lab)
        }
        try fixture.service.deleteAccountAlias("dev-team", caller: fixture.devRoot, in: &fixture.lab)
        #expect(try fixture.service.listAccountAliases(caller: fixture.devRoot, in: fixture.lab).items.isEmpty)
    }
}
