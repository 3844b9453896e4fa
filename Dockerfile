# factdesk: the CLI, the flows (worker) and the review desk, in one image that every factdesk
# compose service runs. Dependencies are pinned by deploy/constraints.txt (a `pip freeze` of a
# working install of these extras: scripts/freeze-image-deps.sh); .dockerignore keeps secrets,
# virtualenvs, .git and databases out of the build context.
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PREFECT_SERVER_ANALYTICS_ENABLED=false DO_NOT_TRACK=1
WORKDIR /app
# the pinned dependencies first: this layer is rebuilt only when they change
COPY deploy/constraints.txt /app/deploy/constraints.txt
RUN pip install -r deploy/constraints.txt
COPY . /app
RUN pip install --no-deps '.[flows,desk,postgres,dask]' \
 && pip check \
 && useradd --create-home --uid 10001 factdesk \
 && mkdir -p /srv/factdesk/incoming && chown -R factdesk /srv/factdesk
USER factdesk
ENV FACTDESK_PROJECT_DIR=/app
ENTRYPOINT ["factdesk"]
CMD ["--help"]
