"""The annotated evaluation sets stay valid (schema, offsets, dates, zones, decoys)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from mapping.settings import PROJECT_ROOT


@pytest.mark.parametrize("name", ["dev", "holdout", "holdout2", "holdout2/fusion", "holdout3", "holdout4", "holdout5",
                                  "holdout6", "holdout7", "holdout8", "holdout9", "holdout10", "holdout11", "holdout12",
                                  "holdout13", "holdout14", "holdout15", "holdout16", "holdout17",
                                  "holdout18", "holdout19", "holdout20", "holdout21", "holdout22",
                                  "holdout23", "holdout24", "holdout25", "reworded1", "reworded2", "reworded3"])
def test_eval_set_is_clean(name: str) -> None:
    proc = subprocess.run([sys.executable, str(PROJECT_ROOT / "eval" / "check_gold.py"),
                           str(PROJECT_ROOT / "eval" / name)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "clean" in proc.stdout
