"""Why a model cannot be used: both mean "run `secor-intake train`"."""

from __future__ import annotations

from core.errors import UserError


class ModelMissing(UserError):
    """No trained model in the model folder."""


class ModelIncompatible(UserError):
    """The model folder holds a model this version cannot use (format, spaCy or labels differ)."""
