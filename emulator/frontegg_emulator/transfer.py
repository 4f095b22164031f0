"""Import and export of emulator state as a file (``serve --import``, ``export``, ``serve --export-on-exit``).

The format is described by ``import_format.schema.json`` (JSON, or YAML with the same structure) and in
emulator/README.md. An import runs in two phases so that a bad file changes nothing:

1. ``load`` reads, parses and validates the file (schema, then references: tenants, role and permission
   keys, emails, ids), and builds every environment in memory, password hashes included. Every refusal
   is an ``ImportFileError`` whose one-line message names the file, the line and the field at fault.
2. ``ImportPlan.apply`` checks the file against what the emulator already holds (client ids, vendor
   hosts, the default environment's credentials), and only then creates each environment through
   ``Emulation.create_environment`` and fills it in one ``Emulation.transaction``.

Export writes what the format holds (tenants, users with their password hashes, roles, permissions,
categories, groups) and nothing else: sessions, the outbox, policies, MFA devices, API tokens and
invitations are not part of it. Ids are kept, so an export imported again gives the same export.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema_rs
import yaml
from jsonschema import Draft202012Validator
from jsonschema import ValidationError as SchemaError
from jsonschema.exceptions import best_match

from . import spec
from .domain import groups, migrations, password_policy, security, seed
from .domain.model import Category, Environment, Permission, Role, Tenant, User, new_id
from .errors import BadRequest
from .state import Emulation

__all__ = ["ExportError", "ImportFileError", "ImportPlan", "check_export_path", "export_document", "load", "write"]

SCHEMA_FILE = "import_format.schema.json"
FORMAT_VERSION = 1
# YAML is read and written with libyaml when PyYAML was built with it: the pure-Python loader takes
# about ten times longer on a file of 20,000 users.
_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_Dumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

PathPart = str | int
FieldPath = tuple[PathPart, ...]


class ImportFileError(ValueError):
    """A file given to --import cannot be imported; the message is one line: file:line: field: problem."""


class ExportError(OSError):
    """The export file cannot be written."""


class _Problem(Exception):
    """A refusal found on the parsed data, located on a line of the file only when it is reported."""

    def __init__(self, path: FieldPath, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message


# ---------------------------------------------------------------- schema
@cache
def schema() -> dict[str, Any]:
    # files() of a regular package on disk is a Path-like Traversable; the wheel ships the file beside us.
    text = resources.files(__package__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


@cache
def _fast_validator() -> Any:
    # jsonschema-rs answers "valid?" for 20,000 users in milliseconds; the Python validator is used only
    # once something is wrong, for its best_match (the most relevant of several errors).
    return jsonschema_rs.validator_for(schema(), validate_formats=True)


@cache
def _validator() -> Draft202012Validator:
    return Draft202012Validator(schema(), format_checker=spec.FORMATS)


def _schema_problem(data: Any) -> _Problem | None:
    try:
        if _fast_validator().is_valid(data):
            return None
    except (ValueError, TypeError):
        pass  # a YAML value JSON has no type for (a date): the Python validator reports it below
    error = best_match(_validator().iter_errors(data))
    if error is None:
        # The two validators disagreed (a format one of them does not know): take jsonschema-rs's word.
        rs_error = next(iter(_fast_validator().iter_errors(data)))
        return _Problem(tuple(rs_error.instance_path), rs_error.message)
    return _describe(error)


def _describe(error: SchemaError) -> _Problem:
    path: FieldPath = tuple(error.absolute_path)
    if (
        error.validator == "additionalProperties"
        and isinstance(error.instance, dict)
        and isinstance(error.schema, dict)
    ):
        allowed = set(error.schema.get("properties", {}))
        extra = sorted(str(k) for k in error.instance if k not in allowed)
        if extra:
            return _Problem((*path, extra[0]), f"unknown field {extra[0]!r}")
    if error.validator == "not":  # the schema's only "not": a user with both kinds of password
        return _Problem(path, "give either password or passwordHash, not both")
    if error.validator == "format":
        return _Problem(path, f"{_short(error.instance)} is not a valid {error.validator_value}")
    return _Problem(path, _short_message(error.message))


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _short_message(message: str) -> str:
    return message if len(message) <= 200 else message[:197] + "..."


# ---------------------------------------------------------------- locating a field on a line
def _field_name(path: FieldPath) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _line_of(text: str, path: FieldPath) -> int | None:
    """The line of the field at ``path``, found in the YAML node tree (which also reads JSON)."""
    try:
        node: yaml.Node | None = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError:
        return None
    if node is None:
        return 1
    line = node.start_mark.line
    for part in path:
        if isinstance(node, yaml.MappingNode):
            wanted = str(part)
            found = next(((k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == wanted), None)
            if found is None:
                break
            line, node = found[0].start_mark.line, found[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
            node = node.value[part]
            line = node.start_mark.line
        else:
            break
    return line + 1


def _located(source: Path, text: str, problem: _Problem) -> ImportFileError:
    line = _line_of(text, problem.path)
    where = f"{source}:{line}" if line is not None else str(source)
    name = _field_name(problem.path)
    return ImportFileError(f"{where}: {name}: {problem.message}" if name else f"{where}: {problem.message}")


# ---------------------------------------------------------------- reading
def _parse(source: Path, text: str) -> Any:
    if source.suffix.lower() == ".json":
        try:
            return json.loads(text)
        except json.JSONDecodeError as err:
            raise ImportFileError(f"{source}:{err.lineno}: not valid JSON: {err.msg} (column {err.colno})") from None
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - a safe loader (CSafeLoader or SafeLoader)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        where = f"{source}:{mark.line + 1}" if mark is not None else str(source)
        raise ImportFileError(f"{where}: not valid YAML: {err.problem or err.context}") from None
    except yaml.YAMLError as err:
        raise ImportFileError(f"{source}: not valid YAML: {err}") from None


def load(source: Path) -> ImportPlan:
    """Read, validate and build the file's environments; nothing is stored yet."""
    try:
        text = source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        reason = err.strerror if isinstance(err, OSError) and err.strerror else str(err)
        raise ImportFileError(f"{source}: cannot be read: {reason}") from None
    data = _parse(source, text)
    invalid = _schema_problem(data)
    if invalid is not None:
        raise _located(source, text, invalid)
    try:
        staged = [_build(env_data, ("environments", i)) for i, env_data in enumerate(data["environments"])]
        _unique(((s.client_id, (*s.path, "clientId")) for s in staged), "client id")
        _unique(((s.vendor_host.lower(), (*s.path, "vendorHost")) for s in staged if s.vendor_host), "vendorHost")
        _hash_plain_passwords([p for s in staged for p in s.plain_passwords])
    except _Problem as problem:
        raise _located(source, text, problem) from None
    return ImportPlan(source, text, staged)


# ---------------------------------------------------------------- building
@dataclass
class _Staged:
    """One environment of the file, built in a scratch Environment that no request can reach."""

    path: FieldPath
    client_id: str
    api_key: str | None
    vendor_host: str | None
    scratch: Environment
    plain_passwords: list[tuple[User, str]] = field(default_factory=list)

    @property
    def user_count(self) -> int:
        return len(self.scratch.users)


def _unique(items: Iterable[tuple[str, FieldPath]], what: str) -> None:
    """Refuse the second of two equal values, naming where the first one is."""
    seen: dict[str, FieldPath] = {}
    for value, path in items:
        if value in seen:
            raise _Problem(path, f"{what} {value!r} is also at {_field_name(seen[value][:-1])}")
        seen[value] = path


def _no_tenant(tenant_id: str) -> str:
    return f"tenant {tenant_id!r} is not in this environment's tenants"


def _no_role(key: str, tenant_id: str) -> str:
    return f"role {key!r} is not a role of tenant {tenant_id!r} or a global one"


def encode_metadata(value: Any) -> str:
    """Frontegg stores metadata as JSON text: a string is that text, any other value is encoded."""
    return value if isinstance(value, str) else json.dumps(value, separators=(",", ":"))


def _build(data: dict[str, Any], path: FieldPath) -> _Staged:
    at = time.time()
    client_id: str = data["clientId"]
    scratch = Environment(
        id="", client_id=client_id, api_key="", vendor_host="", signing_key_pem="", key_id="", created_at=at
    )
    # The file starts where a new environment starts: the seed's built-in category, fe.* permissions,
    # roles and policies (the password policy below is the seed's).
    seed.populate(scratch)
    staged = _Staged(path, client_id, data.get("apiKey"), data.get("vendorHost"), scratch)
    categories = _build_categories(scratch, data.get("categories", []), path, at)
    permissions = _build_permissions(scratch, data.get("permissions", []), categories, path, at)
    tenants = _build_tenants(scratch, data.get("tenants", []), path, at)
    roles = _build_roles(scratch, data.get("roles"), permissions, tenants, path, at)
    emails = _build_users(staged, data.get("users", []), roles, path, at)
    _build_groups(scratch, data.get("groups", []), roles, emails, path, at)
    return staged


def _rekey(items: dict[str, Any], old: str, new: str) -> None:
    """Give a seeded entry the id the file names, keeping the dict's order."""
    if old == new:
        return
    entries = list(items.items())
    items.clear()
    for key, value in entries:
        if key == old:
            value.id = new
            key = new
        items[key] = value


def _build_categories(
    env: Environment, entries: list[dict[str, Any]], path: FieldPath, at: float
) -> dict[str, Category]:
    """Categories by name and by id, merged by name over the seed's."""
    by_name = {c.name: c for c in env.categories.values()}
    _unique(((c["name"], (*path, "categories", j, "name")) for j, c in enumerate(entries)), "category name")
    for entry in entries:
        category = by_name.get(entry["name"])
        if category is None:
            category = Category(entry.get("id") or new_id(), entry["name"], entry.get("description"), at, at)
            env.categories[category.id] = category
            by_name[category.name] = category
        else:
            old = category.id
            _rekey(env.categories, old, entry.get("id") or old)
            for perm in env.permissions.values():
                if perm.category_id == old:
                    perm.category_id = category.id
            if "description" in entry:
                category.description = entry["description"]
    _unique(((e["id"], (*path, "categories", j, "id")) for j, e in enumerate(entries) if "id" in e), "category id")
    return {**{c.id: c for c in env.categories.values()}, **by_name}


def _build_permissions(
    env: Environment,
    entries: list[dict[str, Any]],
    categories: dict[str, Category],
    path: FieldPath,
    at: float,
) -> dict[str, Permission]:
    """Permissions by key, merged by key over the seed's fe.* ones."""
    by_key = {p.key: p for p in env.permissions.values()}
    _unique(((p["key"], (*path, "permissions", j, "key")) for j, p in enumerate(entries)), "permission key")
    renamed: dict[str, str] = {}
    for j, entry in enumerate(entries):
        here = (*path, "permissions", j)
        category_id = None
        if "category" in entry:
            category = categories.get(entry["category"])
            if category is None:
                raise _Problem((*here, "category"), f"category {entry['category']!r} is not in this environment")
            category_id = category.id
        perm = by_key.get(entry["key"])
        if perm is None:
            perm = Permission(
                entry.get("id") or new_id(),
                entry["key"],
                entry.get("name", entry["key"]),
                entry.get("description"),
                category_id,
                entry.get("assignmentType", "ASSIGNABLE"),
                at,
                at,
            )
            env.permissions[perm.id] = perm
            by_key[perm.key] = perm
        else:
            old = perm.id
            _rekey(env.permissions, old, entry.get("id") or old)
            renamed[old] = perm.id
            perm.name = entry.get("name", perm.name)
            perm.description = entry.get("description", perm.description)
            perm.assignment_type = entry.get("assignmentType", perm.assignment_type)
            if "category" in entry:
                perm.category_id = category_id
    _unique(((e["id"], (*path, "permissions", j, "id")) for j, e in enumerate(entries) if "id" in e), "permission id")
    # The seeded roles (kept when the file gives no roles) name the seeded permissions by id.
    for role in env.roles.values():
        role.permission_ids = [renamed.get(p, p) for p in role.permission_ids]
    return by_key


def _build_tenants(env: Environment, entries: list[dict[str, Any]], path: FieldPath, at: float) -> dict[str, Tenant]:
    _unique(((t["id"], (*path, "tenants", j, "id")) for j, t in enumerate(entries)), "tenant id")
    for entry in entries:
        metadata = encode_metadata(entry["metadata"]) if "metadata" in entry else None
        tenant = Tenant(entry["id"], entry.get("name", entry["id"]), at, metadata)
        env.tenants[tenant.id] = tenant
    for j, entry in enumerate(entries):
        parent = entry.get("parent")
        if parent is None:
            continue
        if parent not in env.tenants:
            raise _Problem((*path, "tenants", j, "parent"), _no_tenant(parent))
        env.tenants[entry["id"]].parent_tenant_id = parent
    for j, entry in enumerate(entries):
        # A cycle of parents would make every sub-account walk (tenants.within) meaningless.
        seen = {entry["id"]}
        current = env.tenants[entry["id"]].parent_tenant_id
        while current is not None:
            if current in seen:
                raise _Problem((*path, "tenants", j, "parent"), f"the parents of tenant {entry['id']!r} form a cycle")
            seen.add(current)
            current = env.tenants[current].parent_tenant_id
    return env.tenants


@dataclass
class _Roles:
    """Role ids by key as one account sees them: its own roles, then the global ones."""

    global_keys: dict[str, str] = field(default_factory=dict)
    scoped_keys: dict[tuple[str, str], str] = field(default_factory=dict)

    def find(self, tenant_id: str, key: str) -> str | None:
        return self.scoped_keys.get((tenant_id, key)) or self.global_keys.get(key)


def _build_roles(
    env: Environment,
    entries: list[dict[str, Any]] | None,
    permissions: dict[str, Permission],
    tenants: dict[str, Tenant],
    path: FieldPath,
    at: float,
) -> _Roles:
    index = _Roles()
    if entries is None:  # no roles in the file: the seeded Admin and ReadOnly stay
        index.global_keys.update({r.key: r.id for r in env.roles.values()})
        return index
    env.roles.clear()
    global_paths: dict[str, FieldPath] = {}
    for j, entry in enumerate(entries):
        here = (*path, "roles", j)
        tenant_id = entry.get("tenant")
        if tenant_id is not None and tenant_id not in tenants:
            raise _Problem((*here, "tenant"), _no_tenant(tenant_id))
        permission_ids = []
        for n, key in enumerate(entry.get("permissions", [])):
            perm = permissions.get(key)
            if perm is None:
                raise _Problem((*here, "permissions", n), f"permission {key!r} is not in this environment")
            permission_ids.append(perm.id)
        role = Role(
            id=entry.get("id") or new_id(),
            key=entry["key"],
            name=entry.get("name", entry["key"]),
            description=entry.get("description"),
            level=entry.get("level", 0),
            is_default=entry.get("default", False),
            tenant_id=tenant_id,
            permission_ids=list(dict.fromkeys(permission_ids)),
            created_at=at,
            updated_at=at,
            first_user_role=entry.get("firstUserRole"),
        )
        if role.id in env.roles:
            raise _Problem((*here, "id"), f"role id {role.id!r} is also the id of another role")
        env.roles[role.id] = role
        # Keys follow rbac.check_role_key: a global key is unique among all roles, an account's key
        # among the global roles and that account's own.
        if tenant_id is None:
            if role.key in global_paths:
                where = _field_name(global_paths[role.key])
                raise _Problem((*here, "key"), f"role key {role.key!r} is also at {where}")
            global_paths[role.key] = here
            index.global_keys[role.key] = role.id
        else:
            if (tenant_id, role.key) in index.scoped_keys:
                raise _Problem((*here, "key"), f"role key {role.key!r} is used twice in tenant {tenant_id!r}")
            index.scoped_keys[(tenant_id, role.key)] = role.id
    for j, entry in enumerate(entries):
        if entry.get("tenant") is not None and entry["key"] in global_paths:
            where = _field_name(global_paths[entry["key"]])
            raise _Problem((*path, "roles", j, "key"), f"role key {entry['key']!r} is also the global role at {where}")
    first = [j for j, entry in enumerate(entries) if entry.get("firstUserRole")]
    if len(first) > 1:
        raise _Problem((*path, "roles", first[1], "firstUserRole"), "only one role can be the first user's role")
    if first:
        # As rbac.make_first_user_role: the others say False, or the "Admin" key would also count.
        for role in env.roles.values():
            if role.first_user_role is None:
                role.first_user_role = False
    return index


def _build_users(
    staged: _Staged, entries: list[dict[str, Any]], roles: _Roles, path: FieldPath, at: float
) -> dict[str, User]:
    """The users, and each by lower-cased email (the index that keeps 20,000 users linear)."""
    env = staged.scratch
    by_email: dict[str, User] = {}
    email_paths: dict[str, FieldPath] = {}
    id_paths: dict[str, FieldPath] = {}
    default_roles = [r.id for r in env.roles.values() if r.is_default and r.tenant_id is None]
    for j, entry in enumerate(entries):
        here = (*path, "users", j)
        email: str = entry["email"]
        wanted = email.strip().lower()
        if wanted in email_paths:
            raise _Problem((*here, "email"), f"email {email!r} is also the email of {_field_name(email_paths[wanted])}")
        email_paths[wanted] = here
        user_id = entry.get("id") or new_id()
        if user_id in id_paths:
            raise _Problem((*here, "id"), f"user id {user_id!r} is also the id of {_field_name(id_paths[user_id])}")
        id_paths[user_id] = here
        tenant_ids: list[str] = []
        user_roles: dict[str, list[str]] = {}
        for k, membership in enumerate(entry["tenants"]):
            tenant_id = membership["id"]
            if tenant_id not in env.tenants:
                raise _Problem((*here, "tenants", k, "id"), _no_tenant(tenant_id))
            if tenant_id in user_roles:
                raise _Problem((*here, "tenants", k, "id"), f"tenant {tenant_id!r} is listed twice for this user")
            tenant_ids.append(tenant_id)
            if "roles" not in membership:
                user_roles[tenant_id] = list(default_roles)  # as users.create_user without role ids
                continue
            ids = []
            for n, key in enumerate(membership["roles"]):
                role_id = roles.find(tenant_id, key)
                if role_id is None:
                    raise _Problem((*here, "tenants", k, "roles", n), _no_role(key, tenant_id))
                ids.append(role_id)
            user_roles[tenant_id] = list(dict.fromkeys(ids))
        user = User(
            id=user_id,
            email=email,
            name=entry.get("name") or email.split("@", 1)[0],
            created_at=at,
            tenant_ids=tenant_ids,
            tenant_id=tenant_ids[0],
            roles=user_roles,
            verified=entry.get("verified", False),
            activated=entry.get("activated", True),
            phone_number=entry.get("phoneNumber"),
            metadata=encode_metadata(entry["metadata"]) if "metadata" in entry else None,
        )
        if "password" in entry:
            try:  # the policy a new user's password meets (users.create_user checks it too)
                password_policy.check(env, entry["password"])
            except BadRequest as err:
                raise _Problem((*here, "password"), str(err)) from None
            staged.plain_passwords.append((user, entry["password"]))
            user.password_changed_at = at
        elif "passwordHash" in entry:
            config = entry.get("passwordHashConfig")
            try:  # the migration API's own checks of the hash and its cost caps
                record = migrations.check_hash(
                    entry["passwordHashType"], entry["passwordHash"], json.dumps(config) if config is not None else None
                )
            except BadRequest as err:
                raise _Problem((*here, "passwordHash"), str(err)) from None
            if record["type"] == "argon2":
                user.password_hash = record["hash"]  # usable as it is, as migrations.migrate_user does
            else:
                env.collection(migrations.HASHES)[user.id] = record
            user.password_changed_at = at
        env.users[user.id] = user
        by_email[wanted] = user
    return by_email


def _build_groups(
    env: Environment,
    entries: list[dict[str, Any]],
    roles: _Roles,
    emails: dict[str, User],
    path: FieldPath,
    at: float,
) -> None:
    records = env.collection(groups.GROUPS)
    names: dict[tuple[str, str], FieldPath] = {}
    for j, entry in enumerate(entries):
        here = (*path, "groups", j)
        tenant_id = entry["tenant"]
        if tenant_id not in env.tenants:
            raise _Problem((*here, "tenant"), _no_tenant(tenant_id))
        name_key = (tenant_id, entry["name"].strip().lower())  # as groups.check_name compares
        if name_key in names:
            raise _Problem((*here, "name"), f"group {entry['name']!r} is also at {_field_name(names[name_key])}")
        names[name_key] = here
        role_ids = []
        for n, key in enumerate(entry.get("roles", [])):
            role_id = roles.find(tenant_id, key)
            if role_id is None:
                raise _Problem((*here, "roles", n), _no_role(key, tenant_id))
            role_ids.append(role_id)
        user_ids = []
        for n, email in enumerate(entry.get("users", [])):
            user = emails.get(email.strip().lower())
            if user is None:
                raise _Problem((*here, "users", n), f"no user of this environment has the email {email!r}")
            if tenant_id not in user.tenant_ids:
                raise _Problem((*here, "users", n), f"user {email!r} is not a member of tenant {tenant_id!r}")
            user_ids.append(user.id)
        group_id = entry.get("id") or new_id()
        if group_id in records:
            raise _Problem((*here, "id"), f"group id {group_id!r} is also the id of another group")
        # The shape handlers/groups.py create_group stores.
        records[group_id] = {
            "id": group_id,
            "tenantId": tenant_id,
            "name": entry["name"],
            "color": entry.get("color", ""),
            "description": entry.get("description", ""),
            "metadata": encode_metadata(entry["metadata"]) if "metadata" in entry else "{}",
            "roleIds": list(dict.fromkeys(role_ids)),
            "userIds": list(dict.fromkeys(user_ids)),
            "managedBy": "frontegg",
            "createdAt": at,
            "updatedAt": at,
        }


def _hash_plain_passwords(pending: Sequence[tuple[User, str]]) -> None:
    """One argon2id hash per plain password, on every CPU: argon2-cffi releases the GIL while it hashes."""
    if not pending:
        return
    workers = max(1, min(len(pending), os.cpu_count() or 1))
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="import-hash") as pool:
        hashes = pool.map(security.hash_password, (password for _, password in pending), chunksize=64)
        for (user, _), hashed in zip(pending, hashes, strict=True):
            user.password_hash = hashed


# ---------------------------------------------------------------- committing
@dataclass
class ImportPlan:
    """A validated file, built in memory; ``apply`` stores it."""

    source: Path
    text: str
    environments: list[_Staged]

    @property
    def user_count(self) -> int:
        return sum(s.user_count for s in self.environments)

    def _refuse(self, path: FieldPath, message: str) -> ImportFileError:
        return _located(self.source, self.text, _Problem(path, message))

    def apply(self, emulation: Emulation, client_id: str | None = None, api_key: str | None = None) -> None:
        """Store the file's environments in ``emulation``, after checking they fit beside what it holds.

        The default environment: the one the emulation already has; else the file's environment that
        ``client_id`` names; else (``client_id`` naming none of them) a new one made by
        ``ensure_default``; else the file's first. An environment whose client id (or vendor host) the
        emulation already holds is refused, and then nothing is stored.
        """
        existing = emulation.all()
        taken = {e.client_id for e in existing}
        hosts = {e.vendor_host.lower() for e in existing}
        for staged in self.environments:
            if staged.client_id in taken:
                raise self._refuse(
                    (*staged.path, "clientId"),
                    f"an environment with client id {staged.client_id!r} is already stored; nothing was imported "
                    "(import into another --data file, or start without --import)",
                )
            if staged.vendor_host and staged.vendor_host.lower() in hosts:
                raise self._refuse(
                    (*staged.path, "vendorHost"),
                    f"an environment with vendor host {staged.vendor_host!r} is already stored; nothing was imported",
                )
        chosen: _Staged | None = None
        if emulation.default_id is not None:
            emulation.ensure_default(client_id, api_key)  # only checks the stored default; raises on a mismatch
        elif client_id is not None:
            chosen = next((s for s in self.environments if s.client_id == client_id), None)
            if chosen is not None and api_key and chosen.api_key and chosen.api_key != api_key:
                raise self._refuse(
                    (*chosen.path, "apiKey"), f"the file's API key for client id {client_id!r} is not --api-key"
                )
            if chosen is None:
                emulation.ensure_default(client_id, api_key)
            elif api_key and not chosen.api_key:
                chosen.api_key = api_key
        else:
            chosen = self.environments[0]
        for staged in self.environments:
            _commit(emulation, staged, default=staged is chosen)


_STATE = ("categories", "permissions", "roles", "tenants", "users")


def _commit(emulation: Emulation, staged: _Staged, *, default: bool) -> None:
    env = emulation.create_environment(staged.client_id, staged.api_key, staged.vendor_host, default=default)
    scratch = staged.scratch
    with emulation.transaction(env):
        # The new environment's own seed is replaced by the scratch one, which started from the same seed.
        for name in _STATE:
            target: dict[str, Any] = getattr(env, name)
            target.clear()
            target.update(getattr(scratch, name))
        for kind in (groups.GROUPS, migrations.HASHES):
            env.collection(kind).update(scratch.collection(kind))


# ---------------------------------------------------------------- exporting
def _metadata_out(text: Any) -> Any:
    """Metadata JSON text as the object or array it encodes (readable in the file), else as stored."""
    if not isinstance(text, str):
        return text
    try:
        value = json.loads(text)
    except ValueError:
        return text
    return value if isinstance(value, dict | list) else text


def _environment_out(env: Environment) -> dict[str, Any]:
    doc: dict[str, Any] = {"clientId": env.client_id, "apiKey": env.api_key, "vendorHost": env.vendor_host}
    names = [c.name for c in env.categories.values()]
    doc["categories"] = [
        {"id": c.id, "name": c.name, **({"description": c.description} if c.description is not None else {})}
        for c in env.categories.values()
    ]
    permissions = []
    for p in env.permissions.values():
        out: dict[str, Any] = {"id": p.id, "key": p.key, "name": p.name}
        if p.description is not None:
            out["description"] = p.description
        category = env.categories.get(p.category_id or "")
        if category is not None:
            # By name where the name says which (readable), by id where two categories share it.
            out["category"] = category.name if names.count(category.name) == 1 else category.id
        out["assignmentType"] = p.assignment_type
        permissions.append(out)
    doc["permissions"] = permissions
    roles = []
    for r in env.roles.values():
        role: dict[str, Any] = {"id": r.id, "key": r.key, "name": r.name}
        if r.description is not None:
            role["description"] = r.description
        role["level"] = r.level
        role["permissions"] = [env.permissions[p].key for p in r.permission_ids if p in env.permissions]
        role["default"] = r.is_default
        if r.first_user_role is not None:
            role["firstUserRole"] = r.first_user_role
        if r.tenant_id is not None:
            role["tenant"] = r.tenant_id
        roles.append(role)
    doc["roles"] = roles
    tenants = []
    for t in env.tenants.values():
        tenant: dict[str, Any] = {"id": t.id, "name": t.name}
        if t.metadata is not None:
            tenant["metadata"] = _metadata_out(t.metadata)
        if t.parent_tenant_id is not None and t.parent_tenant_id in env.tenants:
            tenant["parent"] = t.parent_tenant_id
        tenants.append(tenant)
    doc["tenants"] = tenants

    def role_keys(role_ids: Iterable[str], tenant_id: str) -> list[str]:
        return [env.roles[r].key for r in role_ids if r in env.roles and env.roles[r].tenant_id in (None, tenant_id)]

    doc["groups"] = [
        {
            "id": g["id"],
            "tenant": g["tenantId"],
            "name": g["name"],
            "color": g.get("color", ""),
            "description": g.get("description", ""),
            "metadata": _metadata_out(g.get("metadata", "{}")),
            "roles": role_keys(g.get("roleIds", []), g["tenantId"]),
            "users": [
                env.users[u].email
                for u in g.get("userIds", [])
                if u in env.users and g["tenantId"] in env.users[u].tenant_ids
            ],
        }
        for g in groups.all_groups(env).values()
        if g.get("tenantId") in env.tenants
    ]
    foreign = env.collection(migrations.HASHES)
    users = []
    for u in env.users.peek().values():
        # The active account first: the format says the first one listed is the active one.
        order = [u.tenant_id, *(t for t in u.tenant_ids if t != u.tenant_id)]
        memberships = [{"id": t, "roles": role_keys(u.roles.get(t, []), t)} for t in order if t in env.tenants]
        if not memberships:
            continue
        user: dict[str, Any] = {"id": u.id, "email": u.email, "name": u.name}
        if u.password_hash:
            user["passwordHash"] = u.password_hash
            user["passwordHashType"] = "argon2"
        elif u.id in foreign:  # a migrated user who has not logged in yet keeps the hash it came with
            record = foreign[u.id]
            user["passwordHash"] = record["hash"]
            user["passwordHashType"] = record["type"]
            if record.get("config"):
                user["passwordHashConfig"] = record["config"]
        user["verified"] = u.verified
        user["activated"] = u.activated
        if u.phone_number:
            user["phoneNumber"] = u.phone_number
        if u.metadata is not None:
            user["metadata"] = _metadata_out(u.metadata)
        user["tenants"] = memberships
        users.append(user)
    doc["users"] = users
    return doc


def export_document(emulation: Emulation) -> dict[str, Any]:
    """Every environment (the default first), each read under its lock so it is one consistent state."""
    envs = sorted(emulation.all(), key=lambda e: e.id != emulation.default_id)
    out = []
    for env in envs:
        with emulation.transaction(env):
            out.append(_environment_out(env))
    return {"version": FORMAT_VERSION, "environments": out}


def _is_yaml(target: Path) -> bool:
    return target.suffix.lower() in (".yaml", ".yml")


def _chunks(document: dict[str, Any], target: Path) -> Iterator[str]:
    if _is_yaml(target):
        yield yaml.dump(document, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=120)
    else:
        yield json.dumps(document, indent=2, ensure_ascii=False)
        yield "\n"


def check_export_path(target: Path) -> None:
    """Refuse at start an export that could only fail at exit (the state would then be lost)."""
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise ExportError(f"{target} is a directory; give a file name to export to")
    if not folder.is_dir():
        raise ExportError(f"{target}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK):
        raise ExportError(f"{target}: the folder {folder} is not writable")


def write(document: dict[str, Any], target: Path) -> None:
    """Write the document as JSON (or YAML for .yaml/.yml), atomically and readable by its owner only:
    it holds API keys and password hashes. A failed write leaves an earlier file as it was."""
    check_export_path(target)
    folder = target.parent if str(target.parent) else Path(".")
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=folder)  # mkstemp creates it 0600
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            for chunk in _chunks(document, target):
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except OSError as err:
        Path(temporary).unlink(missing_ok=True)
        raise ExportError(f"{target}: cannot be written: {err.strerror or err}") from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def export_data_file(data: Path, target: Path) -> dict[str, Any]:
    """``frontegg-emulator export``: the environments of a --data file, written without serving."""
    if not data.is_file():
        raise ExportError(f"{data}: no such data file")
    emulation = Emulation(data)
    try:
        document = export_document(emulation)
    finally:
        emulation.close()
    if not document["environments"]:
        raise ExportError(f"{data} holds no environment to export")
    write(document, target)
    return document
