"""Scheduled checking: feeds, sitemaps and drop folders; deployments and serving."""
