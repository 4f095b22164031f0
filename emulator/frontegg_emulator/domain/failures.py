"""The domain's failures, named by meaning, in one catalogue: each is its HTTP status (the ``errors``
class it extends), its Frontegg error code and its message. No HTTP here: app.py answers any
``errors.EmulatorError`` with its status and Frontegg's error body, as before.

Domain code raises ``failures.UserNotFound()`` or ``failures.RoleNotFound(role_id=...)`` instead of
writing a status, a code and a message at each site; the answers are the same, and catching by status
(``except errors.Unauthorized``) still works. Messages with a field are ``str.format`` templates filled
from keyword arguments (values only: a value is never read as a template).

The codes and messages are the ones the emulator answered before this catalogue; none changed.
Failures of request validation (a malformed body, an out-of-range setting) keep their detailed
messages as plain ``errors.BadRequest``.
"""

from __future__ import annotations

from typing import ClassVar

from ..errors import BadRequest, Conflict, EmulatorError, Forbidden, NotFound, Unauthorized


class Failure(EmulatorError):
    """A failure of the catalogue: its message template, filled from the keyword arguments."""

    message: ClassVar[str] = ""

    def __init__(self, **fields: object) -> None:
        super().__init__(self.message.format(**fields))


class NotAMember(Failure, NotFound):
    default_code, message = "ER-01001", "The user does not belong to this account"


class UserNotFound(Failure, NotFound):
    default_code, message = "ER-01001", "User not found"


class UserNotFoundInAccount(Failure, NotFound):
    default_code, message = "ER-01001", "User not found in this account"


class AuthenticationInvalid(Failure, Unauthorized):
    default_code, message = "ER-01002", "Invalid authentication"


class TokenInvalid(Failure, Unauthorized):
    default_code, message = "ER-01003", "Invalid or expired token"


class TokenRevoked(Failure, Unauthorized):
    default_code, message = "ER-01003", "This token has been revoked"


class TokenSessionEnded(Failure, Unauthorized):
    default_code, message = "ER-01003", "The session of this token has ended"


class TokenTypeUnsupported(Failure, Unauthorized):
    default_code, message = "ER-01003", "Unsupported token type"


class TokenUserLeftAccount(Failure, Unauthorized):
    default_code, message = "ER-01003", "The user of this token is no longer a member of its account"


class PermissionMissing(Failure, Forbidden):
    default_code, message = "ER-01004", "Missing permission {permission}"


class RoleTooStrongToGrant(Failure, Forbidden):
    default_code, message = "ER-01004", "Cannot grant a role stronger than the caller's own"


class AddressInUse(Failure, Conflict):
    default_code, message = "ER-01009", "This email address is already in use"


class EmailTaken(Failure, Conflict):
    default_code, message = "ER-01009", "A user with this email already exists"


class WrongCredentials(Failure, Unauthorized):
    default_code, message = "ER-01010", "Incorrect email or password"


class InvitationAccountLeft(Failure, NotFound):
    default_code, message = "ER-01011", "The account of this invitation no longer has this user"


class RequesterNotInAccount(Failure, NotFound):
    default_code, message = "ER-01011", "The requester does not belong to this account"


class TenantNotFound(Failure, NotFound):
    default_code, message = "ER-01011", "Tenant not found"


class TenantIdTaken(Failure, Conflict):
    default_code, message = "ER-01012", "A tenant with this id already exists"


class AlreadyMember(Failure, Conflict):
    default_code, message = "ER-01013", "The user already belongs to this account"


class SignUpDisabled(Failure, Forbidden):
    default_code, message = "ER-01016", "Sign-up is disabled for this environment"


class RoleNotFound(Failure, NotFound):
    default_code, message = "ER-01020", "Role {role_id} not found"


class RoleKeyTaken(Failure, Conflict):
    default_code, message = "ER-01021", "A role with key {key} already exists"


class UserLocked(Failure, Unauthorized):
    default_code, message = "ER-01022", "The user is locked"


class UserNotActivated(Failure, Unauthorized):
    default_code, message = "ER-01023", "The user is not activated"


class EmailNotVerified(Failure, Unauthorized):
    default_code, message = "ER-01024", "The user's email is not verified"


class RefreshTokenInvalid(Failure, Unauthorized):
    default_code, message = "ER-01025", "The refresh token is invalid or has expired"


class UserAccessExpired(Failure, Unauthorized):
    default_code, message = "ER-01026", "The user's access has expired"


class MfaTokenInvalid(Failure, Unauthorized):
    default_code, message = "ER-01030", "The MFA token of this step is invalid or has expired"


class StepTokenInvalid(Failure, Unauthorized):
    default_code, message = "ER-01030", "The token is invalid or has expired"


class WebauthnTokenMismatch(Failure, Unauthorized):
    default_code, message = "ER-01030", "The webauthnToken does not belong to this MFA token or device"


class PasswordRequiredToActivate(Failure, BadRequest):
    default_code, message = "ER-01032", "A password is required to activate this user"


class MfaAlreadyEnrolled(Failure, BadRequest):
    default_code, message = "ER-01040", "MFA is already enrolled; verify with an enrolled device"


class PermissionNotFound(Failure, NotFound):
    default_code, message = "ER-01040", "Permission {permission_id} not found"


class MfaDeviceNotFound(Failure, NotFound):
    default_code, message = "ER-01041", "MFA device not found"


class PermissionKeyTaken(Failure, Conflict):
    default_code, message = "ER-01041", "A permission with key {key} already exists"


class CategoryNotFound(Failure, NotFound):
    default_code, message = "ER-01042", "Category {category_id} not found"


class RecoveryCodeInvalid(Failure, Unauthorized):
    default_code, message = "ER-01042", "The recovery code is invalid"


class AssertionForOtherUser(Failure, Unauthorized):
    default_code, message = "ER-01043", "The assertion is for another user"


class AssertionFromOtherDevice(Failure, Unauthorized):
    default_code, message = "ER-01043", "The assertion is not from this device"


class BuiltInPermission(Failure, Forbidden):
    default_code, message = "ER-01043", "Frontegg's built-in permissions cannot be renamed or deleted"


class WebauthnNotVerified(Failure, Unauthorized):
    default_code, message = "ER-01043", "The WebAuthn {what} could not be verified: {reason}"


class CredentialTaken(Failure, BadRequest):
    default_code, message = "ER-01044", "This credential is already registered"


class MfaStrategyDisabled(Failure, BadRequest):
    default_code, message = "ER-01046", "The MFA strategy {names} is not enabled"


class GroupNotFound(Failure, NotFound):
    default_code, message = "ER-01050", "Group {group_id} not found"


class PhoneNumberNotFound(Failure, NotFound):
    default_code, message = "ER-01050", "Phone number not found"


class GroupNameTaken(Failure, Conflict):
    default_code, message = "ER-01051", "A group named {name} already exists in this account"


class PhoneNumberTaken(Failure, Conflict):
    default_code, message = "ER-01051", "The user already has this phone number"


class ApiTokenNotFound(Failure, NotFound):
    default_code, message = "ER-01070", "Token not found"


class ApiTokensOff(Failure, Forbidden):
    default_code, message = "ER-01071", "API tokens are turned off for this environment"


class ApiTokensOffAtLogin(Failure, Unauthorized):
    default_code, message = "ER-01071", "API tokens are turned off for this environment"


class ClientCredentialsInvalid(Failure, Unauthorized):
    default_code, message = "ER-01072", "Invalid client id or secret"


class ApiTokenExpired(Failure, Unauthorized):
    default_code, message = "ER-01073", "This API token has expired"


class ApiTokenUserCannotSignIn(Failure, Unauthorized):
    default_code, message = "ER-01074", "The user of this API token can no longer sign in"


class InviteLinkNotFound(Failure, NotFound):
    default_code, message = "ER-01100", "Invite link not found"


class UserInviteLinkNotFound(Failure, NotFound):
    default_code, message = "ER-01100", "No invite link for this user in this account"


class InviteLinkExists(Failure, Conflict):
    default_code, message = "ER-01101", "An invite link already exists; update or delete it"


class InviteLinkExpired(Failure, Unauthorized):
    default_code, message = "ER-01102", "The invite link has expired"


class BulkInviteNotFound(Failure, NotFound):
    default_code, message = "ER-01103", "Bulk invite task not found"


class UsernameTaken(Failure, Conflict):
    default_code, message = "ER-01120", "This username is taken"


class UsernameNotFound(Failure, NotFound):
    default_code, message = "ER-01121", "Username not found"


class EmailAddressNotFound(Failure, NotFound):
    default_code, message = "ER-01130", "Email address not found"


class FurtherEmailNotFound(Failure, NotFound):
    default_code, message = "ER-01130", "This user has no such further email address"


class EmailVerificationNotPending(Failure, NotFound):
    default_code, message = "ER-01131", "No verification is pending for this address; add it again"


class PrimaryEmailUnverified(Failure, BadRequest):
    default_code, message = "ER-01132", "Only a verified address can become primary"


class EmailChangeNotAllowed(Failure, Forbidden):
    default_code, message = "ER-01133", "Users may not change their email address (see the user emails policy)"


class EmailChangeNotPending(Failure, NotFound):
    default_code, message = "ER-01134", "No change to this email address is pending"


class BulkRolesTaskNotFound(Failure, NotFound):
    default_code, message = "ER-01140", "Bulk roles task not found"


class DomainAlreadyListed(Failure, Conflict):
    default_code, message = "ER-01140", "The domain {domain} is already in the {list_type} list"


class DomainRestrictionNotFound(Failure, NotFound):
    default_code, message = "ER-01141", "Domain restriction not found"


class EmailDomainRefused(Failure, Forbidden):
    default_code, message = "ER-01142", "Sign-up with this email domain is not allowed"


class IpRestrictionNotFound(Failure, NotFound):
    default_code, message = "ER-01143", "IP restriction not found"


class IpRefused(Failure, Forbidden):
    default_code, message = "ER-01144", "Access from this IP address is not allowed"


class MigrationNotFound(Failure, NotFound):
    default_code, message = "ER-01160", "Migration not found"


class ApprovalFlowNotFound(Failure, NotFound):
    default_code, message = "ER-01180", "Approval flow not found"


class ApprovalFlowNameTaken(Failure, Conflict):
    default_code, message = "ER-01181", "An approval flow with this name already exists"


class NoApprovalFlowApplies(Failure, NotFound):
    default_code, message = "ER-01182", "No active approval flow applies to this account"


class ApprovalFlowInactive(Failure, BadRequest):
    default_code, message = "ER-01183", "The approval flow is not active"


class ApprovalFlowEmpty(Failure, BadRequest):
    default_code, message = "ER-01184", "The approval flow has no steps"


class ApprovalExecutionNotFound(Failure, NotFound):
    default_code, message = "ER-01185", "Approval flow execution not found"


class ApprovalStepNotFound(Failure, NotFound):
    default_code, message = "ER-01186", "Approval flow step not found"


class ApproverNotFound(Failure, NotFound):
    default_code, message = "ER-01187", "No such approver in this step"


class ExecutionAlreadyDecided(Failure, BadRequest):
    default_code, message = "ER-01188", "The execution is already {status}"


class StepNotAwaiting(Failure, BadRequest):
    default_code, message = "ER-01189", "This step is not the one awaiting decisions"


class ApproverAlreadyDecided(Failure, Forbidden):
    default_code, message = "ER-01190", "This approver has already decided"


class EmailTemplateNotFound(Failure, NotFound):
    default_code, message = "ER-01200", "Email template not found"


class SmsTemplateTypeUnknown(Failure, NotFound):
    default_code, message = "ER-01201", "No SMS template type {kind}; the types are {types}"


class SmsTemplateIsDefault(Failure, NotFound):
    default_code, message = "ER-01202", "This SMS template type uses its default; there is nothing to delete"


# ---- the identity operations of openapi/identity-unpublished.yaml
class PasskeyMalformed(Failure, Unauthorized):
    default_code, message = "ER-01043", "The WebAuthn credential is malformed (no readable clientDataJSON)"


class PasskeyNotFound(Failure, NotFound):
    default_code, message = "ER-01041", "Passkey not found"


class PasskeyNotRegistered(Failure, Unauthorized):
    default_code, message = "ER-01043", "This passkey is not registered"


class PasskeyOfAnotherUser(Failure, Unauthorized):
    default_code, message = "ER-01043", "This passkey is not one of the named user's"


class SignInPhoneNumberTaken(Failure, Conflict):
    default_code, message = "ER-01052", "Another user signs in with this phone number"


class StepUpSessionEnded(Failure, Unauthorized):
    default_code, message = "ER-01003", "The session of this step-up has ended"
