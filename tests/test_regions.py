"""regions: gateway URLs for regions, sub-domains and custom gateways, and the errors for bad ones."""

from __future__ import annotations

import pytest

from frontegg_identity.exceptions import ConfigurationError
from frontegg_identity.regions import Region, gateway_url, identity_url


@pytest.mark.parametrize(
    ("region", "url"),
    [
        ("eu", "https://api.frontegg.com"),
        ("us", "https://api.us.frontegg.com"),
        ("ca", "https://api.ca.frontegg.com"),
        ("au", "https://api.au.frontegg.com"),
        (" US ", "https://api.us.frontegg.com"),
        (Region.AU, "https://api.au.frontegg.com"),
    ],
)
def test_regions(region: str, url: str) -> None:
    assert gateway_url(region) == url


def test_the_default_is_eu_as_in_frontegg_s_sdks() -> None:
    assert gateway_url() == Region.EU.gateway == "https://api.frontegg.com"


def test_an_unknown_region_names_the_accepted_ones() -> None:
    with pytest.raises(ConfigurationError, match="'eu', 'us', 'ca', 'au'") as caught:
        gateway_url("mars")
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize(
    ("domain", "url"),
    [
        ("app-x1y2z3", "https://app-x1y2z3.frontegg.com"),
        ("App-X1y2Z3.frontegg.com", "https://app-x1y2z3.frontegg.com"),
        ("app-x1y2z3.us", "https://app-x1y2z3.us.frontegg.com"),
    ],
)
def test_sub_domains(domain: str, url: str) -> None:
    assert gateway_url(domain=domain) == url


@pytest.mark.parametrize("domain", ["", "-app", "app_x", "app x", "evil.com/x", "a..b", "x" * 64])
def test_malformed_sub_domains(domain: str) -> None:
    with pytest.raises(ConfigurationError, match="app-x1y2z3"):
        gateway_url(domain=domain)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://127.0.0.1:8787", "http://127.0.0.1:8787"),
        ("http://localhost:8787/", "http://localhost:8787"),
        ("http://[::1]:8787", "http://[::1]:8787"),
        ("http://emulator.localhost", "http://emulator.localhost"),
        ("https://auth.example.com/frontegg/", "https://auth.example.com/frontegg"),
        ("https://api.us.frontegg.com", "https://api.us.frontegg.com"),
    ],
)
def test_gateway_urls(url: str, expected: str) -> None:
    assert gateway_url(url=url) == expected


@pytest.mark.parametrize(
    ("url", "complaint"),
    [
        ("http://api.frontegg.com", "http to a non-local host"),
        ("http://10.0.0.5:8787", "http to a non-local host"),
        ("ftp://api.frontegg.com", "malformed"),
        ("api.frontegg.com", "malformed"),
        ("https://", "malformed"),
        ("https://api.frontegg.com/?x=1", "malformed"),
        ("https://api.frontegg.com:99999", "malformed"),
        ("https://api.frontegg.com/identity", "not the gateway"),
    ],
)
def test_unusable_gateway_urls(url: str, complaint: str) -> None:
    with pytest.raises(ConfigurationError, match=complaint):
        gateway_url(url=url)


def test_credentials_in_a_url_are_refused_without_being_repeated() -> None:
    with pytest.raises(ConfigurationError) as caught:
        gateway_url(url="https://client:sekrit@api.frontegg.com")
    assert "sekrit" not in str(caught.value)


def test_only_one_way_of_naming_the_gateway() -> None:
    with pytest.raises(ConfigurationError, match="region and url"):
        gateway_url("eu", url="https://api.frontegg.com")


def test_identity_url() -> None:
    assert identity_url("https://api.frontegg.com") == "https://api.frontegg.com/identity"
    assert identity_url("http://127.0.0.1:8787/") == "http://127.0.0.1:8787/identity"
