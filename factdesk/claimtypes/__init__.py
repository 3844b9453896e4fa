"""Claim types as units: ``<family>/<type>/`` folders, each with its typed slots, finder,
resolver hook, comparer and metadata. See ``base.py`` for the contract, ``registry.py`` for
how they are found and chosen, and docs/architecture.md for the whole middle."""
