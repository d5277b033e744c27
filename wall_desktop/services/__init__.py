"""The rules of the academy. Qt-free: a test fails the build if Qt is imported here."""
