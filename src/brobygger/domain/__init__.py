"""Pure domain layer: catalogues, rules and errors (standard library only).

Each name has one home, imported from there: the code lists from :mod:`.catalogue`, the
rules from :mod:`.rules`, the errors from :mod:`.errors`.
"""
