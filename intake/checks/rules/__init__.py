"""The rules, one per module, each with a ``name``, a ``description`` and ``check(ctx)``.

``check`` returns True when the rule hits and records what it found on the
context. intake/checks/chain.py lists them in the order they run.
"""
