"""Resolve: one person, organisation, partner or event however many mentions name it."""
