"""The feed list: a YAML (or JSON) file, validated whole before anything is fetched.

    feeds:                      # RSS 2.0 or Atom feed URLs
      - https://news.example/rss.xml
    sitemaps:                   # sitemap or sitemap index URLs
      - https://news.example/sitemap.xml
    folders:                    # drop folders (relative to this file); *.md, *.html, *.txt
      - incoming/
    concurrency: 4              # items fetched and checked at once
    batch_size: 25              # items per Prefect task (keeps Prefect's per-task cost small)
    allow_private_addresses: false   # true only for feeds on your own network (or tests)
    allowed_hosts: [cms.internal:8080]   # or allow just these hosts on a private address
    fetch: {timeout: 10, retries: 3, backoff: 1.0, max_bytes: 2097152}

A bad file is a ``ConfigError`` with one line naming the file and the field.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from factdesk.errors import ConfigError

MAX_CONFIG_BYTES = 256 * 1024


class FetchConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    timeout: float = Field(default=10.0, gt=0, le=300)
    """seconds for connecting and for each read"""
    retries: int = Field(default=3, ge=0, le=10)
    """extra attempts after a connection error, timeout, 429 or 5xx"""
    backoff: float = Field(default=1.0, ge=0, le=60)
    """first wait in seconds; doubles on each retry (a Retry-After header wins, up to 60 s)"""
    max_bytes: int = Field(default=2 * 1024 * 1024, gt=0, le=64 * 1024 * 1024)
    """largest feed, sitemap or article body accepted"""
    max_redirects: int = Field(default=5, ge=0, le=20)
    user_agent: str = "factdesk-feeds/0.1 (+https://github.com/factdesk/factdesk)"


class FeedConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    feeds: list[str] = Field(default_factory=list)
    sitemaps: list[str] = Field(default_factory=list)
    folders: list[Path] = Field(default_factory=list)
    concurrency: int = Field(default=4, ge=1, le=256)
    batch_size: int = Field(default=25, ge=1, le=10_000)
    allow_private_addresses: bool = False
    allowed_hosts: list[str] = Field(default_factory=list)
    """host names (``host`` or ``host:port``) that may be private, e.g. your own CMS; every
    other host is still checked"""
    max_items: int = Field(default=5000, ge=1, le=1_000_000)
    """items taken from one run's discovery (the rest wait for the next run)"""
    max_attempts: int = Field(default=3, ge=1, le=100)
    """a failed item is retried by later runs until it has failed this often"""
    claim_timeout: int = Field(default=1800, ge=10)
    """seconds after which a claim of a run that died may be taken over"""
    fetch: FetchConfig = Field(default_factory=FetchConfig)

    @field_validator("feeds", "sitemaps")
    @classmethod
    def _http_only(cls, urls: list[str]) -> list[str]:
        for u in urls:
            if not isinstance(u, str) or not u.lower().startswith(("http://", "https://")):
                raise ValueError(f"only http and https URLs are fetched, not {u!r}")
        return urls


def load_config(path: Path) -> FeedConfig:
    """Read and validate ``path``; relative folders are taken relative to the file."""
    import yaml

    try:
        if path.stat().st_size > MAX_CONFIG_BYTES:
            raise ConfigError(f"{path}: feed config is larger than {MAX_CONFIG_BYTES} bytes")
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such feed config file") from None
    except IsADirectoryError:
        raise ConfigError(f"{path}: is a directory, not a feed config file") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: feed config is not UTF-8 text") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the feed config ({exc.strerror})") from None
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise ConfigError(f"{path}: feed config is not valid YAML{where}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: feed config must be a mapping with feeds, sitemaps and/or folders")
    try:
        cfg = FeedConfig.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"]) or "config"
        msg = err["msg"].removeprefix("Value error, ")
        raise ConfigError(f"{path}: {where}: {msg}") from None
    if not (cfg.feeds or cfg.sitemaps or cfg.folders):
        raise ConfigError(f"{path}: feed config lists no feeds, sitemaps or folders")
    folders = [(p if p.is_absolute() else path.parent / p).resolve() for p in cfg.folders]
    for f in folders:
        if not f.is_dir():
            raise ConfigError(f"{path}: folders: {f} is not a directory")
    return cfg.model_copy(update={"folders": folders})
