"""A plug-in module that raises while it is imported."""

raise RuntimeError("this plug-in module fails at import")
