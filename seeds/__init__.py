"""Bundled reference packs and the sample draft (installed as ``factdesk_seeds``)."""
