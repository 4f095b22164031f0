"""Which permission a user token needs for a self-service operation.

Frontegg guards self-service operations with permission keys of the form
``fe.secure.<read|write|delete>.<resource>``; the resource follows from the operation's tag and the
action from its method. Operations on the caller's own profile ("me" paths) need none. Environment
tokens carry every permission.
"""

from __future__ import annotations

from .spec import Operation

RESOURCE_OF_TAG = {
    "User management": "users",
    # Only getUserById takes a user token in this tag (issue 15: @frontegg/rest-api 7.119.0 auth/index.js
    # getUserById, an admin portal read); the rest of the tag is for environment tokens only.
    "Users": "users",
    "Account invitations": "users",
    "Users-applications management": "users",
    "Account roles": "roles",
    # The roles v1 and permission reads/edits the admin portal calls with a user token (issue 15:
    # @frontegg/redux-store 7.119.0 RolesState/actions.js); the tags' other operations take only
    # environment tokens, which need no permission.
    "Roles": "roles",
    "Permissions": "roles",
    "Permissions categories": "roles",
    "User groups": "groups",
    "API tokens": "apiTokens",
    "Domain restrictions": "securityPolicies",
    "IP restrictions": "securityPolicies",
    "Lockout policy": "securityPolicies",
    "MFA settings": "securityPolicies",
    "Password settings": "securityPolicies",
    "Sessions management": "securityPolicies",
    # The users of an account's sub-accounts (openapi/identity-unpublished.yaml), guarded as their
    # documented neighbour setUserRolesFromSubTenants (PUT sub-tenants/users/v1/{userId}/access) is.
    "Sub-account users": "users",
}
ACTION_OF_METHOD = {"GET": "read", "DELETE": "delete"}
# Reads sent as POST (a list of ids in the body): @frontegg/rest-api 7.119.0 tenants/index.js
# getTenantsUsersCount, which the admin portal's accounts page calls to show member counts.
READS_BY_POST = frozenset({"getTenantsUsersCount"})
# Operations on the caller itself whose paths do not say "me". Evidence: @frontegg/rest-api 7.119.0
# tenants/index.js `switchTenant` PUTs /identity/resources/users/v1/tenant from the browser for any
# signed-in user (the login box's account switcher); the handler only moves the caller among the
# accounts it already belongs to.
#
# And the operations on one user that an environment token may call too, naming the user with
# frontegg-user-id (issue 15: hinthealth/frontegg-ruby mfa.rb, password.rb and user.rb call them so; the
# published spec declares the header on all of them): with a user token they act on the caller alone,
# so they need no permission, as before they took environment tokens.
SELF_SERVICE = frozenset(
    {
        "updateUserTenant",
        "changePassword",
        "enrollAuthAppMfa",
        "preEnrollMyAuthenticatorMfa",
        "verifyAuthAppMfaEnrollment",
        "verifyAuthenticatorMfaEnrollment",
        "preEnrollMySmsMfa",
        "enrollMySmsMfa",
        "disableAuthAppMfa",
        "disableAuthenticatorMfa",
        "preDisableSMSMfa",
        "disableSMSMfa",
        "getActiveSessions",
        "deleteUserSession",
        "deleteAllUserActiveSessions",
        "getUserOwnPhoneNumbers",
        "getUserOwnEmails",
        "getMeUsernames",
        "getUserTenantsV2",
    }
)


def required_permission(op: Operation, path: str) -> str | None:
    # Operations only a user token may call act on the caller itself; environment tokens hold everything.
    if "/me" in op.path or op.operation_id in SELF_SERVICE or set(op.security) != {"userToken", "environmentToken"}:
        return None
    resource = RESOURCE_OF_TAG.get(op.tag)
    if resource is None:
        return None
    action = "read" if op.operation_id in READS_BY_POST else ACTION_OF_METHOD.get(op.method, "write")
    return f"fe.secure.{action}.{resource}"
