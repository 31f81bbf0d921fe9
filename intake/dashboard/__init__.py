"""The COR review dashboard: the triaged inbox, a page per submission, corrections, replies.

Server-rendered (Starlette and Jinja2) with htmx for the in-page actions; no build step.

- ``app``       ``create_app(settings, store)``: routes, sessions, security headers;
- ``security``  login guards, CSRF tokens, the login rate limit, the session key;
- ``accounts``  staff accounts (argon2 hashes), ``ensure_user`` for the demo account;
- ``pages``     what staff read: inbox, submission, previews, downloads, outbox, figures;
- ``actions``   what staff change: a file's label, the review state, a reply;
- ``recheck``   the program rules run again on a submission after a label changed;
- ``mail``      stored emails read back, and a staff reply threaded under the employer's;
- ``stats``, ``charts``  the figures and their inline SVG bar charts.

The SQL lives in ``intake.store.review``.
"""
