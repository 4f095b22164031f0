"""The contract suite of frontegg-identity: schemathesis + hypothesis checks of any server against the spec.

Run it with ``frontegg-contract`` (``python -m frontegg_contract``) or, in a pytest run of your own,
``pytest --frontegg-contract``; see the README.
"""
