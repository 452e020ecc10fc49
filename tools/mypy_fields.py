"""A mypy plugin: an entity service's ``create`` and ``update`` take the keywords of its
fields TypedDict – the third type argument of ``EntityService`` (services/inputs.py)::

    class People(EntityService[models.Person, dto.Person, inputs.PersonFields]): ...

    svc.people.create(name="Anne", organisaton_id=org.id)   # mypy: unexpected keyword

Python's typing cannot say this itself (``**fields: Unpack[F]`` with a type variable ``F``
is not allowed, PEP 692), so without the plugin every service would repeat typed stubs of
both methods. Configured in pyproject.toml (``[tool.mypy] plugins``).
"""

from __future__ import annotations

from collections.abc import Callable

from mypy.maptype import map_instance_to_supertype
from mypy.nodes import ARG_STAR2, TypeInfo
from mypy.plugin import MethodSigContext, Plugin
from mypy.types import (
    FunctionLike,
    Instance,
    TypedDictType,
    get_proper_type,
)

BASE = "brobygger.services.base.EntityService"
TYPED = ("create", "update")


class FieldsPlugin(Plugin):
    def get_method_signature_hook(
            self, fullname: str) -> Callable[[MethodSigContext], FunctionLike] | None:
        owner, _, method = fullname.rpartition(".")
        if method not in TYPED:
            return None
        found = self.lookup_fully_qualified(owner)
        if found is None or not isinstance(found.node, TypeInfo) or not found.node.has_base(BASE):
            return None
        return typed_fields


def typed_fields(ctx: MethodSigContext) -> FunctionLike:
    """The signature with ``**fields: Any`` replaced by ``**fields: Unpack[<the TypedDict>]``."""
    sig = ctx.default_signature
    receiver = get_proper_type(ctx.type)
    if not isinstance(receiver, Instance) or ARG_STAR2 not in sig.arg_kinds:
        return sig
    base = next(info for info in receiver.type.mro if info.fullname == BASE)
    args = map_instance_to_supertype(receiver, base).args
    fields = get_proper_type(args[2]) if len(args) > 2 else None
    if not isinstance(fields, TypedDictType):
        return sig
    types = list(sig.arg_types)
    types[sig.arg_kinds.index(ARG_STAR2)] = fields  # as mypy keeps **kwargs: Unpack[TD]
    return sig.copy_modified(arg_types=types, unpack_kwargs=True)


def plugin(version: str) -> type[Plugin]:
    return FieldsPlugin
