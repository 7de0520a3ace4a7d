"""Garbage is collected on the GUI thread, never by a worker thread's allocations."""

from __future__ import annotations

import gc
import threading

from sahel_desk.gui.collector import GuiThreadCollector


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_a_cycle_made_in_a_worker_is_collected_on_the_gui_thread(qapp, qtbot) -> None:
    collected_in: list[str] = []

    class Tracked(_Cycle):
        def __del__(self) -> None:
            collected_in.append(threading.current_thread().name)

    def work() -> None:
        Tracked()  # unreachable at once, freed only by the cyclic collector
        for _ in range(50_000):  # allocations that would trigger automatic collections
            _Cycle()

    collector = GuiThreadCollector(qapp, interval_ms=20)
    try:
        assert not gc.isenabled()
        worker = threading.Thread(target=work, name="worker")
        worker.start()
        worker.join()
        assert collected_in in ([], ["MainThread"])  # never in the worker
        qtbot.waitUntil(lambda: collected_in == ["MainThread"], timeout=5000)
    finally:
        collector.stop()


def test_collect_due_follows_the_thresholds(qapp) -> None:
    collector = GuiThreadCollector(qapp, interval_ms=60_000)
    saved = gc.get_threshold()
    try:
        gc.collect()
        gc.set_threshold(10**9, 10, 10)
        _Cycle()
        assert collector.collect_due() == 0  # below the threshold: nothing collected
        gc.set_threshold(1, 10, 10)
        _Cycle()
        assert collector.collect_due() >= 1
    finally:
        gc.set_threshold(*saved)
        collector.stop()
