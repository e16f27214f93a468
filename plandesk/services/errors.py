"""Typed errors the services raise; their message is for the user, in Vietnamese."""


class ServiceError(Exception):
    """A user action that cannot be done; the message says what happened and what to do."""


class NotFound(ServiceError):
    pass


class InvalidInput(ServiceError):
    pass
