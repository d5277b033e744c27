"""PDF documents: Leader Certificates, sign-in sheets, consent forms, expense descriptions.

Qt-free.  Each writer takes plain frozen dataclasses (gathered by
``services.certificates`` and ``services.documents``) and returns bytes or
writes a file atomically; batches report ``progress(done, total)`` and stop
on ``cancelled()`` leaving no file behind.
"""
