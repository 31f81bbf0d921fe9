"""What both command lines and every stage share: settings, errors, argument parsing, logging."""
