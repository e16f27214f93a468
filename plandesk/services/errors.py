"""Typed errors the services raise; their message is for the user, in Vietnamese, and carries
its code in the catalogue (plandesk/domain/messages.py) when it has one."""
from plandesk.domain.messages import CodedError, Message, Param


class ServiceError(CodedError):
    """A user action that cannot be done; the message says what happened and what to do."""


class NotFound(ServiceError):
    pass


class InvalidInput(ServiceError):
    pass


class DocumentRefused(InvalidInput):
    """A document the dossier's state does not allow yet (a tờ trình asking for recognition
    while a criterion blocks it): ``reasons`` one sentence each, ``alternatives`` (key, label)."""

    def __init__(self, message: Message | str, doc: str, reasons: list[Param], alternatives: list[tuple[str, Param]]):
        super().__init__(message)
        self.doc, self.reasons, self.alternatives = doc, reasons, alternatives
