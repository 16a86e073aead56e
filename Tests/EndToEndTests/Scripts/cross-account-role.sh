#!/usr/bin/env bash
# Written for the AWS CLI v2 (`aws ...`), unchanged for rolecall: an administrator of the
# trusting account creates the guide's cross-account role and waits for it; then, through a
# role profile (role_arn + source_profile + mfa_serial), the user alice switches to it — the
# CLI asks for her MFA code — pages through the roles two at a time and lists the role's
# policies. Needs: trustpolicyforacct123456789012.json and readroles.json in the working
# directory, and the profiles `alice` (keys) and `crossaccount` (the role) configured.
set -euo pipefail

aws iam create-role --role-name Test-UserAccess-Role \
    --assume-role-policy-document file://trustpolicyforacct123456789012.json \
    --query 'Role.Arn' --output text
aws iam wait role-exists --role-name Test-UserAccess-Role
aws iam attach-role-policy --role-name Test-UserAccess-Role \
    --policy-arn arn:aws:iam::111122223333:policy/PolicyForRole
aws iam put-role-policy --role-name Test-UserAccess-Role --policy-name ReadRoles \
    --policy-document file://readroles.json
for app in App1 App2 App3 App4; do
    aws iam create-role --role-name "$app" \
        --assume-role-policy-document file://trustpolicyforacct123456789012.json > /dev/null
done

# From here on, alice in the role.
export AWS_PROFILE=crossaccount
aws sts get-caller-identity --query Arn --output text

token=""
page=0
while :; do
    args=(--max-items 2)
    if [ -n "$token" ]; then args+=(--starting-token "$token"); fi
    out=$(aws iam list-roles "${args[@]}" --output json)
    page=$((page + 1))
    echo "page $page: $(echo "$out" | jq -r '[.Roles[].RoleName] | join(" ")')"
    token=$(echo "$out" | jq -r '.NextToken // empty')
    [ -n "$token" ] || break
done

aws iam list-attached-role-policies --role-name Test-UserAccess-Role \
    --query 'AttachedPolicies[].PolicyName' --output text
aws iam list-roles --query 'Roles[?starts_with(RoleName, `App`)].RoleName' --output text | head -1
