"""evidence: the SQLModel store, and (later) sources, links, verification and search."""
