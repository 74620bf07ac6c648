"""Tests of liaison.store (a package, so that module names do not clash with other folders)."""
