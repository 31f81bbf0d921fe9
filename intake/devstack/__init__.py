"""The embedded mail stack of ``make run`` and the tests: a local IMAP mailbox and SMTP hub."""
