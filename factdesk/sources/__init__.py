"""Live reference sources (Wikidata, Wikipedia, UN records): connectors, snapshots, refresh."""
