# Linli in a container: a small image, a non-root user, the database on the /data volume.
#   docker build -t linli .
#   docker run -d --name linli --env-file linli.env -v linli-data:/data --restart unless-stopped linli
# (or `docker compose up -d` with compose.yaml). See the README, "Keeping it running".

FROM python:3.12-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY handlers ./handlers
COPY storage ./storage
COPY sandbox ./sandbox
RUN pip wheel --wheel-dir /wheels .

FROM python:3.12-slim
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    LINLI_DB=/data/linli.db
COPY --from=build /wheels /wheels
RUN pip install /wheels/*.whl && rm -rf /wheels \
    && useradd --system --uid 10001 --user-group --home-dir /data --shell /usr/sbin/nologin linli \
    && mkdir -p /data && chown linli:linli /data
USER linli
WORKDIR /data
VOLUME ["/data"]
CMD ["linli"]
