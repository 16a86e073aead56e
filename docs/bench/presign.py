#!/usr/bin/env python3
"""Prints a SigV4 presigned GET URL for one IAM or STS Query API call, for load tools such as wrk.

usage: presign.py ENDPOINT ACTION [NAME=VALUE ...]
  e.g. presign.py http://127.0.0.1:4566 GetRole RoleName=Bench

The key pair comes from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN when
set), as `rolecall serve` prints them. The URL is good for X-Amz-Expires seconds (default 3600;
PRESIGN_EXPIRES overrides it). Standard library only: this is a second SigV4 implementation,
independent of rolecall's, following
https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html
(query-string form: the credential goes in X-Amz-* parameters, the payload hash of a GET is that
of the empty body).
"""
import datetime
import hashlib
import hmac
import os
import sys
import urllib.parse


def quote(text):
    return urllib.parse.quote(text, safe="-_.~")


def main(argv):
    if len(argv) < 3:
        sys.stderr.write(__doc__)
        return 2
    endpoint, action = argv[1].rstrip("/"), argv[2]
    key, secret = os.environ.get("AWS_ACCESS_KEY_ID"), os.environ.get("AWS_SECRET_ACCESS_KEY")
    if not key or not secret:
        sys.stderr.write("presign.py: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (rolecall serve prints them)\n")
        return 2
    service = "sts" if action in ("AssumeRole", "GetCallerIdentity", "GetSessionToken", "GetAccessKeyInfo",
                                  "DecodeAuthorizationMessage", "AssumeRoleWithWebIdentity", "AssumeRoleWithSAML",
                                  "GetFederationToken", "AssumeRoot") else "iam"
    version = "2011-06-15" if service == "sts" else "2010-05-08"
    host = urllib.parse.urlsplit(endpoint).netloc
    now = datetime.datetime.now(datetime.timezone.utc)
    amz_date = now.strftime("%Y%m%dT%H%M%SZ")
    scope = "%s/us-east-1/%s/aws4_request" % (amz_date[:8], service)
    params = [("Action", action), ("Version", version)]
    for pair in argv[3:]:
        name, _, value = pair.partition("=")
        params.append((name, value))
    params += [("X-Amz-Algorithm", "AWS4-HMAC-SHA256"), ("X-Amz-Credential", "%s/%s" % (key, scope)),
               ("X-Amz-Date", amz_date), ("X-Amz-Expires", os.environ.get("PRESIGN_EXPIRES", "3600")),
               ("X-Amz-SignedHeaders", "host")]
    if os.environ.get("AWS_SESSION_TOKEN"):
        params.append(("X-Amz-Security-Token", os.environ["AWS_SESSION_TOKEN"]))
    query = "&".join("%s=%s" % (quote(n), quote(v)) for n, v in sorted(params))
    canonical = "\n".join(["GET", "/", query, "host:%s\n" % host, "host", hashlib.sha256(b"").hexdigest()])
    to_sign = "\n".join(["AWS4-HMAC-SHA256", amz_date, scope, hashlib.sha256(canonical.encode()).hexdigest()])
    signing = ("AWS4" + secret).encode()
    for part in (amz_date[:8], "us-east-1", service, "aws4_request"):
        signing = hmac.new(signing, part.encode(), hashlib.sha256).digest()
    signature = hmac.new(signing, to_sign.encode(), hashlib.sha256).hexdigest()
    print("%s/?%s&X-Amz-Signature=%s" % (endpoint, query, signature))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
