"""``factdesk serve``: the scheduled deployments served from one process (Prefect's
``serve``), for a desk that does not want a work pool and a worker.

The deployments have names of their own, ``check_feed/check-feed-serve`` (every 15
minutes) and ``refresh_references/refresh-references-serve`` (daily), so serving never
touches the deployments of ``prefect.yaml`` (``check-feed``, ``refresh-references``,
run by workers): not their schedules, parameters or pull steps. Stopping ``serve``
(SIGTERM) pauses only its own deployments' schedules, as Prefect does for served
deployments; serving again resumes them. ``refresh_references`` is served when its flow
module is installed; without it this process says so in its log and serves ``check_feed``
alone.
"""

from __future__ import annotations

import logging
from pathlib import Path

log = logging.getLogger("factdesk.serve")
FEED_DEPLOYMENT = "check-feed-serve"
REFS_DEPLOYMENT = "refresh-references-serve"


def deployments(config: Path, *, feed_cron: str, refs_cron: str) -> list:
    from prefect.deployments.runner import EntrypointType

    from flows.check_feed import check_feed

    module = EntrypointType.MODULE_PATH  # runs wherever factdesk is installed, whatever the working directory

    out = [check_feed.to_deployment(
        name=FEED_DEPLOYMENT, cron=feed_cron, parameters={"config": str(config)},
        description="Check new and changed items of the feed list", tags=["factdesk"], entrypoint_type=module,
    )]
    try:
        from flows.refresh_references import refresh_references
    except ImportError as exc:
        log.warning("refresh_references is not available (%s): serving check_feed only", exc)
    else:
        out.append(refresh_references.to_deployment(
            name=REFS_DEPLOYMENT, cron=refs_cron, description="Refresh the live reference sources",
            tags=["factdesk"], entrypoint_type=module,
        ))
    return out


def serve(config: Path, *, feed_cron: str, refs_cron: str, limit: int | None = None) -> None:
    from prefect import serve as prefect_serve

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    found = deployments(config, feed_cron=feed_cron, refs_cron=refs_cron)
    log.info("serving %s", ", ".join(f"{d.flow_name}/{d.name}" for d in found))
    prefect_serve(*found, limit=limit)
