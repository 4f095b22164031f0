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
