"""Threat intel: indicators with provenance and validity, actors, importers, lookups, export."""
