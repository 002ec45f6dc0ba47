"""The interface in the reader's language: translators, locale-aware dates, shared words."""
