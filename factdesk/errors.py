"""factdesk's exception tree. Everything we raise on purpose derives from FactdeskError.

    FactdeskError
    ├── InputError          a document cannot be read: missing, binary, not UTF-8,
    │                       empty, malformed front matter, a directory  (CLI exit 2)
    ├── UsageError          bad flags or arguments                      (CLI exit 2)
    ├── PackError           a reference pack is invalid (line-numbered)  (CLI exit 2)
    ├── ConfigError         settings or checker configuration are wrong (CLI exit 2)
    ├── StoreError          the database refused a write or a migration; the run's
    │                       transaction is rolled back, nothing half-written
    ├── CheckerError        a checker failed on a claim; the claim gets an
    │                       ``unverified`` verdict whose rationale records the reason
    └── SourceError         a live reference source failed (network, HTTP, parse)
        ├── SourceUnavailable   timeouts, connection errors, 5xx after retries
        └── SourceFormatError   a response that does not parse as the source's format

Library errors (SQLAlchemy, requests, json, yaml) are caught at the boundary that
calls them and re-raised as one of these with a one-line message.
"""


class FactdeskError(Exception):
    """Base class: ``str(exc)`` is a complete one-line message for a user."""


class InputError(FactdeskError):
    pass


class UsageError(FactdeskError):
    pass


class PackError(FactdeskError):
    pass


class ConfigError(FactdeskError):
    pass


class StoreError(FactdeskError):
    pass


class CheckerError(FactdeskError):
    pass


class SourceError(FactdeskError):
    pass


class SourceUnavailable(SourceError):
    pass


class SourceFormatError(SourceError):
    pass
