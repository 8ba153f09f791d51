"""cli: the `kallkoll` command line, a thin typer layer over ingest/extract/evidence."""
