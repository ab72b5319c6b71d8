"""User-facing errors: one line that says what is wrong and how to fix it."""


class ColdstartError(Exception):
    """A mistake in the user's input or environment, reported as one clear line.

    The command line prints ``error: <message>`` and exits with status 2 instead of
    showing a traceback. Library callers can catch it like any other exception.
    """


class ModelNotFoundError(ColdstartError):
    """The pretrained model could not be located (package missing, bad folder, bad id)."""
