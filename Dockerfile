# factdesk: the CLI, the flows (worker) and the review desk, in one image.
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app
COPY . /app
RUN pip install '.[postgres,dask]' \
 && useradd --create-home --uid 10001 factdesk \
 && mkdir -p /srv/factdesk/incoming && chown -R factdesk /srv/factdesk
USER factdesk
ENV FACTDESK_PROJECT_DIR=/app
ENTRYPOINT ["factdesk"]
CMD ["--help"]
