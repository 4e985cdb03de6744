"""Screening: read search exports, merge duplicates, decide include / exclude / maybe."""
