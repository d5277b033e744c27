"""The window: Qt widgets over the Qt-free services (never the database layer)."""
