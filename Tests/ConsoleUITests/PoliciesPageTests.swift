import ConsoleUI
import IAMKit
import Testing

/// The Policies page reducer: catalog, filter, JSON, create and edit in `$EDITOR`.
/// Sources: https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_create-console.html,
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-versioning.html
@Suite("Policies page")
struct PoliciesPageTests {
    private func state(_ lab: RolesTestLab, size: Size = Size(width: 80, height: 24)) -> AppState {
        lab.state(PoliciesPage(lab.gateway.console(drafts: lab.drafts)), size: size)
    }

    @Test("the AWS catalog and the customer managed policy, with type and attachment count")
    func catalog() throws {
        let lab = try RolesTestLab()
        let page = PoliciesPage(lab.gateway.console(drafts: lab.drafts))
        #expect(page.policies.count == AWSManagedPolicies.all.count + 1)
        let seed = try #require(page.policies.first { $0.policyName == "PolicyForRole" })
        #expect(seed.attachmentCount == 1)
        #expect(state(lab).screenText.contains("AWS managed"))
        // With 60 AWS managed policies the customer one is further down the list: filter to it.
        var filtered = state(lab)
        filtered.press(.character("/"))
        filtered.type("PolicyFor")
        #expect(filtered.screenText.contains("Customer managed"))
    }

    @Test("/ filters by name; t shows only one type")
    func filterAndType() throws {
        let lab = try RolesTestLab()
        var state = state(lab)
        state.press(.character("/"))
        state.type("readonly")
        let names = (state.pages.first as? PoliciesPage)?.shown.count ?? 0
        #expect(names == 19)  // the 19 "ReadOnly" policies of the 60-policy AWS catalog
        state.press(.escape, .character("t"), .character("t"))
        let page = try #require(state.pages.first as? PoliciesPage)
        #expect(page.scope == .local)
        #expect(page.shown.map { page.policies[$0].policyName } == ["PolicyForRole"])
    }

    @Test("/ finds the job-function and service-role policies of the 60-policy AWS catalog by name")
    func filterFindsCatalogPolicies() throws {
        let lab = try RolesTestLab()
        var state = state(lab)
        state.press(.character("/"))
        state.type("SecurityAud")
        var page = try #require(state.pages.first as? PoliciesPage)
        #expect(page.shown.map { page.policies[$0].policyName } == ["SecurityAudit"])
        var second = self.state(lab)
        second.press(.character("/"))
        second.type("AmazonECSTaskExecution")
        page = try #require(second.pages.first as? PoliciesPage)
        #expect(page.shown.map { page.policies[$0].arn } == ["arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"])
    }

    @Test("Enter shows the default version's JSON, highlighted")
    func json() throws {
        let lab = try RolesTestLab()
        var state = state(lab)
        state.press(.character("/"))
        state.type("PolicyFor")
        state.press(.enter, .enter)
        let page = try #require(state.pages.first as? PoliciesPage)
        #expect(page.detail?.info.policyName == "PolicyForRole")
        let frame = ConsoleShell.render(state, size: state.size)
        let row = try #require(frame.lines.firstIndex { $0.contains("\"Action\": \"s3:ListBucket\"") })
        let col = try #require(frame.lines[row].range(of: "\"Action\"")).lowerBound
        let column = frame.lines[row].distance(from: frame.lines[row].startIndex, to: col)
        #expect(frame[row, column].role == .jsonKey)
    }

    @Test("c creates a customer managed policy: a located error first, then CreatePolicy")
    func create() throws {
        let lab = try RolesTestLab()
        var state = state(lab)
        state.press(.character("c"))
        state.type("S3Lister")
        guard case .editFile(let path, .policies)? = state.press(.enter).first else {
            Issue.record("expected the editor")
            return
        }
        lab.drafts.edit(path, to: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListBucket"}]}"#)
        _ = ConsoleShell.reduce(&state, .effectFinished(page: .policies, result: .editorFinished(path: path, status: 0)))
        let problem = (state.pages.first as? PoliciesPage)?.draft?.problem
        #expect(problem?.message.hasPrefix("MalformedPolicyDocument") == true)
        #expect(problem?.line == 1)
        lab.drafts.edit(path, to: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListBucket","Resource":"*"}]}"#)
        _ = ConsoleShell.reduce(&state, .effectFinished(page: .policies, result: .editorFinished(path: path, status: 0)))
        #expect((state.pages.first as? PoliciesPage)?.draft == nil)
        #expect(lab.gateway.writtenEvents == ["CreatePolicy"])
        #expect(try lab.gateway.lab.record(ManagedPolicy.self, at: ManagedPolicy.key(RolesTestLab.production, "S3Lister")) != nil)
    }

    @Test("e saves an edit as a new default version (CreatePolicyVersion); AWS managed policies cannot be edited")
    func editVersion() throws {
        let lab = try RolesTestLab()
        var state = state(lab)
        state.press(.character("/"))
        state.type("PolicyFor")
        state.press(.enter)
        guard case .editFile(let path, _)? = state.press(.character("e")).first else {
            Issue.record("expected the editor")
            return
        }
        #expect(lab.drafts.files[path]?.contains("s3:ListBucket") == true)
        lab.drafts.edit(path, to: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}"#)
        _ = ConsoleShell.reduce(&state, .effectFinished(page: .policies, result: .editorFinished(path: path, status: 0)))
        let stored = try lab.gateway.lab.record(ManagedPolicy.self, at: ManagedPolicy.key(RolesTestLab.production, "PolicyForRole"))
        #expect(stored?.defaultVersion?.versionID == "v2")
        #expect(lab.gateway.writtenEvents == ["CreatePolicyVersion"])
        state.press(.escape, .escape)
        state.press(.character("/"))
        state.type("AdministratorAccess")
        state.press(.enter)
        #expect(state.press(.character("e")) == [.bell])
        #expect(state.refusal == "Edit is unavailable: AWS managed policies cannot be changed")
    }

    @Test("a long line of a policy wraps at 80 columns and End scrolls to the document's last row")
    func longLinesWrap() throws {
        let lab = try RolesTestLab()
        let service = lab.service
        let resource = "arn:aws:s3:::training-lab-artifacts-with-a-long-bucket-name/exports/2026/december/reports/summary-final.csv"
        let document = #"{"Version":"2012-10-17","Statement":[{"Sid":"ReadTheReport","Effect":"Allow","Action":"s3:GetObject","Resource":"\#(resource)"},"#
            + (1...12).map { #"{"Sid":"Deny\#($0)","Effect":"Deny","Action":"s3:DeleteObject","Resource":"*"}"# }.joined(separator: ",") + "]}"
        try lab.gateway.externalChange { repo in
            _ = try service.createPolicy(policyName: "LongLines", policyDocument: document,
                                         caller: .root(accountID: RolesTestLab.production), in: &repo)
        }
        var state = state(lab)
        state.press(.character("r"), .character("/"))
        state.type("LongLines")
        state.press(.enter, .enter)
        let screen = state.screenText
        // The ARN is longer than the panel: its end is on the screen, on the row below its start.
        let lines = screen.split(separator: "\n").map(String.init)
        let start = try #require(lines.firstIndex { $0.contains("\"Resource\": \"arn:aws:s3:::") })
        #expect(lines[(start + 1)...(start + 2)].contains { $0.contains("summary-final.csv\"") })
        #expect(screen.contains("▼"))
        state.press(.end)
        let end = state.screenText
        #expect(end.contains("Deny12"))
        #expect(end.contains("▲"))
        #expect(!end.contains("▼"))
        // Further down does nothing: the last row stays at the bottom.
        state.press(.down, .pageDown)
        #expect(state.screenText == end)
        state.press(.home)
        #expect(state.screenText == screen)
    }

    @Test("a policy the CLI creates elsewhere appears on r")
    func reload() throws {
        let lab = try RolesTestLab()
        var state = state(lab)
        let service = lab.service
        try lab.gateway.externalChange { repo in
            _ = try service.createPolicy(policyName: "FromCLI", policyDocument: DemoLab.bucketPolicyDocument,
                                         caller: .root(accountID: RolesTestLab.production), in: &repo)
        }
        state.press(.character("r"))
        #expect((state.pages.first as? PoliciesPage)?.policies.contains { $0.policyName == "FromCLI" } == true)
    }
}

/// The Policies page as the user sees it (ROLECALL_RECORD_SNAPSHOTS=1 re-records).
@Suite("Policies page screens")
struct PoliciesScreenTests {
    @Test("list, filtered list, JSON view and a draft with a located error, at 80×24 and 120×40")
    func screens() throws {
        for size in [Size(width: 80, height: 24), Size(width: 120, height: 40)] {
            let suffix = "\(size.width)x\(size.height)"
            let lab = try RolesTestLab()
            var state = lab.state(PoliciesPage(lab.gateway.console(drafts: lab.drafts)), size: size)
            assertScreen(ConsoleShell.render(state, size: size), named: "list-\(suffix)")
            state.press(.character("/"))
            state.type("access")
            assertScreen(ConsoleShell.render(state, size: size), named: "filter-\(suffix)")
            state.press(.enter, .enter)
            assertScreen(ConsoleShell.render(state, size: size), named: "json-\(suffix)")
            state.press(.escape, .escape, .character("c"))
            state.type("Draft")
            guard case .editFile(let path, _)? = state.press(.enter).first else { return }
            lab.drafts.edit(path, to: "{\n    \"Version\": \"2012-10-17\",\n    \"Statement\": [{\"Effect\": \"Permit\", \"Action\": \"*\", \"Resource\": \"*\"}]\n}\n")
            _ = ConsoleShell.reduce(&state, .effectFinished(page: .policies, result: .editorFinished(path: path, status: 0)))
            assertScreen(ConsoleShell.render(state, size: size), named: "draft-problem-\(suffix)")
        }
    }
}
