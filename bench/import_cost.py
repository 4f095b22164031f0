"""What ``frontegg-emulator serve --import`` costs: 20,000 users read, checked, built and stored.

    python bench/import_cost.py                  # users with argon2id hashes given, into a --data file
    python bench/import_cost.py --plain          # plain passwords: one argon2id hash each on import
    python bench/import_cost.py --users 5000 --format json --in-memory

Prints the time of each phase (``transfer.load``: parse, schema, references, hashing; ``apply``: the
writes) and the process's resident memory afterwards. A measurement, not a test: nothing is asserted.
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

from frontegg_emulator import transfer
from frontegg_emulator.domain import security
from frontegg_emulator.state import Emulation


def document(users: int, *, plain: bool) -> dict[str, Any]:
    # One hash for every user: checking a given hash at import reads its parameters only, so distinct
    # hashes would cost the same at import and 20,000 argon2 runs to prepare.
    hashed = security.hash_password("Correct-horse-9")
    tenants = [{"id": f"tenant-{t}", "name": f"Tenant {t}"} for t in range(max(1, users // 100))]
    people = []
    for n in range(users):
        person: dict[str, Any] = {
            "email": f"user{n}@bench.test",
            "name": f"User {n}",
            "verified": True,
            "metadata": {"n": n},
            "tenants": [{"id": tenants[n % len(tenants)]["id"], "roles": ["ReadOnly"]}],
        }
        if plain:
            person["password"] = f"Correct-horse-{n}"
        else:
            person["passwordHash"] = hashed
            person["passwordHashType"] = "argon2"
        people.append(person)
    return {"version": 1, "environments": [{"clientId": "bench", "tenants": tenants, "users": people}]}


def resident_mib() -> float:
    """Current resident memory (VmRSS) where /proc has it, else the peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=int, default=20_000)
    parser.add_argument("--plain", action="store_true", help="plain passwords instead of argon2id hashes")
    parser.add_argument("--format", choices=("yaml", "json"), default="yaml")
    parser.add_argument("--in-memory", action="store_true", help="no --data file (skips the SQLite writes)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / f"users.{args.format}"
        doc = document(args.users, plain=args.plain)
        if args.format == "yaml":
            source.write_text(yaml.dump(doc, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper), sort_keys=False))
        else:
            source.write_text(json.dumps(doc, indent=2))
        del doc
        size = source.stat().st_size / 2**20
        before = resident_mib()

        started = time.perf_counter()
        plan = transfer.load(source)
        loaded = time.perf_counter()
        emulation = Emulation(None if args.in_memory else Path(folder) / "state.db")
        plan.apply(emulation)
        applied = time.perf_counter()
        del plan
        gc.collect()  # what the parsed file left behind is garbage now; count what the state keeps
        after = resident_mib()
        exported = transfer.export_document(emulation)
        exported_users = len(exported["environments"][0]["users"])
        export_time = time.perf_counter() - applied
        emulation.close()

    kind = "plain passwords (argon2id each)" if args.plain else "argon2id hashes given"
    print(f"import of {args.users} users, {kind}, {args.format} file of {size:.1f} MiB")
    print(f"  load (parse, schema, references, hashing): {loaded - started:6.2f} s")
    print(f"  apply ({'in memory' if args.in_memory else 'into a --data file'}):{'':14}{applied - loaded:6.2f} s")
    print(f"  total:{'':37}{applied - started:6.2f} s")
    print(f"  export document (not written):{'':13}{export_time:6.2f} s ({exported_users} users)")
    print(f"  resident memory: {before:.0f} MiB before, {after:.0f} MiB after the import")
    return 0


if __name__ == "__main__":
    sys.exit(main())
