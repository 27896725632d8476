"""Dialogs: they collect the analyst's input; the controller acts on it."""
