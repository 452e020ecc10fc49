"""example per initiative: mark which initiatives are example data (issue 18)

A workspace the example was loaded into may since have got real initiatives of its own. The
EKSEMPELDATA mark belongs on the example's briefs only, so the example's initiatives are
listed in ``workspace_meta['example_initiatives']`` (JSON list of ids): those whose name is
one of the example's cases (and their sub-initiatives, the Randers laboratories).

Data only (one workspace_meta row), no column changes: no exchange hashes to recompute.

Revision ID: 0007_example_per_initiative
Revises: 0006_imports
Create Date: 2026-11-30
"""

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0007_example_per_initiative'
down_revision: str | None = '0006_imports'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KEY = 'example_initiatives'
# The example's initiatives as the example of versions before this one named them.
EXAMPLE_NAMES = (
    'Psykiatriens Hus, Silkeborg',
    'Sundhedsstrategisk ledelse af det nære sundhedsvæsen, Randers',
    'Laboratorium: KOL-behandling i eget hjem',
    'Laboratorium: Forebyggelse af unødvendige indlæggelser',
    'Laboratorium: Den gode sårbehandling',
    'Laboratorium: Sammenhængende forløb for børn',
    'Laboratorium: Bedre ortopædkirurgiske forløb',
    'Samarbejdsaftale om patientforløb (SAM:BO), Fyn',
    'Akutsamarbejde, Viborg',
)

_meta = sa.table('workspace_meta', sa.column('key', sa.String), sa.column('value', sa.Text))
_initiative = sa.table('initiative', sa.column('id', sa.Uuid), sa.column('name', sa.String),
                       sa.column('parent_id', sa.Uuid))


def upgrade() -> None:
    bind = op.get_bind()
    meta = dict(bind.execute(sa.select(_meta.c.key, _meta.c.value)).all())
    if meta.get('is_example') != '1' or KEY in meta:
        return
    rows = bind.execute(sa.select(_initiative.c.id, _initiative.c.name,
                                  _initiative.c.parent_id)).all()
    example = {r.id for r in rows if r.name in EXAMPLE_NAMES}
    grew = True
    while grew:  # sub-initiatives of example ones are example too
        children = {r.id for r in rows if r.parent_id in example} - example
        example |= children
        grew = bool(children)
    bind.execute(_meta.insert().values(key=KEY, value=json.dumps(sorted(str(i)
                                                                        for i in example))))


def downgrade() -> None:
    op.execute(_meta.delete().where(_meta.c.key == KEY))
