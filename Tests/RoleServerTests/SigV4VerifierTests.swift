import RoleServer
import Testing

@Suite("SigV4 verification")
struct SigV4VerifierTests {
    /// AWS's own worked example: GET ?Action=ListUsers&Version=2010-05-08 with AKIDEXAMPLE,
    /// 20150830T123600Z, us-east-1/iam (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html
    /// and the SigV4 test suite's get-vanilla-query family).
    @Test func awsDocumentedExampleSignature() throws {
        let request = SignedRequest(
            method: "GET", path: "/", query: "Action=ListUsers&Version=2010-05-08",
            headers: [("Content-Type", "application/x-www-form-urlencoded; charset=utf-8"), ("Host", "iam.amazonaws.com"),
                      ("X-Amz-Date", "20150830T123600Z")],
            body: [])
        let credential = SigV4Credential(accessKeyID: "AKIDEXAMPLE", scopeDate: "20150830", region: "us-east-1", service: "iam",
                                         signedHeaders: ["content-type", "host", "x-amz-date"], signature: "",
                                         amzDate: "20150830T123600Z", securityToken: nil, expires: nil)
        let signature = SigV4Verifier.signature(for: request, credential: credential, secret: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
        #expect(signature == "5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7")
    }

    @Test func timestampsRoundTrip() {
        #expect(SigV4Time.parse("20150830T123600Z") == 1_440_938_160)
        #expect(SigV4Time.format(1_440_938_160) == "20150830T123600Z")
        #expect(SigV4Time.parse("20150830T123600") == nil)
        #expect(SigV4Time.parse("2015-08-30T12:36:00Z") == nil)
        #expect(SigV4Time.parse("20151330T123600Z") == nil)
    }

    @Test func staleRequestIsRefusedWithAWSText() throws {
        let now = SigV4Time.parse("20261206T120000Z") ?? 0
        let request = ServerLab.signedPost([("Action", "ListRoles"), ("Version", "2010-05-08")], keyID: "AKIAEXAMPLEEXAMPLE12",
                                           secret: "secret", time: now - 16 * 60)
        let credential = try SigV4Credential.read(request, query: [:])
        #expect(throws: SigV4Verifier.Failure(code: "SignatureDoesNotMatch",
                                              message: "Signature expired: 20261206T114400Z is now earlier than 20261206T114500Z (20261206T120000Z - 15 min.)")) {
            try SigV4Verifier.verify(request, credential: credential, secret: "secret", now: now)
        }
    }

    @Test func wrongSecretDoesNotMatch() throws {
        let now = ServerLab.now
        let request = ServerLab.signedPost([("Action", "ListRoles"), ("Version", "2010-05-08")], keyID: "AKIAEXAMPLEEXAMPLE12", secret: "right", time: now)
        let credential = try SigV4Credential.read(request, query: [:])
        #expect(throws: SigV4Verifier.Failure(code: "SignatureDoesNotMatch", message: SigV4Verifier.mismatchMessage)) {
            try SigV4Verifier.verify(request, credential: credential, secret: "wrong", now: now)
        }
        try SigV4Verifier.verify(request, credential: credential, secret: "right", now: now)
    }

    @Test func tamperedBodyDoesNotMatch() throws {
        let now = ServerLab.now
        var request = ServerLab.signedPost([("Action", "GetRole"), ("Version", "2010-05-08"), ("RoleName", "a")], keyID: "AKIAEXAMPLEEXAMPLE12",
                                           secret: "s", time: now)
        request.body = Array("Action=GetRole&Version=2010-05-08&RoleName=b".utf8)
        let credential = try SigV4Credential.read(request, query: [:])
        #expect(throws: SigV4Verifier.Failure.self) { try SigV4Verifier.verify(request, credential: credential, secret: "s", now: now) }
    }

    @Test func presignedQueryStringVerifies() throws {
        let now = ServerLab.now
        let amzDate = SigV4Time.format(now)
        let scope = "\(amzDate.prefix(8))/us-east-1/sts/aws4_request"
        let base = "Action=GetCallerIdentity&Version=2011-06-15&X-Amz-Algorithm=AWS4-HMAC-SHA256"
            + "&X-Amz-Credential=\(FormEncoding.escape("AKIAEXAMPLEEXAMPLE12/" + scope))&X-Amz-Date=\(amzDate)&X-Amz-Expires=60&X-Amz-SignedHeaders=host"
        var request = SignedRequest(method: "GET", path: "/", query: base, headers: [("Host", "127.0.0.1:4566")], body: [])
        let unsigned = SigV4Credential(accessKeyID: "AKIAEXAMPLEEXAMPLE12", scopeDate: String(amzDate.prefix(8)), region: "us-east-1",
                                       service: "sts", signedHeaders: ["host"], signature: "", amzDate: amzDate, securityToken: nil, expires: 60)
        let signature = SigV4Verifier.signature(for: request, credential: unsigned, secret: "s")
        request.query += "&X-Amz-Signature=\(signature)"
        var fields: [String: String] = [:]
        for pair in FormEncoding.decode(Substring(request.query)) { fields[pair.name] = pair.value }
        let credential = try SigV4Credential.read(request, query: fields)
        #expect(credential.expires == 60)
        try SigV4Verifier.verify(request, credential: credential, secret: "s", now: now)
        #expect(throws: SigV4Verifier.Failure.self) { try SigV4Verifier.verify(request, credential: credential, secret: "s", now: now + 61) }
    }

    @Test func unsignedRequestIsMissingAuthentication() {
        let request = SignedRequest(method: "GET", path: "/", query: "Action=ListRoles", headers: [("Host", "h")], body: [])
        #expect(throws: SigV4Credential.Problem.missing) { try SigV4Credential.read(request, query: ["Action": "ListRoles"]) }
    }

    /// The `Authorization` header as clients write it and as AWS reads it: fields in any order,
    /// spaces or tabs around them, unknown fields ignored, a later field over an earlier one;
    /// a missing field or date is refused with AWS's `IncompleteSignature` text.
    @Test func authorizationHeaderFieldsAreReadAsAWSReadsThem() throws {
        func read(_ authorization: String, date: String? = "20261206T120000Z") throws(SigV4Credential.Problem) -> SigV4Credential {
            var headers: [(name: String, value: String)] = [("Host", "h"), ("Authorization", authorization)]
            if let date { headers.append(("X-Amz-Date", date)) }
            return try SigV4Credential.read(SignedRequest(method: "POST", path: "/", query: "", headers: headers, body: []), query: [:])
        }
        let credential = try read("  AWS4-HMAC-SHA256 Signature=old,\tSignedHeaders=Host;X-Amz-Date , Extra=1,,"
                                  + " Credential=AKIDEXAMPLE/20261206/us-east-1/iam/aws4_request, Signature=ABCdef ")
        #expect(credential.accessKeyID == "AKIDEXAMPLE")
        #expect(credential.scopeDate == "20261206" && credential.region == "us-east-1" && credential.service == "iam")
        #expect(credential.signedHeaders == ["host", "x-amz-date"])
        #expect(credential.signature == "ABCdef")
        #expect(credential.amzDate == "20261206T120000Z")

        let noSignature = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261206/us-east-1/iam/aws4_request, SignedHeaders=host"
        #expect(throws: SigV4Credential.Problem.incomplete("Authorization header requires 'Signature' parameter. Authorization=\(noSignature)")) {
            try read(noSignature)
        }
        #expect(throws: SigV4Credential.Problem.incomplete("Authorization header requires 'Credential' parameter. Authorization=AWS4-HMAC-SHA256 ")) {
            try read("AWS4-HMAC-SHA256 ")
        }
        let noDate = "AWS4-HMAC-SHA256 Credential=A/20261206/us-east-1/iam/aws4_request, SignedHeaders=host, Signature=ab"
        #expect(throws: SigV4Credential.Problem.incomplete("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=\(noDate)")) {
            try read(noDate, date: nil)
        }
        #expect(throws: SigV4Credential.Problem.self) { try read("AWS4-HMAC-SHA1 Credential=A/20261206/us-east-1/iam/aws4_request") }
        #expect(throws: SigV4Credential.Problem.self) { try read("AWS4-HMAC-SHA256") }
    }

    /// Header names match as HTTP has it: ASCII case ignored, every other byte exactly.
    @Test func headerNamesMatchIgnoringASCIICaseOnly() {
        let request = SignedRequest(method: "POST", path: "/", query: "",
                                    headers: [("X-Amz-DATE", "20261206T120000Z"), ("x-amz-date", "second"), ("Hé", "accent")], body: [])
        #expect(request.header("x-amz-date") == "20261206T120000Z")
        #expect(request.values(of: "X-AMZ-DATE") == ["20261206T120000Z", "second"])
        #expect(request.header("x-amz-dat") == nil)
        #expect(request.header("hé") == "accent")
        #expect(request.header("HÉ") == nil)
    }
}
