"""`@override` for Qt method overrides, as STYLE.md asks, on Python 3.11.

`typing.override` arrives in Python 3.12. The marker only matters to the type checker, which
gets it from typing_extensions; at run time it is a no-op, so the app does not depend on
typing_extensions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from typing_extensions import override
else:

    def override(method: Any) -> Any:
        """Return `method` unchanged."""
        return method

__all__ = ["override"]
