"""Checks switched off for particular operations, each with the reason. Counted in the report.

Keep this list short: every entry is a place where the suite cannot tell right from wrong by the
schema alone. Keys are operationIds; values map a schemathesis check name to the reason.
"""

from __future__ import annotations

POLICY_DEPENDENT = (
    "Whether a schema-valid password is accepted depends on the environment's password policy "
    "(length, history), which the schema cannot state and which this suite itself changes."
)

EXCLUDED: dict[str, dict[str, str]] = {
    op: {"positive_data_acceptance": POLICY_DEPENDENT}
    for op in (
        "signUp",
        "signUpWithUsername",
        # The unpublished phone sign-up takes an optional password under the same policy (a valid
        # phone number reaches it: the stateful run sent a 5-character one and got the policy's 400).
        "signUpWithPhoneNumber",
        "createUser",
        "createUserV2",
        "createUserVendorOnly",
        "activateUser",
        "activateUserWithCode",
        "verifyResetPassword",
        "changePassword",
        "acceptInvitation",
        "migrateUser",
    )
}

# Refusals of well-formed requests that Frontegg's own clients rely on, and that depend on state no schema
# states (evidence: @frontegg/redux-store 7.119.0, beside each).
EXCLUDED["validateResetPasswordToken"] = {
    # ForgotPasswordState shows the expired-link screen on 400/410: an unknown, used or expired link is a
    # 410 whatever its shape, and a generated token is never a live link.
    "positive_data_acceptance": "A schema-valid reset link that was never issued, or is used or expired, is "
    "gone (410); only the outbox holds a live one (the recipe's request reaches 201)."
}
EXCLUDED["generateStepUpSession"] = {
    # StepUpState matches the 400 "MFA is not enrolled" to offer enrolment first.
    "positive_data_acceptance": 'Step-up of a user with no MFA device is refused with 400 "MFA is not '
    'enrolled"; the actor has none (the recipe enrolls one and reaches 201).'
}


def excluded_for(operation_id: str) -> dict[str, str]:
    return EXCLUDED.get(operation_id, {})
