"""Package discovery that pyproject.toml cannot express: every package under factdesk/ (a claim
type added as a folder under factdesk/claimtypes/ needs no edit anywhere else), schemas, flows,
and the seeds/ folder installed as the factdesk_seeds package (its package-dir is in pyproject)."""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["factdesk", "factdesk.*", "schemas", "flows"]), "factdesk_seeds"])
