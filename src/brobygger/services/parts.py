"""The services a group is made of (:class:`~brobygger.services.Services`, the meetings and
the agreements), each made on first use and then kept.

    class MeetingService(Group):
        forums: Part[Forums] = Part(Forums)
        meetings: Part[Meetings] = Part("brobygger.services.meeting_entities:Meetings")

A part named by ``"module:Class"`` imports its module only when first used:
``brobygger-cli initiatives`` or ``log add`` does not pay for meetings, GDPR, tracking or
the overview (issue 21).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

T = TypeVar("T")


class Group:
    """A set of services over one workspace, with :class:`Part` attributes. ``svc`` is the
    :class:`Services` object its entity services report to (:class:`Services` itself has a
    ``svc`` property that gives itself)."""

    def __init__(self, svc: Any) -> None:
        self.svc = svc


class Part(Generic[T]):
    """A service of a :class:`Group`, made on first use as ``factory(ws, svc)`` – or, with
    ``takes_ws=False``, ``factory(svc)`` – and kept on the group."""

    def __init__(self, factory: Callable[..., T] | str, *, takes_ws: bool = True) -> None:
        self.factory = factory
        self.takes_ws = takes_ws
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, group: None, owner: type | None = None) -> Part[T]: ...

    @overload
    def __get__(self, group: object, owner: type | None = None) -> T: ...

    def __get__(self, group: Any, owner: type | None = None) -> Part[T] | T:
        if group is None:
            return self
        factory = self.factory
        if isinstance(factory, str):
            module, _, name = factory.partition(":")
            factory = getattr(importlib.import_module(module), name)
        svc = group.svc
        value: T = factory(svc.ws, svc) if self.takes_ws else factory(svc)
        group.__dict__[self.name] = value  # kept: the next read finds it on the instance
        return value
