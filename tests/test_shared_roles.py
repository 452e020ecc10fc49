"""A shared workspace with several users, set up as the README's IT section says: an owner
role without login that owns the database, and login roles ``IN ROLE`` the owner.

``.ci/run`` creates ``brobygger_owner`` and two login roles and names them in
$BROBYGGER_TEST_PG_ROLES (``owner:user1=password1,user2=password2``); elsewhere the test
creates roles of its own through the admin URL and drops them afterwards."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from brobygger.services import Services
from brobygger.store.workspace import Workspace

ROLES_ENV = "BROBYGGER_TEST_PG_ROLES"


def _parse_roles(spec: str) -> tuple[str, list[tuple[str, str]]]:
    owner, _, users = spec.partition(":")
    pairs = [tuple(u.split("=", 1)) for u in users.split(",") if u]
    return owner, [(name, password) for name, password in pairs]


@pytest.fixture
def shared_roles(pg_server: str) -> Iterator[tuple[str, list[str]]]:
    """(database name, [URL of login role 1, URL of login role 2]) – a fresh database owned
    by the owner role, empty (no schema yet)."""
    admin = sa.create_engine(pg_server, isolation_level="AUTOCOMMIT")
    created: list[str] = []
    suffix = uuid.uuid4().hex[:8]
    if ROLES_ENV in os.environ:
        owner, users = _parse_roles(os.environ[ROLES_ENV])
    else:
        owner = f"bb_owner_{suffix}"
        users = [(f"bb_anne_{suffix}", "anne-secret"), (f"bb_bo_{suffix}", "bo-secret")]
        with admin.connect() as conn:
            conn.exec_driver_sql(f"CREATE ROLE {owner} NOLOGIN")
            for name, password in users:
                conn.exec_driver_sql(
                    f"CREATE ROLE {name} LOGIN PASSWORD '{password}' IN ROLE {owner}")
        created = [name for name, _ in users] + [owner]
    database = f"bb_roles_{suffix}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {database} OWNER {owner} ENCODING 'UTF8' "
                             "TEMPLATE template0")
    base = make_url(pg_server).set(database=database)
    urls = [base.set(username=name, password=password).render_as_string(hide_password=False)
            for name, password in users[:2]]
    yield database, urls
    with admin.connect() as conn:
        conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
        for role in created:
            conn.exec_driver_sql(f"DROP ROLE IF EXISTS {role}")
    admin.dispose()


def test_two_login_roles_share_one_workspace(shared_roles: tuple[str, list[str]],
                                             pg_server: str) -> None:
    database, (url_a, url_b) = shared_roles
    user_a, user_b = make_url(url_a).username, make_url(url_b).username
    # the first user's connection creates the schema (the migration) …
    with Workspace.open_url(url_a) as ws_a:
        svc_a = Services(ws_a)
        org = svc_a.organisations.create(name="Viborg Kommune", sector="kommune")
    # … and the second user opens, reads and writes it (today: permission denied)
    with Workspace.open_url(url_b) as ws_b:
        svc_b = Services(ws_b)
        assert [o.name for o in svc_b.organisations.all()] == ["Viborg Kommune"]
        svc_b.organisations.update(org.id, name="Viborg Kommune, Sundhed")
        svc_b.organisations.create(name="Regionshospitalet Viborg", sector="region_hospital")
        history = svc_b.audit.history(org.id)
    # the first user writes again after the second
    with Workspace.open_url(url_a) as ws_a:
        Services(ws_a).organisations.create(name="Praksis", sector="almen_praksis")
    # the audit trail names the login roles, never the owner role
    assert {e.user for e in history} == {user_a, user_b}
    # every object belongs to the owner role
    admin = sa.create_engine(make_url(pg_server).set(database=database))
    with admin.connect() as conn:
        owners = set(conn.exec_driver_sql(
            "SELECT DISTINCT pg_get_userbyid(c.relowner) FROM pg_class AS c "
            "JOIN pg_namespace AS n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'public'").scalars())
        db_owner = conn.exec_driver_sql(
            "SELECT pg_get_userbyid(datdba) FROM pg_database "
            "WHERE datname = current_database()").scalar_one()
    admin.dispose()
    assert owners == {db_owner}


def _owners(pg_server: str, database: str) -> set[str]:
    admin = sa.create_engine(make_url(pg_server).set(database=database))
    with admin.connect() as conn:
        owners = set(conn.exec_driver_sql(
            "SELECT DISTINCT pg_get_userbyid(c.relowner) FROM pg_class AS c "
            "JOIN pg_namespace AS n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'public'").scalars())
    admin.dispose()
    return owners


def test_tables_owned_by_a_login_role_are_handed_to_the_owner_role(
        shared_roles: tuple[str, list[str]], pg_server: str) -> None:
    """A server set up by an older version: the first user's migration made every table
    hers. Opening as her hands them to the owner role; then the second user works too."""
    from alembic import command

    from brobygger.domain.errors import WorkspaceError
    from brobygger.store.workspace import alembic_config

    database, (url_a, url_b) = shared_roles
    user_a, user_b = make_url(url_a).username, make_url(url_b).username
    # the older version: migrations ran as the login role, no SET ROLE – to an older revision
    engine = sa.create_engine(url_a)
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0007_example_per_initiative")
        conn.exec_driver_sql(
            "INSERT INTO organisation (id, name, sector, notes, version, created_at, "
            "updated_at) VALUES ('0b8e7f1c-1111-4c2b-9f1e-1234567890ab', 'Viborg Kommune', "
            "'kommune', '', 1, now(), now())")
    engine.dispose()
    assert _owners(pg_server, database) == {user_a}
    # the second user is refused with a clear message naming whose tables they are
    with pytest.raises(WorkspaceError) as info:
        Workspace.open_url(url_b)
    assert user_a in info.value.message and "permission denied" not in info.value.message
    # the first user opens with this version: her tables go to the owner role, the
    # migration to the head runs as the owner role
    with Workspace.open_url(url_a) as ws_a:
        assert ws_a.notices and "ejerrolle" in ws_a.notices[0]
        Services(ws_a).organisations.create(name="Praksis", sector="almen_praksis")
    db_owner = _owners(pg_server, database)
    assert len(db_owner) == 1 and user_a not in db_owner
    # the second user opens, reads and writes; the audit trail names the login roles
    with Workspace.open_url(url_b) as ws_b:
        assert not ws_b.notices
        svc_b = Services(ws_b)
        orgs = {o.name: o for o in svc_b.organisations.all()}
        assert set(orgs) == {"Viborg Kommune", "Praksis"}
        svc_b.organisations.update(orgs["Praksis"].id, name="Lægehuset Praksis")
        history = svc_b.audit.history(orgs["Praksis"].id)
    assert {e.user for e in history} == {user_a, user_b}


def test_check_of_a_shared_workspace_changes_nothing(
        shared_roles: tuple[str, list[str]], pg_server: str) -> None:
    """``check --database-url`` reads only: it neither migrates nor hands tables over."""
    from alembic import command

    from brobygger.cli import main
    from brobygger.store.workspace import alembic_config, head_revision

    database, (url_a, _url_b) = shared_roles
    user_a = make_url(url_a).username
    assert main(["check", "--database-url", url_a]) == 1  # empty: no schema
    assert _owners(pg_server, database) == set()  # nothing was created
    engine = sa.create_engine(url_a)
    with engine.begin() as conn:  # an older version's tables, owned by the first user
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0007_example_per_initiative")
    engine.dispose()
    assert main(["check", "--database-url", url_a]) == 1  # not at the head: said, not done
    assert _owners(pg_server, database) == {user_a}
    admin = sa.create_engine(make_url(pg_server).set(database=database))
    with admin.connect() as conn:
        stored = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar_one()
    admin.dispose()
    assert stored == "0007_example_per_initiative" != head_revision()
