"""Extraction: read a paper's text and propose registry field values with evidence."""
