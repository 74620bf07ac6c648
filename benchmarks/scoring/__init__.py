"""Scoring of extraction against hand-made gold: the corpus notes and the development sets.

`benchmarks/quality.py` is the command; this package holds what it computes, one subject a
module: counts, the corpus notes' TSV gold, the development sets' JSON gold, field-by-field
comparison, linking across documents, and the printed report.
"""
