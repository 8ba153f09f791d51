"""The Snowball Swedish stemmer (PyStemmer), made once per process.

In: nothing. Out: `swedish_stemmer()`, the one `Stemmer.Stemmer("swedish")`
that figures, search, snippets, linking and quantities share. PyStemmer is
imported on first use, so a command that never stems does not load it.
https://snowballstem.org/algorithms/swedish/stemmer.html
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import Stemmer


@lru_cache(maxsize=1)
def swedish_stemmer() -> Stemmer.Stemmer:
    import Stemmer  # PyStemmer: the Snowball stemmers

    return Stemmer.Stemmer("swedish")
