FROM python:3.11-slim
WORKDIR /app
COPY . /app
RUN pip install --no-cache-dir '.[postgres]'
ENV FACTDESK_DATABASE_URL=postgresql+psycopg://factdesk:factdesk@postgres:5432/factdesk
ENTRYPOINT ["factdesk"]
