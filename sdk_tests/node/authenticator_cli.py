"""The browser's WebAuthn authenticator for the Node drivers: ``frontegg_identity.SoftwareAuthenticator``.

Started once per driver run by sdk_tests/node/rest_api_flows.mjs (under the project's interpreter, which
has ``frontegg_identity`` with its ``authenticator`` extra) and kept running: the authenticator holds its
credentials (private keys, signature counters) in memory only, so one process plays the same security
key for the enrollment and for every later login.

    python sdk_tests/node/authenticator_cli.py [--attachment platform|cross-platform]

One JSON request per line on stdin, one JSON answer per line on stdout, until stdin closes:

    {"op": "create", "options": <PublicKeyCredentialCreationOptionsJSON>, "origin": "http://localhost"}
        -> {"result": <RegistrationResponseJSON>}       (navigator.credentials.create, then toJSON())
    {"op": "get", "options": <PublicKeyCredentialRequestOptionsJSON>, "origin": "http://localhost"}
        -> {"result": <AuthenticationResponseJSON>}     (navigator.credentials.get, then toJSON())

A ceremony the authenticator refuses answers {"error": {"name", "message"}}, ``name`` being the
DOMException a browser would reject with (NotAllowedError, InvalidStateError, ...), or TypeError for
options a browser could not even parse.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from frontegg_identity import AuthenticatorError, SoftwareAuthenticator


def answer(authenticator: SoftwareAuthenticator, line: str) -> dict[str, Any]:
    try:
        request = json.loads(line)
        op, options, origin = request["op"], request["options"], request["origin"]
        if op == "create":
            return {"result": authenticator.create(options, origin=origin)}
        if op == "get":
            return {"result": authenticator.get(options, origin=origin)}
        return {"error": {"name": "TypeError", "message": f"unknown op {op!r}"}}
    except AuthenticatorError as err:
        return {"error": {"name": err.name, "message": str(err)}}
    except (ValueError, TypeError, KeyError) as err:  # InvalidWebAuthnData is a ValueError
        return {"error": {"name": "TypeError", "message": f"{type(err).__name__}: {err}"}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--attachment", choices=("platform", "cross-platform"), default="platform")
    args = parser.parse_args()
    authenticator = SoftwareAuthenticator(attachment=args.attachment)
    for line in sys.stdin:
        if line.strip():
            print(json.dumps(answer(authenticator, line)), flush=True)


if __name__ == "__main__":
    main()
