"""Tiny helpers shared by the language packs."""


def U(*forms, sep=' ', pre='', ins=None):
    """A unit written after (or, with pre, before) a number.
    forms: plural forms in the order the language's plural rule expects.
    ins: Hungarian instrumental forms (used by the worded Hungarian style)."""
    return {'f': tuple(forms), 'sep': sep, 'pre': pre, 'ins': ins}


NONE = U('')
