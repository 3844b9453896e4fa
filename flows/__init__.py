"""Prefect flows: ``check_document``, ``check_feed``, ``refresh_references``.

Importing this package, which factdesk's own processes do before they import Prefect, sets
Prefect's defaults for them (each only when the environment does not set it already):

- ``PREFECT_SERVER_ANALYTICS_ENABLED=false`` and ``DO_NOT_TRACK=1``: no usage data sent
  from a temporary server or the client (factdesk runs offline);
- ``PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS=120``: a temporary server on a busy
  machine can take longer than Prefect's 20 s to start.
"""

import os

PREFECT_DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
}

for _name, _value in PREFECT_DEFAULTS.items():
    os.environ.setdefault(_name, _value)
