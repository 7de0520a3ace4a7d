"""GUI tests: real widgets, offscreen, one QApplication (pytest-qt's qapp)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator

import pytest

from sahel_desk.gui.collector import GuiThreadCollector
from sahel_desk.gui.operations import Operations


@pytest.fixture(scope="session", autouse=True)
def _collect_on_the_gui_thread(qapp) -> Iterator[None]:
    """As the application does: no garbage collection in worker threads."""
    collector = GuiThreadCollector(qapp)
    yield
    collector.stop()


@pytest.fixture(scope="session", autouse=True)
def _english(qapp) -> None:
    """As the application does before any window: a language in place, English here
    (with its plurals: "1 incident", "2 incidents"), whatever the machine's locale."""
    from sahel_desk.gui.i18n.language import install

    install("en", qapp)


@pytest.fixture
def unhandled() -> list[BaseException]:
    """Errors that reached the application's error handler during the test."""
    return []


@pytest.fixture
def operations(qapp, unhandled: list[BaseException]) -> Iterator[Operations]:
    ops = Operations(unhandled.append)
    yield ops
    ops.wait()
    qapp.processEvents()
