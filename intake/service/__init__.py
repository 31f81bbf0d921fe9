"""The intake service: receive -> process -> reply -> file, in a loop that runs for months."""
