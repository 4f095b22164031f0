"""Collections that remember which of their entries a unit of work reached. No HTTP, no SQL here.

Persistence writes only what a transaction changed. Watching every attribute of every dataclass (and
every nested list and dict of the JSON records) would take a proxy around each object; instead this
relies on a simpler fact: nothing stored can be changed without first being *reached* from its
collection, since the collection is the only way to get hold of it. So the collections note the keys
they hand out (``[]``, ``get``, ``setdefault``, ``pop``, assignment, deletion) and whether they were
walked whole (``values``, ``items``, ``copy``); at commit only those entries are encoded and compared
with what was last stored (``store.py``). A walk costs a comparison of every entry, which is still
correct, only slower. Iterating the keys alone hands out no entity and reaches nothing.

A collection made afresh (a new environment, a collection replaced by assignment) is reached whole:
the store has never seen its contents. ``settle`` forgets what was reached once it has been written.

The same rule lets a value derived from collections be kept (``generation``): a collection that was not
reached since its last settle has not changed since, and each settle of a reached collection (and each
collection made afresh) takes a new generation from one counter of the process, so a generation seen
once names one state of one collection object.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, SupportsIndex, TypeVar, overload

if TYPE_CHECKING:
    from _collections_abc import dict_items, dict_values

# Set in the test suite: the store compares the whole environment with its rows after each commit, and
# the user index checks each answer against a scan. Either raises on a difference. Too slow to serve.
VERIFY_ENV = "FRONTEGG_EMULATOR_VERIFY_PERSISTENCE"


def verifying() -> bool:
    return os.environ.get(VERIFY_ENV, "") not in ("", "0")


K = TypeVar("K")
V = TypeVar("V")
T = TypeVar("T")

# Generations of every tracked collection of the process: never reused, so a collection replaced by a
# new object (an environment reset or imported) never shows a generation a derived value recorded.
_generations = itertools.count(1)


def next_generation() -> int:
    return next(_generations)


class TrackedDict(dict[K, V]):
    """A dict that records the keys of the entries it handed out since it was last settled."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._reached: set[K] = set()
        # Keys deleted since the last settle: one set again before then moved to the end of the order,
        # which the store keeps too (a row written afresh).
        self._removed: set[K] = set()
        self._whole = True
        self._generation = next(_generations)

    # -------------------------------------------------------------- what the store asks
    def reach(self) -> tuple[bool, set[K]]:
        """Whether every entry may have changed, else the keys that may have."""
        return self._whole, self._reached

    def removed(self) -> set[K]:
        """The keys deleted since the last settle (some may be back, at the end of the order)."""
        return self._removed

    def settle(self) -> None:
        # Settled after every request, most of them untouched: no new sets for those.
        if self._reached or self._removed or self._whole:
            self._generation = next(_generations)
        if self._reached:
            self._reached = set()
        if self._removed:
            self._removed = set()
        self._whole = False

    def generation(self) -> int | None:
        """A number that stays the same exactly as long as no entry is reached: None while anything was
        reached since the last settle (it may be changing now), else the generation that settle gave.
        A value computed from the collection while its generation was G is still right while it is G."""
        if self._reached or self._removed or self._whole:
            return None
        return self._generation

    def touch_all(self) -> None:
        self._whole = True

    # -------------------------------------------------------------- single entries
    def __getitem__(self, key: K) -> V:
        self._reached.add(key)
        return super().__getitem__(key)

    @overload
    def get(self, key: K, default: None = None, /) -> V | None: ...
    @overload
    def get(self, key: K, default: V, /) -> V: ...
    @overload
    def get(self, key: K, default: T, /) -> V | T: ...
    def get(self, key: K, default: Any = None, /) -> Any:
        self._reached.add(key)
        return super().get(key, default)

    def setdefault(self, key: K, default: V, /) -> V:
        self._reached.add(key)
        return super().setdefault(key, default)

    def __setitem__(self, key: K, value: V) -> None:
        self._reached.add(key)
        super().__setitem__(key, value)

    def __delitem__(self, key: K) -> None:
        self._reached.add(key)
        self._removed.add(key)
        super().__delitem__(key)

    @overload
    def pop(self, key: K, /) -> V: ...
    @overload
    def pop(self, key: K, default: V, /) -> V: ...
    @overload
    def pop(self, key: K, default: T, /) -> V | T: ...
    def pop(self, key: K, *default: Any) -> Any:
        self._reached.add(key)
        self._removed.add(key)
        return super().pop(key, *default)

    def popitem(self) -> tuple[K, V]:
        key, value = super().popitem()
        self._reached.add(key)
        self._removed.add(key)
        return key, value

    def update(self, *args: Any, **kwargs: Any) -> None:
        # Through __setitem__ so that each key is reached; dict.update would bypass it.
        for key, value in dict(*args, **kwargs).items():
            self[key] = value

    def __ior__(self, other: Any) -> TrackedDict[K, V]:  # type: ignore[override]
        self.update(other)
        return self

    # -------------------------------------------------------------- walks
    def __iter__(self) -> Iterator[K]:
        # Keys only, so nothing is reached. Overridden all the same: CPython's dict(x) and {**x} copy a
        # dict subclass without calling __getitem__ unless its __iter__ is its own.
        return super().__iter__()

    def values(self) -> dict_values[K, V]:
        self._whole = True
        return super().values()

    def items(self) -> dict_items[K, V]:
        self._whole = True
        return super().items()

    def clear(self) -> None:
        self._whole = True
        self._removed.update(super().__iter__())
        super().clear()

    def copy(self) -> dict[K, V]:
        self._whole = True
        return dict(super().items())

    def __or__(self, other: Any) -> dict[K, V]:  # type: ignore[override]
        self._whole = True
        return {**dict(super().items()), **other}

    def __reduce__(self) -> tuple[Any, ...]:
        # copy.deepcopy and pickle rebuild the entries outside __init__ (no _reached yet): hand them
        # a plain mapping to construct from instead.
        self._whole = True
        return (type(self), (dict(super().items()),))

    # -------------------------------------------------------------- reads that change nothing
    def peek(self) -> Mapping[K, V]:
        """The entries without reaching them: for an index, a listing or a scan that only reads (a
        walk would make the store compare every entry after a GET of a list). An entry to be changed
        is reached by its key afterwards; the test suite's check after each commit catches a change
        made through a peeked entry."""
        return _Peek(self)


class _Peek(Mapping[K, V]):
    __slots__ = ("_of",)

    def __init__(self, of: dict[K, V]) -> None:
        self._of = of

    def __getitem__(self, key: K) -> V:
        return dict.__getitem__(self._of, key)

    def __iter__(self) -> Iterator[K]:
        return dict.__iter__(self._of)

    def __len__(self) -> int:
        return dict.__len__(self._of)

    def values(self) -> Any:
        return dict.values(self._of)

    def items(self) -> Any:
        return dict.items(self._of)

    def get(self, key: K, default: Any = None) -> Any:
        return dict.get(self._of, key, default)


class TrackedList(list[T]):
    """A list that tells appends (the outbox's usual change) from anything else since it was settled.

    Until settled, an untouched list holds what the store holds followed by what was appended; any
    other access may have changed or reordered entries, and makes the store compare the whole list.
    """

    def __init__(self, items: Iterable[T] = ()) -> None:
        super().__init__(items)
        self._whole = True

    def reach(self) -> bool:
        return self._whole

    def settle(self) -> None:
        self._whole = False

    def touch_all(self) -> None:
        self._whole = True

    # Appending keeps the invariant above.
    def append(self, item: T) -> None:
        super().append(item)

    def extend(self, items: Iterable[T]) -> None:
        super().extend(items)

    def __iadd__(self, items: Iterable[T]) -> TrackedList[T]:  # type: ignore[override,misc]
        super().extend(items)
        return self

    # Everything else hands out entries or moves them.
    @overload
    def __getitem__(self, index: SupportsIndex) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> list[T]: ...
    def __getitem__(self, index: Any) -> Any:
        self._whole = True
        return super().__getitem__(index)

    def __setitem__(self, index: Any, value: Any) -> None:
        self._whole = True
        super().__setitem__(index, value)

    def __delitem__(self, index: Any) -> None:
        self._whole = True
        super().__delitem__(index)

    def __iter__(self) -> Iterator[T]:
        self._whole = True
        return super().__iter__()

    def __reversed__(self) -> Iterator[T]:
        self._whole = True
        return super().__reversed__()

    def pop(self, index: SupportsIndex = -1) -> T:
        self._whole = True
        return super().pop(index)

    def remove(self, item: T) -> None:
        self._whole = True
        super().remove(item)

    def insert(self, index: SupportsIndex, item: T) -> None:
        self._whole = True
        super().insert(index, item)

    def clear(self) -> None:
        self._whole = True
        super().clear()

    def sort(self, *args: Any, **kwargs: Any) -> None:
        self._whole = True
        super().sort(*args, **kwargs)

    def reverse(self) -> None:
        self._whole = True
        super().reverse()

    def copy(self) -> list[T]:
        self._whole = True
        return list(super().__iter__())

    def __add__(self, other: Any) -> list[T]:  # type: ignore[override]
        self._whole = True
        return [*super().__iter__(), *other]

    def __mul__(self, n: SupportsIndex) -> list[T]:
        self._whole = True
        return list(super().__iter__()) * int(n)

    def __imul__(self, n: SupportsIndex) -> TrackedList[T]:
        self._whole = True
        super().__imul__(n)
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        self._whole = True
        return (type(self), (list(super().__iter__()),))

    def peek(self) -> list[T]:
        """The entries without reaching them (a copy of the list, sharing the entries)."""
        return list(super().__iter__())


def settle_all(collections: Iterable[Any]) -> None:
    """Settle each tracked collection given. After a request most of an environment's collections are
    untouched: those are passed over without a call (a call for each of about 14 was a twentieth of a
    GET user by id, make bench)."""
    for collection in collections:
        if isinstance(collection, TrackedDict):
            if collection._reached or collection._removed or collection._whole:
                collection.settle()
        elif isinstance(collection, TrackedList):
            collection.settle()


class IndexedDict(TrackedDict[K, V]):
    """A tracked collection that keeps an index of its entries by keys derived from each entry
    (``index_keys``): the users by address, the sessions by refresh-token digest, ... Each index lives
    in its collection and nowhere else, and is never stored: it is built on the first lookup after a
    load or a reset, from the entries themselves.

    An entry can change without the collection seeing it (``session.refresh_hash = ...`` on a session
    got earlier), but never without having been reached from here: so before each lookup the entries
    reached since the last settle are indexed again, as many as the request touched (all of them only
    after a walk). A lookup itself reaches nothing; the subclass hands out what it found by key.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._index: dict[str, list[K]] | None = None  # built on the first lookup
        self._keys_of: dict[K, tuple[str, ...]] = {}
        # Reached keys already found deleted since the last settle: nothing in them can change until
        # they are set again, so a lookup need not look at them again. Without this, a unit of work
        # deleting many entries (an account and its users) re-checked every deleted key at each lookup.
        self._gone: set[K] = set()

    def __setitem__(self, key: K, value: V) -> None:
        self._gone.discard(key)
        super().__setitem__(key, value)

    def setdefault(self, key: K, default: V, /) -> V:
        self._gone.discard(key)
        return super().setdefault(key, default)

    def index_keys(self, entry: V) -> tuple[str, ...]:
        """The index keys of one entry (several entries may share one)."""
        raise NotImplementedError

    def settle(self) -> None:
        # What was reached may have changed after the last lookup re-indexed it; once the reach is
        # forgotten nothing else would tell.
        if self._index is not None:
            self._refresh()
        if self._gone:
            self._gone = set()
        super().settle()

    def indexed(self, key: str) -> list[K]:
        """The keys of the entries under this index key, in the order they were indexed (a copy)."""
        self._refresh()
        assert self._index is not None
        return list(self._index.get(key, ()))

    def _refresh(self) -> None:
        entries = self.peek()
        if self._index is None:
            self._index = {}
            self._keys_of = {}
            for key in entries:
                self._reindex(key)
            return
        whole, reached = self.reach()
        for key in {*entries, *self._keys_of} if whole else reached - self._gone:
            self._reindex(key)
            if key not in entries:
                self._gone.add(key)

    def _reindex(self, entry_key: K) -> None:
        assert self._index is not None
        entry = dict.get(self, entry_key)  # as peek().get: reaches nothing, without building a view
        keys = self.index_keys(entry) if entry is not None else ()
        old = self._keys_of.get(entry_key, ())
        if keys == old:
            return
        for key in old:
            held = self._index[key]
            held.remove(entry_key)
            if not held:
                del self._index[key]
        for key in keys:
            self._index.setdefault(key, []).append(entry_key)
        if keys:
            self._keys_of[entry_key] = keys
        else:
            self._keys_of.pop(entry_key, None)
