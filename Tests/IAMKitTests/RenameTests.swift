import IAMPolicy
import Testing
@testable import IAMKit

/// UpdateUser and UpdateGroup: a new name or path for the same entity.
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateUser.html
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateGroup.html
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_users_manage.html#id_users_renaming
@Suite struct RenameTests {
    /// Development's Bob in group Admins with a managed and an inline policy, an access key, an
    /// enabled MFA device; carol exists too.
    static func prepared() throws -> (LabFixture, AccessKey) {
        var fixture = LabFixture()
        let root = fixture.devRoot
        try fixture.user("Bob", policy: LabFixture.allow("s3:ListBucket"))
        try fixture.user("carol")
        _ = try fixture.service.createGroup(groupName: "Admins", caller: root, in: &fixture.lab)
        try fixture.service.addUserToGroup(groupName: "Admins", userName: "Bob", caller: root, in: &fixture.lab)
        try fixture.service.attachUserPolicy(userName: "Bob", policyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess", caller: root, in: &fixture.lab)
        let key = try fixture.service.createAccessKey(userName: "Bob", caller: root, in: &fixture.lab)
        let device = try fixture.service.createVirtualMFADevice(virtualMFADeviceName: "bob-phone", caller: root, in: &fixture.lab)
        let totp = TOTP(secret: try #require(Base32.decode(device.base32StringSeed)))
        let step = totp.step(at: LabFixture.now)
        try fixture.service.enableMFADevice(userName: "Bob", serialNumber: device.serialNumber, authenticationCode1: totp.code(counter: step - 1),
                                            authenticationCode2: totp.code(counter: step), caller: root, in: &fixture.lab)
        return (fixture, key)
    }

    @Test func renamedUserKeepsIDGroupsPoliciesKeysAndMFA() throws {
        var (fixture, key) = try Self.prepared()
        let root = fixture.devRoot
        let before = try fixture.service.getUser(userName: "Bob", caller: root, in: fixture.lab)
        try fixture.service.updateUser(userName: "Bob", newPath: "/staff/", newUserName: "Robert", caller: root, in: &fixture.lab)
        let after = try fixture.service.getUser(userName: "robert", caller: root, in: fixture.lab)
        #expect(after.userID == before.userID)
        #expect(after.arn == "arn:aws:iam::123456789012:user/staff/Robert")
        #expect(LabFixture.error { () throws(ServiceError) in _ = try fixture.service.getUser(userName: "Bob", caller: root, in: fixture.lab) }
            == ServiceError.noSuchEntity("The user with name Bob cannot be found."))
        #expect(try fixture.service.listGroupsForUser(userName: "Robert", caller: root, in: fixture.lab).items.map(\.groupName) == ["Admins"])
        #expect(try fixture.service.getGroup(groupName: "Admins", caller: root, in: fixture.lab).users.map(\.userName) == ["Robert"])
        #expect(try fixture.service.listAttachedUserPolicies(userName: "Robert", caller: root, in: fixture.lab).items.map(\.policyName) == ["ReadOnlyAccess"])
        #expect(try fixture.service.listUserPolicies(userName: "Robert", caller: root, in: fixture.lab).items == ["Bob-policy"])
        #expect(try fixture.service.listAccessKeys(userName: "Robert", caller: root, in: fixture.lab).keys.map(\.accessKeyID) == [key.accessKeyID])
        #expect(try fixture.service.listMFADevices(userName: "Robert", caller: root, in: fixture.lab).count == 1)
        // The old key now signs in as Robert, with his policies.
        let caller = try fixture.service.caller(accessKeyID: key.accessKeyID, secretAccessKey: key.secretAccessKey, in: fixture.lab)
        #expect(caller.arn == "arn:aws:iam::123456789012:user/staff/Robert")
        #expect(try fixture.service.decision(for: caller, action: "s3:ListBucket", resource: "*", in: fixture.lab).isAllowed)
        // Deleting works once everything is removed under the new name.
        let conflict = LabFixture.error { () throws(ServiceError) in try fixture.service.deleteUser(userName: "Robert", caller: root, in: &fixture.lab) }
        #expect(conflict?.code == "DeleteConflict")
    }

    @Test(arguments: [
        ("carol", ServiceError.entityAlreadyExists("User with name carol already exists.")),
        ("CAROL", ServiceError.entityAlreadyExists("User with name CAROL already exists.")),
        ("bad name", ServiceError.validation("1 validation error detected: Value 'bad name' at 'newUserName' failed to satisfy constraint: "
            + "Member must satisfy regular expression pattern: [\\w+=,.@-]+")),
    ])
    func userNameErrors(newName: String, expected: ServiceError) throws {
        var (fixture, _) = try Self.prepared()
        let error = LabFixture.error { () throws(ServiceError) in
            try fixture.service.updateUser(userName: "Bob", newUserName: newName, caller: fixture.devRoot, in: &fixture.lab)
        }
        #expect(error == expected)
        #expect(try fixture.service.getUser(userName: "Bob", caller: fixture.devRoot, in: fixture.lab).userName == "Bob")
    }

    @Test func missingUserAndBadPath() throws {
        var (fixture, _) = try Self.prepared()
        #expect(LabFixture.error { () throws(ServiceError) in
            try fixture.service.updateUser(userName: "nobody", newUserName: "x", caller: fixture.devRoot, in: &fixture.lab)
        } == ServiceError.noSuchEntity("The user with name nobody cannot be found."))
        #expect(LabFixture.error { () throws(ServiceError) in
            try fixture.service.updateUser(userName: "Bob", newPath: "staff", caller: fixture.devRoot, in: &fixture.lab)
        }?.message == "1 validation error detected: Value 'staff' at 'newPath' failed to satisfy constraint: "
            + "Member must satisfy regular expression pattern: (\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)")
    }

    @Test func changingOnlyTheCaseOfTheOwnNameIsAllowed() throws {
        var (fixture, _) = try Self.prepared()
        try fixture.service.updateUser(userName: "Bob", newUserName: "BOB", caller: fixture.devRoot, in: &fixture.lab)
        #expect(try fixture.service.getUser(userName: "bob", caller: fixture.devRoot, in: fixture.lab).userName == "BOB")
        #expect(try fixture.service.getGroup(groupName: "Admins", caller: fixture.devRoot, in: fixture.lab).users.map(\.userName) == ["BOB"])
    }

    @Test func renamingNeedsPermissionOnBothNames() throws {
        var (fixture, _) = try Self.prepared()
        let oldOnly = try fixture.user("admin1", policy: LabFixture.allow("iam:UpdateUser", "arn:aws:iam::123456789012:user/Bob"))
        let denied = LabFixture.error { () throws(ServiceError) in
            try fixture.service.updateUser(userName: "Bob", newUserName: "Robert", caller: oldOnly, in: &fixture.lab)
        }
        #expect(denied?.message == "User: arn:aws:iam::123456789012:user/admin1 is not authorized to perform: iam:UpdateUser on resource: "
            + "arn:aws:iam::123456789012:user/Robert because no identity-based policy allows the iam:UpdateUser action")
        let both = try fixture.user("admin2", policy: LabFixture.allow("iam:UpdateUser", "arn:aws:iam::123456789012:user/*"))
        try fixture.service.updateUser(userName: "Bob", newUserName: "Robert", caller: both, in: &fixture.lab)
    }

    @Test func renamedGroupKeepsMembersAndPolicies() throws {
        var (fixture, _) = try Self.prepared()
        let root = fixture.devRoot
        try fixture.service.attachGroupPolicy(groupName: "Admins", policyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess", caller: root, in: &fixture.lab)
        let before = try fixture.service.getGroup(groupName: "Admins", caller: root, in: fixture.lab).group
        try fixture.service.updateGroup(groupName: "admins", newGroupName: "Operators", caller: root, in: &fixture.lab)
        let (group, users) = try fixture.service.getGroup(groupName: "Operators", caller: root, in: fixture.lab)
        #expect(group.groupID == before.groupID)
        #expect(users.map(\.userName) == ["Bob"])
        #expect(try fixture.service.listGroupsForUser(userName: "Bob", caller: root, in: fixture.lab).items.map(\.groupName) == ["Operators"])
        #expect(try fixture.service.listAttachedGroupPolicies(groupName: "Operators", caller: root, in: fixture.lab).items.count == 1)
        // Bob still gets the group's permissions.
        #expect(try fixture.service.decision(for: Caller.user(LabFixture.development, "Bob"), action: "iam:ListRoles",
                                             resource: "*", in: fixture.lab).isAllowed)
        _ = try fixture.service.createGroup(groupName: "Dev", caller: root, in: &fixture.lab)
        #expect(LabFixture.error { () throws(ServiceError) in
            try fixture.service.updateGroup(groupName: "Dev", newGroupName: "OPERATORS", caller: root, in: &fixture.lab)
        } == ServiceError.entityAlreadyExists("Group with name OPERATORS already exists."))
        #expect(LabFixture.error { () throws(ServiceError) in
            try fixture.service.updateGroup(groupName: "Nope", newGroupName: "X", caller: root, in: &fixture.lab)
        } == ServiceError.noSuchEntity("The group with name Nope cannot be found."))
    }
}
