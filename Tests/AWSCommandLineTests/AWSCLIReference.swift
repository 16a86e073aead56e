// Output of the real AWS CLI v1 formatters (awscli.formatter TextFormatter/TableFormatter,
// color off, 80 columns) for the responses below, captured on this machine.

enum AWSCLIReference {
    static let getroleResponse = #"{"Role": {"Path": "/", "RoleName": "Test-UserAccess-Role", "RoleId": "AROA3XFRBF535PLBIFPI4", "Arn": "arn:aws:iam::111122223333:role/Test-UserAccess-Role", "CreateDate": "2026-11-29T08:00:00+00:00", "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": "sts:AssumeRole", "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}}}]}, "MaxSessionDuration": 3600, "RoleLastUsed": {}}}"#
    static let getroleText = #"""
        ROLE	arn:aws:iam::111122223333:role/Test-UserAccess-Role	2026-11-29T08:00:00+00:00	3600	/	AROA3XFRBF535PLBIFPI4	Test-UserAccess-Role
        ASSUMEROLEPOLICYDOCUMENT	2012-10-17
        STATEMENT	sts:AssumeRole	Allow
        BOOL	true
        PRINCIPAL	arn:aws:iam::123456789012:root
        """#
    static let getroleTable = #"""
        ---------------------------------------------------------------------------------
        |                                    GetRole                                    |
        +-------------------------------------------------------------------------------+
        ||                                    Role                                     ||
        |+---------------------+-------------------------------------------------------+|
        ||  Arn                |  arn:aws:iam::111122223333:role/Test-UserAccess-Role  ||
        ||  CreateDate         |  2026-11-29T08:00:00+00:00                            ||
        ||  MaxSessionDuration |  3600                                                 ||
        ||  Path               |  /                                                    ||
        ||  RoleId             |  AROA3XFRBF535PLBIFPI4                                ||
        ||  RoleName           |  Test-UserAccess-Role                                 ||
        |+---------------------+-------------------------------------------------------+|
        |||                         AssumeRolePolicyDocument                          |||
        ||+--------------------------------+------------------------------------------+||
        |||  Version                       |  2012-10-17                              |||
        ||+--------------------------------+------------------------------------------+||
        ||||                                Statement                                ||||
        |||+-------------------------+-----------------------------------------------+|||
        ||||  Action                 |  sts:AssumeRole                               ||||
        ||||  Effect                 |  Allow                                        ||||
        |||+-------------------------+-----------------------------------------------+|||
        |||||                               Condition                               |||||
        ||||+-----------------------------------------------------------------------+||||
        ||||||                                Bool                                 ||||||
        |||||+------------------------------------------------------+--------------+|||||
        ||||||  aws:MultiFactorAuthPresent                          |  true        ||||||
        |||||+------------------------------------------------------+--------------+|||||
        |||||                               Principal                               |||||
        ||||+----------+------------------------------------------------------------+||||
        |||||  AWS     |  arn:aws:iam::123456789012:root                            |||||
        ||||+----------+------------------------------------------------------------+||||
        """#
    static let listrolesResponse = #"{"Roles": [{"Path": "/", "RoleName": "a", "RoleId": "AROAAAAAAAAAAAAAAAAAA", "Arn": "arn:aws:iam::111122223333:role/a", "CreateDate": "2026-11-29T08:00:00+00:00", "MaxSessionDuration": 3600}, {"Path": "/x/", "RoleName": "bb", "RoleId": "AROABBBBBBBBBBBBBBBBB", "Arn": "arn:aws:iam::111122223333:role/x/bb", "CreateDate": "2026-11-29T08:00:01+00:00", "Description": "two", "MaxSessionDuration": 7200, "Tags": [{"Key": "team", "Value": "blue"}]}]}"#
    static let listrolesText = #"""
        ROLES	arn:aws:iam::111122223333:role/a	2026-11-29T08:00:00+00:00		3600	/	AROAAAAAAAAAAAAAAAAAA	a
        ROLES	arn:aws:iam::111122223333:role/x/bb	2026-11-29T08:00:01+00:00	two	7200	/x/	AROABBBBBBBBBBBBBBBBB	bb
        TAGS	team	blue
        """#
    static let listrolesTable = #"""
        -----------------------------------------------------------------
        |                           ListRoles                           |
        +---------------------------------------------------------------+
        ||                            Roles                            ||
        |+----------------------+--------------------------------------+|
        ||  Arn                 |  arn:aws:iam::111122223333:role/a    ||
        ||  CreateDate          |  2026-11-29T08:00:00+00:00           ||
        ||  Description         |                                      ||
        ||  MaxSessionDuration  |  3600                                ||
        ||  Path                |  /                                   ||
        ||  RoleId              |  AROAAAAAAAAAAAAAAAAAA               ||
        ||  RoleName            |  a                                   ||
        |+----------------------+--------------------------------------+|
        ||                            Roles                            ||
        |+---------------------+---------------------------------------+|
        ||  Arn                |  arn:aws:iam::111122223333:role/x/bb  ||
        ||  CreateDate         |  2026-11-29T08:00:01+00:00            ||
        ||  Description        |  two                                  ||
        ||  MaxSessionDuration |  7200                                 ||
        ||  Path               |  /x/                                  ||
        ||  RoleId             |  AROABBBBBBBBBBBBBBBBB                ||
        ||  RoleName           |  bb                                   ||
        |+---------------------+---------------------------------------+|
        |||                           Tags                            |||
        ||+------------------------------+----------------------------+||
        |||  Key                         |  team                      |||
        |||  Value                       |  blue                      |||
        ||+------------------------------+----------------------------+||
        """#
    static let identResponse = #"{"UserId": "AROA3XFRBF535PLBIFPI4:s1", "Account": "111122223333", "Arn": "arn:aws:sts::111122223333:assumed-role/Test-UserAccess-Role/s1"}"#
    static let identText = #"""
        111122223333	arn:aws:sts::111122223333:assumed-role/Test-UserAccess-Role/s1	AROA3XFRBF535PLBIFPI4:s1
        """#
    static let identTable = #"""
        -------------------------------------------------------------------------------
        |                              GetCallerIdentity                              |
        +---------+-------------------------------------------------------------------+
        |  Account|  111122223333                                                     |
        |  Arn    |  arn:aws:sts::111122223333:assumed-role/Test-UserAccess-Role/s1   |
        |  UserId |  AROA3XFRBF535PLBIFPI4:s1                                         |
        +---------+-------------------------------------------------------------------+
        """#
    static let simResponse = #"{"EvaluationResults": [{"EvalActionName": "s3:ListBucket", "EvalResourceName": "*", "EvalDecision": "implicitDeny", "MatchedStatements": [], "MissingContextValues": ["aws:multifactorauthpresent"]}]}"#
    static let simText = #"""
        EVALUATIONRESULTS	s3:ListBucket	implicitDeny	*
        MISSINGCONTEXTVALUES	aws:multifactorauthpresent
        """#
    static let simTable = #"""
        ----------------------------------------------------------
        |                  SimulateCustomPolicy                  |
        +--------------------------------------------------------+
        ||                   EvaluationResults                  ||
        |+----------------+----------------+--------------------+|
        || EvalActionName | EvalDecision   | EvalResourceName   ||
        |+----------------+----------------+--------------------+|
        ||  s3:ListBucket |  implicitDeny  |  *                 ||
        |+----------------+----------------+--------------------+|
        |||                MissingContextValues                |||
        ||+----------------------------------------------------+||
        |||  aws:multifactorauthpresent                        |||
        ||+----------------------------------------------------+||
        """#
}
