"""Alembic environment for sitrep's database, shipped with the package and run by open_store."""
