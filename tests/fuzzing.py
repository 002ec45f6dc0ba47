"""Example budgets for the fuzz tests: small and fixed in the default run, large in the long one.

``HYPOTHESIS_PROFILE=long`` (registered in tests/conftest.py) raises every budget to the
profile's ``max_examples``; the default run keeps each test to the few examples it names.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

LONG_RUN = os.environ.get("HYPOTHESIS_PROFILE") == "long"


def fuzz_settings(examples: int) -> settings:
    """Settings for a fuzz test with ``examples`` examples by default (more in the long run);
    no deadline (sizes vary a thousandfold) and fixtures shared across examples allowed."""
    budget = max(examples, settings().max_examples) if LONG_RUN else examples
    return settings(
        max_examples=budget,
        deadline=None,
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.large_base_example,
        ],
    )
