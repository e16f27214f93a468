"""Alembic environment for the workspace: run in code with the engine handed over in
``config.attributes``; batch mode for SQLite (foreign keys off while migrating); on a shared
PostgreSQL server a session lock so that two PCs opening an older database at the same
moment upgrade it once, one after the other (the second finds it done)."""
from alembic import context

from plandesk.storage.orm import Base
from plandesk.storage.serialize import lock_key

config = context.config
engine = config.attributes["engine"]

with engine.connect() as connection:
    sqlite = connection.dialect.name == "sqlite"
    postgres = connection.dialect.name == "postgresql"
    if sqlite:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.commit()
    if postgres:
        connection.exec_driver_sql("SELECT pg_advisory_lock(%s)", (lock_key("migrations"),))
        connection.commit()
    try:
        context.configure(
            connection=connection,
            target_metadata=Base.metadata,
            render_as_batch=True,
            transaction_per_migration=True,
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()
    finally:
        if postgres:
            connection.rollback()
            connection.exec_driver_sql("SELECT pg_advisory_unlock(%s)", (lock_key("migrations"),))
            connection.commit()
    if sqlite:
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")
