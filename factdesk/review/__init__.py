"""Editors' side: HTML verdict reports, the review desk web app, ClaimReview export."""
