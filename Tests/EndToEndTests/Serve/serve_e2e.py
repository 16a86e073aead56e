#!/usr/bin/env python3
"""End-to-end check of `rolecall serve` with the real AWS CLI and boto3 (issue #17).

usage: serve_e2e.py ROLECALL_BINARY
Starts `rolecall serve` on a free loopback port with a fresh demo lab, runs the guide's CLI
path with `aws --endpoint-url`, the API path with boto3 (paginator and waiter included),
hand-made bad signatures, and cross-visibility with `rolecall iam get-role`. Prints one
line per check; exits non-zero on the first failure. Stops the server with SIGTERM and
checks that it exits cleanly.
"""
import datetime
import hashlib
import hmac
import http.client
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse

ROLECALL = sys.argv[1]
WORK = tempfile.mkdtemp(prefix="rolecall-serve-e2e-")
STORE = os.path.join(WORK, "lab")
PROD, DEV = "111122223333", "123456789012"
TRUST = {
    "Version": "2012-10-17",
    "Statement": {
        "Effect": "Allow",
        "Principal": {"AWS": "arn:aws:iam::%s:root" % DEV},
        "Action": "sts:AssumeRole",
        "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}},
    },
}
checks = 0


def ok(name):
    global checks
    checks += 1
    print("ok   %s" % name, flush=True)


def fail(name, detail):
    print("FAIL %s\n%s" % (name, detail), flush=True)
    sys.exit(1)


def rolecall(*args, env_extra=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    env.update(env_extra or {})
    result = subprocess.run([ROLECALL, "--store", STORE] + list(args), capture_output=True, text=True, env=env, timeout=60)
    return result


def aws_env(key, secret, token=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    env.update({"AWS_ACCESS_KEY_ID": key, "AWS_SECRET_ACCESS_KEY": secret, "AWS_DEFAULT_REGION": "us-east-1",
                "AWS_CONFIG_FILE": "/dev/null", "AWS_SHARED_CREDENTIALS_FILE": "/dev/null", "AWS_MAX_ATTEMPTS": "1"})
    if token:
        env["AWS_SESSION_TOKEN"] = token
    return env


def aws(endpoint, env, *args):
    return subprocess.run(["aws", "--endpoint-url", endpoint, "--output", "json"] + list(args),
                          capture_output=True, text=True, env=env, timeout=60)


def main():
    if rolecall("lab", "init", "--demo").returncode != 0:
        fail("lab init", "")
    server = subprocess.Popen([ROLECALL, "serve", "--port", "0", "--store", STORE], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    banner = {}
    deadline = time.time() + 30
    while time.time() < deadline and "AWS_SECRET_ACCESS_KEY" not in banner:
        line = server.stdout.readline()
        if not line:
            break
        line = line.strip()
        if line.startswith("export "):
            name, _, value = line[len("export "):].partition("=")
            banner[name] = value
    if "AWS_SECRET_ACCESS_KEY" not in banner:
        server.kill()
        fail("serve prints the endpoint and a key pair", server.stderr.read())
    endpoint = banner["AWS_ENDPOINT_URL"]
    if not endpoint.startswith("http://127.0.0.1:"):
        fail("serve binds loopback", endpoint)
    ok("serve prints the endpoint and the environment to export (%s)" % endpoint)
    try:
        run_checks(endpoint, banner["AWS_ACCESS_KEY_ID"], banner["AWS_SECRET_ACCESS_KEY"], server)
    finally:
        server.terminate()
        try:
            code = server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            fail("serve stops on SIGTERM", "still running after 15 s")
    if code != 0:
        fail("serve exits 0 after SIGTERM", "exit %s: %s" % (code, server.stderr.read()[-2000:]))
    log = server.stderr.read()
    if "POST CreateRole arn:aws:iam::111122223333:root allow 200" not in log:
        fail("serve logs one line per request", log[-2000:])
    ok("serve logs each request (method, action, caller, decision, status, ms) and exits 0 on SIGTERM")
    print("%d passed, 0 failed" % checks)


def run_checks(endpoint, root_key, root_secret, server):
    root = aws_env(root_key, root_secret)
    trust_file = os.path.join(WORK, "trustpolicyforacct%s.json" % DEV)
    with open(trust_file, "w") as handle:
        json.dump(TRUST, handle, indent=2)

    # --- The guide's CLI path with the real aws ---
    result = aws(endpoint, root, "iam", "create-role", "--role-name", "Test-UserAccess-Role",
                 "--assume-role-policy-document", "file://" + trust_file)
    if result.returncode != 0:
        fail("aws iam create-role", result.stderr)
    role = json.loads(result.stdout)["Role"]
    if role["Arn"] != "arn:aws:iam::%s:role/Test-UserAccess-Role" % PROD or role["AssumeRolePolicyDocument"] != json.loads(json.dumps(TRUST)):
        fail("aws iam create-role output", result.stdout)
    ok("aws iam create-role with the trust file (policy document decoded by the CLI)")
    result = aws(endpoint, root, "iam", "attach-role-policy", "--role-name", "Test-UserAccess-Role",
                 "--policy-arn", "arn:aws:iam::%s:policy/PolicyForRole" % PROD)
    if result.returncode != 0 or result.stdout.strip():
        fail("aws iam attach-role-policy", result.stdout + result.stderr)
    ok("aws iam attach-role-policy")
    inline = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:GetRole",
                                                      "Resource": "arn:aws:iam::%s:role/Test-UserAccess-Role" % PROD}]}
    result = aws(endpoint, root, "iam", "put-role-policy", "--role-name", "Test-UserAccess-Role",
                 "--policy-name", "read-self", "--policy-document", json.dumps(inline))
    if result.returncode != 0:
        fail("aws iam put-role-policy", result.stderr)
    ok("aws iam put-role-policy")

    # Cross-visibility: the server's role is seen at once by the CLI on the same lab, and back.
    result = rolecall("iam", "get-role", "--role-name", "Test-UserAccess-Role")
    if result.returncode != 0 or json.loads(result.stdout)["Role"]["RoleId"] != role["RoleId"]:
        fail("rolecall iam get-role sees the server's role", result.stdout + result.stderr)
    made = rolecall("iam", "create-role", "--role-name", "MadeByCLI", "--assume-role-policy-document", "file://" + trust_file)
    result = aws(endpoint, root, "iam", "get-role", "--role-name", "MadeByCLI")
    if made.returncode != 0 or result.returncode != 0 or json.loads(result.stdout)["Role"]["RoleName"] != "MadeByCLI":
        fail("aws iam get-role sees the CLI's role", made.stderr + result.stdout + result.stderr)
    ok("a role made through the server is seen by `rolecall iam get-role`, and the other way round")

    # alice (development) gets a key and the right to assume, as the guide does.
    result = rolecall("--account", DEV, "iam", "put-user-policy", "--user-name", "alice", "--policy-name", "may-assume",
                      "--policy-document", json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole",
                                                        "Resource": "arn:aws:iam::%s:role/Test-UserAccess-Role" % PROD}]}))
    keys = rolecall("--account", DEV, "iam", "create-access-key", "--user-name", "alice")
    if result.returncode != 0 or keys.returncode != 0:
        fail("alice's policy and key", result.stderr + keys.stderr)
    alice_key = json.loads(keys.stdout)["AccessKey"]
    alice = aws_env(alice_key["AccessKeyId"], alice_key["SecretAccessKey"])
    serial = "arn:aws:iam::%s:mfa/alice" % DEV
    result = aws(endpoint, alice, "sts", "assume-role", "--role-arn", "arn:aws:iam::%s:role/Test-UserAccess-Role" % PROD,
                 "--role-session-name", "alice")
    if result.returncode == 0 or "(AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::%s:user/alice is not authorized to perform: sts:AssumeRole" % DEV not in result.stderr:
        fail("assume-role without MFA is AccessDenied", result.stdout + result.stderr)
    ok("aws sts assume-role without MFA: AccessDenied in AWS's words")
    code = rolecall("lab", "mfa-code", "--serial-number", serial)
    token_code = extract_code(code.stdout)
    result = aws(endpoint, alice, "sts", "assume-role", "--role-arn", "arn:aws:iam::%s:role/Test-UserAccess-Role" % PROD,
                 "--role-session-name", "alice", "--serial-number", serial, "--token-code", token_code)
    if result.returncode != 0:
        fail("aws sts assume-role with --serial-number and --token-code %s" % token_code, code.stdout + result.stderr)
    credentials = json.loads(result.stdout)["Credentials"]
    ok("aws sts assume-role as alice with --serial-number and a current --token-code")
    session = aws_env(credentials["AccessKeyId"], credentials["SecretAccessKey"], credentials["SessionToken"])
    result = aws(endpoint, session, "sts", "get-caller-identity")
    if result.returncode != 0 or json.loads(result.stdout)["Arn"] != "arn:aws:sts::%s:assumed-role/Test-UserAccess-Role/alice" % PROD:
        fail("session get-caller-identity", result.stdout + result.stderr)
    result = aws(endpoint, session, "iam", "get-role", "--role-name", "Test-UserAccess-Role")
    if result.returncode != 0:
        fail("session: allowed call", result.stderr)
    ok("the session's allowed call (iam get-role) succeeds")
    result = aws(endpoint, session, "iam", "list-users")
    want = "An error occurred (AccessDenied) when calling the ListUsers operation: User: arn:aws:sts::%s:assumed-role/Test-UserAccess-Role/alice is not authorized to perform: iam:ListUsers on resource: arn:aws:iam::%s:user/" % (PROD, PROD)
    if result.returncode == 0 or want not in result.stderr:
        fail("session: denied call", result.stderr)
    ok("the session's denied call (iam list-users) is AccessDenied with AWS's text")

    # --- The API path with boto3 ---
    import boto3
    import botocore.exceptions
    boto = boto3.session.Session(aws_access_key_id=root_key, aws_secret_access_key=root_secret, region_name="us-east-1")
    iam = boto.client("iam", endpoint_url=endpoint)
    created = iam.create_role(RoleName="ApiRole", AssumeRolePolicyDocument=json.dumps(TRUST),
                              Tags=[{"Key": "team", "Value": "blue"}])
    if not isinstance(created["Role"]["CreateDate"], datetime.datetime) or created["Role"]["Tags"] != [{"Key": "team", "Value": "blue"}]:
        fail("boto3 create_role", created)
    iam.attach_role_policy(RoleName="ApiRole", PolicyArn="arn:aws:iam::%s:policy/PolicyForRole" % PROD)
    iam.put_role_policy(RoleName="ApiRole", PolicyName="inline", PolicyDocument=json.dumps(inline))
    got = iam.get_role_policy(RoleName="ApiRole", PolicyName="inline")
    if got["PolicyDocument"] != inline:
        fail("boto3 get_role_policy decodes the document", got)
    ok("boto3 create_role, attach_role_policy, put_role_policy (documents round-trip)")
    for index in range(5):
        iam.create_role(RoleName="Paged%d" % index, AssumeRolePolicyDocument=json.dumps(TRUST))
    names = []
    pages = 0
    for page in iam.get_paginator("list_roles").paginate(PaginationConfig={"PageSize": 2}):
        pages += 1
        names += [r["RoleName"] for r in page["Roles"]]
    if pages < 4 or not all(("Paged%d" % i) in names for i in range(5)) or len(names) != len(set(names)):
        fail("botocore paginator list_roles", (pages, names))
    ok("botocore paginator list_roles (%d pages of 2)" % pages)
    iam.get_waiter("role_exists").wait(RoleName="ApiRole", WaiterConfig={"Delay": 1, "MaxAttempts": 2})
    try:
        iam.get_waiter("role_exists").wait(RoleName="NoSuchRole", WaiterConfig={"Delay": 1, "MaxAttempts": 2})
        fail("waiter role_exists on a missing role", "returned")
    except botocore.exceptions.WaiterError:
        pass
    ok("botocore waiter role_exists (passes for a role, gives up on a missing one)")
    try:
        iam.get_role(RoleName="NoSuchRole")
        fail("boto3 NoSuchEntity", "no error")
    except iam.exceptions.NoSuchEntityException as error:
        if error.response["ResponseMetadata"]["HTTPStatusCode"] != 404 or not error.response["ResponseMetadata"].get("RequestId"):
            fail("boto3 NoSuchEntity status and request id", error.response)
    ok("boto3 maps NoSuchEntity to its modeled exception with 404 and a RequestId")
    try:
        iam.get_credential_report()
        fail("boto3 get_credential_report before generate", "no error")
    except iam.exceptions.CredentialReportNotPresentException as error:
        if error.response["ResponseMetadata"]["HTTPStatusCode"] != 410 or "GetCredentialReport operation: Unknown" not in str(error):
            fail("boto3 ReportNotPresent: 410 without a message", str(error) + repr(error.response))
    started = iam.generate_credential_report()
    again = iam.generate_credential_report()
    if started.get("State") != "STARTED" or again.get("State") != "COMPLETE" or "Description" in again:
        fail("boto3 generate_credential_report STARTED then COMPLETE", (started, again))
    report = iam.get_credential_report()
    lines = report["Content"].decode().splitlines()
    if report["ReportFormat"] != "text/csv" or not lines[0].startswith("user,arn,user_creation_time,") \
            or not lines[1].startswith("<root_account>,arn:aws:iam::%s:root," % PROD) \
            or not isinstance(report["GeneratedTime"], datetime.datetime):
        fail("boto3 get_credential_report", repr(report))
    ok("boto3 credential report: ReportNotPresent (410, no message), STARTED then COMPLETE, the CSV with <root_account> first")
    details = iam.get_account_authorization_details(Filter=["Role"])
    api_role = [r for r in details["RoleDetailList"] if r["RoleName"] == "ApiRole"]
    if details["UserDetailList"] or not api_role or api_role[0]["AssumeRolePolicyDocument"] != TRUST \
            or api_role[0]["RolePolicyList"] != [{"PolicyName": "inline", "PolicyDocument": inline}]:
        fail("boto3 get_account_authorization_details", repr(details)[:3000])
    # --page-size 1: one role per request, the CLI follows the server's Marker to the end.
    result = aws(endpoint, root, "iam", "get-account-authorization-details", "--filter", "Role", "--page-size", "1")
    names = [r["RoleName"] for r in json.loads(result.stdout)["RoleDetailList"]] if result.returncode == 0 else []
    everything = [r["RoleName"] for r in details["RoleDetailList"]]
    if not names or names != everything or len(names) != len(set(names)):
        fail("aws iam get-account-authorization-details --page-size 1", result.stdout + result.stderr)
    ok("get-account-authorization-details through boto3 (documents URL-decoded by botocore) and aws (%d pages of 1)" % len(names))
    sts = boto3.session.Session(aws_access_key_id=alice_key["AccessKeyId"], aws_secret_access_key=alice_key["SecretAccessKey"],
                                region_name="us-east-1").client("sts", endpoint_url=endpoint)
    code = rolecall("lab", "mfa-code", "--serial-number", serial)
    assumed = sts.assume_role(RoleArn="arn:aws:iam::%s:role/Test-UserAccess-Role" % PROD, RoleSessionName="boto",
                              SerialNumber=serial, TokenCode=extract_code(code.stdout))
    creds = assumed["Credentials"]
    if not isinstance(creds["Expiration"], datetime.datetime):
        fail("boto3 assume_role Expiration", assumed)
    who = boto3.session.Session(aws_access_key_id=creds["AccessKeyId"], aws_secret_access_key=creds["SecretAccessKey"],
                                aws_session_token=creds["SessionToken"], region_name="us-east-1").client("sts", endpoint_url=endpoint)
    identity = who.get_caller_identity()
    if identity["Arn"] != "arn:aws:sts::%s:assumed-role/Test-UserAccess-Role/boto" % PROD or identity["Account"] != PROD:
        fail("boto3 get_caller_identity", identity)
    ok("boto3 assume_role with MFA, then get_caller_identity as the session")

    # --- Hand-made signatures ---
    host = endpoint[len("http://"):]
    body = "Action=ListRoles&Version=2010-05-08"

    def post(headers):
        connection = http.client.HTTPConnection(host, timeout=10)
        connection.request("POST", "/", body=body, headers=headers)
        response = connection.getresponse()
        text = response.read().decode()
        return response.status, text, response.getheader("x-amzn-RequestId")

    def signed_headers(key, secret, when):
        amz = when.strftime("%Y%m%dT%H%M%SZ")
        scope = "%s/us-east-1/iam/aws4_request" % amz[:8]
        headers = {"Host": host, "Content-Type": "application/x-www-form-urlencoded; charset=utf-8", "X-Amz-Date": amz}
        canonical = "\n".join(["POST", "/", "", "content-type:%s\nhost:%s\nx-amz-date:%s\n" % (headers["Content-Type"], host, amz),
                               "content-type;host;x-amz-date", hashlib.sha256(body.encode()).hexdigest()])
        to_sign = "\n".join(["AWS4-HMAC-SHA256", amz, scope, hashlib.sha256(canonical.encode()).hexdigest()])
        signing = ("AWS4" + secret).encode()
        for part in (amz[:8], "us-east-1", "iam", "aws4_request"):
            signing = hmac.new(signing, part.encode(), hashlib.sha256).digest()
        signature = hmac.new(signing, to_sign.encode(), hashlib.sha256).hexdigest()
        headers["Authorization"] = "AWS4-HMAC-SHA256 Credential=%s/%s, SignedHeaders=content-type;host;x-amz-date, Signature=%s" % (key, scope, signature)
        return headers

    now = datetime.datetime.now(datetime.timezone.utc)
    status, text, request_id = post(signed_headers(root_key, root_secret, now))
    if status != 200 or "<ListRolesResponse" not in text or not request_id:
        fail("hand-signed request", text)
    ok("a hand-signed request (own SigV4 in Python) is accepted")
    status, text, _ = post(signed_headers(root_key, root_secret[:-1] + ("x" if root_secret[-1] != "x" else "y"), now))
    if status != 403 or "<Code>SignatureDoesNotMatch</Code>" not in text or "The request signature we calculated does not match the signature you provided." not in text:
        fail("bad signature", text)
    ok("a bad signature: 403 SignatureDoesNotMatch with AWS's message")
    status, text, _ = post(signed_headers("AKIAIOSFODNN7EXAMPLE", root_secret, now))
    if status != 403 or "<Code>InvalidClientTokenId</Code>" not in text:
        fail("unknown key", text)
    ok("an unknown key: 403 InvalidClientTokenId")
    status, text, _ = post(signed_headers(root_key, root_secret, now - datetime.timedelta(minutes=20)))
    if status != 403 or "<Message>Signature expired: " not in text or "- 15 min.)" not in text:
        fail("stale timestamp", text)
    ok("a timestamp 20 minutes old: SignatureDoesNotMatch 'Signature expired: … (… - 15 min.)'")
    status, text, _ = post({"Host": host, "Content-Type": "application/x-www-form-urlencoded"})
    if status != 403 or "<Code>MissingAuthenticationToken</Code>" not in text:
        fail("unsigned", text)
    ok("an unsigned request: 403 MissingAuthenticationToken")


def extract_code(text):
    for word in text.replace('"', " ").split():
        if len(word) == 6 and word.isdigit():
            return word
    return ""


if __name__ == "__main__":
    try:
        main()
    finally:
        shutil.rmtree(WORK, ignore_errors=True)
