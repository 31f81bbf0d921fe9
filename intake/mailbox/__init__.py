"""The COR mailbox over IMAP: connect, fetch new mail, file processed mail."""
