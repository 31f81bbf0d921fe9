"""One module per ``secor-intake`` subcommand, each with ``register()`` and ``run()``."""
