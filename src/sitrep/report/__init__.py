"""Renderers from records to text, JSON and files: pure and deterministic."""
