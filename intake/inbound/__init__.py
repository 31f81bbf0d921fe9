"""An SMTP or LMTP listener the department's mail server forwards the COR mail to.

It stores each accepted message like the IMAP receiver does (mailbox key
``inbound``) before answering 250, so a message is either stored or refused
with a real SMTP code: 550 for a recipient that is not the COR address or a
client not allowed, 552 for a message over the size limit, 451 when the store
cannot take it (the sender retries).
"""

from intake.inbound.listener import INBOUND_MAILBOX, InboundHandler, InboundListener

__all__ = ["INBOUND_MAILBOX", "InboundHandler", "InboundListener"]
