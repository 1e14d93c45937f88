"""Back and forward through what was opened, like a browser (after Frogmouth's `History`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Location:
    """Something the user opened: an event or quote ("event"/"quote", id) or an actor."""

    kind: str       # "event" | "quote" | "actor"
    id: int

    def __str__(self) -> str:
        return f"{self.kind} {self.id}"


class History:
    """A list of locations with a current position. Opening something new drops whatever was
    ahead of the current position, as browsers do."""

    def __init__(self, maxlen: int = 500) -> None:
        self._items: list[Location] = []
        self._pos = -1
        self.maxlen = maxlen

    def push(self, location: Location) -> None:
        if self.current == location:
            return
        del self._items[self._pos + 1:]
        self._items.append(location)
        if len(self._items) > self.maxlen:
            del self._items[0]
        self._pos = len(self._items) - 1

    @property
    def current(self) -> Location | None:
        return self._items[self._pos] if self._pos >= 0 else None

    @property
    def can_back(self) -> bool:
        return self._pos > 0

    @property
    def can_forward(self) -> bool:
        return self._pos < len(self._items) - 1

    def back(self) -> Location | None:
        if not self.can_back:
            return None
        self._pos -= 1
        return self._items[self._pos]

    def forward(self) -> Location | None:
        if not self.can_forward:
            return None
        self._pos += 1
        return self._items[self._pos]

    def __len__(self) -> int:
        return len(self._items)

    @property
    def position(self) -> int:
        """1-based position of the current location (0 when empty)."""
        return self._pos + 1
