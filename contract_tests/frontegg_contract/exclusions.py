"""Checks switched off for particular operations, each with the reason. Counted in the report.

Keep this list short: every entry is a place where the suite cannot tell right from wrong by the
schema alone. Keys are operationIds; values map a schemathesis check name to the reason.
"""

from __future__ import annotations

POLICY_DEPENDENT = (
    "Whether a schema-valid password is accepted depends on the environment's password policy "
    "(length, history), which the schema cannot state and which this suite itself changes."
)

ISSUED_TOKEN = (
    "A schema-valid reset token that no email issued is gone (410), as Frontegg answers it "
    "(@frontegg/redux-store 7.119.0 ForgotPasswordState reads the 410); the schema cannot say which "
    "tokens were issued; its success needs a token the outbox received."
)
MFA_ENROLLED = (
    "A step-up needs a second factor the caller enrolled: without one Frontegg answers 400 'MFA is not "
    "enrolled', the message the login box matches on. The suite's actor enrolls none; whether a "
    "request is acceptable depends on that state, not on the schema."
)

EXCLUDED: dict[str, dict[str, str]] = {
    "validateResetPasswordToken": {"positive_data_acceptance": ISSUED_TOKEN},
    "generateStepUpSession": {"positive_data_acceptance": MFA_ENROLLED},
} | {
    op: {"positive_data_acceptance": POLICY_DEPENDENT}
    for op in (
        "signUp",
        "signUpWithUsername",
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


def excluded_for(operation_id: str) -> dict[str, str]:
    return EXCLUDED.get(operation_id, {})
