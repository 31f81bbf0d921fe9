"""The reply an employer gets: composed from the report, sent only where RFC 3834 allows.

``compose_reply`` renders the Jinja2 templates in ``templates/`` (or COR
staff's copies in ``IntakeSettings.templates_dir``); ``may_auto_reply`` is the
RFC 3834 guard; ``reply_headers`` gives the threading and Auto-Submitted
headers the service puts on the message it sends.
"""

from __future__ import annotations

from intake.reply.compose import compose_reply
from intake.reply.guard import may_auto_reply, reply_address
from intake.reply.headers import reply_headers, reply_subject

__all__ = ["compose_reply", "may_auto_reply", "reply_address", "reply_headers", "reply_subject"]
