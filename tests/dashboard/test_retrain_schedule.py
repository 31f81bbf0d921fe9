"""The service's retrain schedule: it retrains only when the labelled set changed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from core.config import Settings
from intake.classify.gate import Figures, Verdict
from intake.service import retrain as retrain_mod
from intake.service.retrain import Retrainer
from intake.store import Store
from intake.store import schema as t
from intake.store.review import REVIEWED, set_review_state
from tests.dashboard import seed


def test_the_retrain_starts_only_when_the_labelled_set_changed(
    settings: Settings, store: Store, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls: list[str] = []

    def fake(s: Settings, files: Any, digest: str, **_: Any) -> Verdict:
        calls.append(digest)
        return Verdict(False, "refused in the test", Figures(1, 0.0, 0.0, 0.0), None)

    monkeypatch.setattr(retrain_mod, "retrain", fake)
    own = settings.model_copy(
        update={"classifier": settings.classifier.model_copy(update={"retrain_hours": 1.0})}
    )
    installed: list[object] = []
    retrainer = Retrainer(own, store, installed.append)
    seed.inbox_examples(own, store)
    assert not retrainer.when_due()  # nothing labelled yet
    with store.tx() as conn:
        sid = conn.execute(select(t.submissions.c.id).limit(1)).scalar_one()
    set_review_state(store, sid, REVIEWED)
    assert not retrainer.when_due()  # checked within the hour: not again yet
    retrainer._checked_at = None
    assert retrainer.when_due()
    retrainer.join(30)
    assert len(calls) == 1 and installed == []  # refused: the live model stays

    off = Retrainer(settings, store, installed.append)  # retrain_hours = 0: never
    assert not off.when_due()
