"""Bulk work raises the collector's threshold and always puts the old one back."""

from __future__ import annotations

import gc

import pytest

from sahel_desk.bulk import BULK_THRESHOLD, fewer_collections


@pytest.fixture
def threshold():
    saved = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*saved)


def test_threshold_raised_inside_nested_blocks_and_restored_after(threshold):
    with fewer_collections():
        assert gc.get_threshold() == (BULK_THRESHOLD, 10, 10)
        with fewer_collections():
            assert gc.get_threshold()[0] == BULK_THRESHOLD
        assert gc.get_threshold()[0] == BULK_THRESHOLD  # the outer block still runs
    assert gc.get_threshold() == (700, 10, 10)


def test_threshold_restored_when_the_work_fails(threshold):
    with pytest.raises(RuntimeError), fewer_collections():
        raise RuntimeError("disk full")
    assert gc.get_threshold() == (700, 10, 10)


def test_a_switched_off_collector_stays_off(threshold):
    gc.set_threshold(0)
    with fewer_collections():
        assert gc.get_threshold()[0] == 0
    assert gc.get_threshold()[0] == 0
