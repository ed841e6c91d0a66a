"""Initial schema: the tables of rasd/store/schema.py as of Rasd 0.1.

Revision ID: 0001
Revises:
Create Date: 2026-11-23

Generated with Alembic's autogenerate against rasd.store.schema.Base and
checked by tests/test_postgres.py (the migrated database must compare equal
to the models).  A change to schema.py needs a new revision after this one.
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('actors',
    sa.Column('id', sa.String(length=200), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('canonical', sa.String(length=300), nullable=True),
    sa.Column('kind', sa.String(length=60), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('aliases', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_actors_canonical'), 'actors', ['canonical'], unique=False)
    op.create_table('articles',
    sa.Column('id', sa.String(length=200), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('outlet', sa.String(length=200), nullable=True),
    sa.Column('published', sa.String(length=10), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('source_path', sa.Text(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('ingested_at', sa.DateTime(), nullable=False),
    sa.Column('extractor', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_articles_content_hash'), 'articles', ['content_hash'], unique=True)
    op.create_index(op.f('ix_articles_published'), 'articles', ['published'], unique=False)
    op.create_index(op.f('ix_articles_url'), 'articles', ['url'], unique=False)
    op.create_table('events',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('event_type', sa.String(length=60), nullable=False),
    sa.Column('sub_event_type', sa.String(length=80), nullable=False),
    sa.Column('event_date', sa.String(length=10), nullable=True),
    sa.Column('time_precision', sa.String(length=10), nullable=False),
    sa.Column('date_start', sa.String(length=10), nullable=True),
    sa.Column('date_end', sa.String(length=10), nullable=True),
    sa.Column('place_id', sa.String(length=120), nullable=True),
    sa.Column('location', sa.String(length=200), nullable=True),
    sa.Column('location_en', sa.String(length=200), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('admin1', sa.String(length=120), nullable=True),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('geo_precision', sa.Integer(), nullable=True),
    sa.Column('actor1_id', sa.String(length=200), nullable=True),
    sa.Column('actor1', sa.String(length=300), nullable=True),
    sa.Column('actor2_id', sa.String(length=200), nullable=True),
    sa.Column('actor2', sa.String(length=300), nullable=True),
    sa.Column('fatalities', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('n_sources', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_events_actor1_id'), 'events', ['actor1_id'], unique=False)
    op.create_index(op.f('ix_events_actor2_id'), 'events', ['actor2_id'], unique=False)
    op.create_index(op.f('ix_events_country'), 'events', ['country'], unique=False)
    op.create_index(op.f('ix_events_date_end'), 'events', ['date_end'], unique=False)
    op.create_index(op.f('ix_events_date_start'), 'events', ['date_start'], unique=False)
    op.create_index(op.f('ix_events_event_type'), 'events', ['event_type'], unique=False)
    op.create_index('ix_events_geo', 'events', ['lat', 'lon'], unique=False)
    op.create_index(op.f('ix_events_place_id'), 'events', ['place_id'], unique=False)
    op.create_index(op.f('ix_events_sub_event_type'), 'events', ['sub_event_type'], unique=False)
    op.create_index('ix_events_type_date', 'events', ['event_type', 'date_start'], unique=False)
    op.create_table('failures',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_failures_source'), 'failures', ['source'], unique=False)
    op.create_table('places',
    sa.Column('id', sa.String(length=120), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('admin1', sa.String(length=120), nullable=True),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('kind', sa.String(length=40), nullable=True),
    sa.Column('source', sa.String(length=20), nullable=True),
    sa.Column('aliases', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_places_country'), 'places', ['country'], unique=False)
    op.create_table('actor_mentions',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('article_id', sa.String(length=200), nullable=False),
    sa.Column('actor_id', sa.String(length=200), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], ),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_actor_mentions_actor_id'), 'actor_mentions', ['actor_id'], unique=False)
    op.create_index(op.f('ix_actor_mentions_article_id'), 'actor_mentions', ['article_id'], unique=False)
    op.create_table('claims',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('article_id', sa.String(length=200), nullable=False),
    sa.Column('quantity', sa.String(length=20), nullable=False),
    sa.Column('actor_id', sa.String(length=200), nullable=True),
    sa.Column('actor', sa.String(length=300), nullable=True),
    sa.Column('value', sa.Integer(), nullable=True),
    sa.Column('low', sa.Integer(), nullable=True),
    sa.Column('high', sa.Integer(), nullable=True),
    sa.Column('approx', sa.Boolean(), nullable=False),
    sa.Column('place_id', sa.String(length=120), nullable=True),
    sa.Column('place', sa.String(length=200), nullable=True),
    sa.Column('source', sa.JSON(), nullable=False),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('evidence_start', sa.Integer(), nullable=False),
    sa.Column('evidence_end', sa.Integer(), nullable=False),
    sa.Column('group_key', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_claims_actor_id'), 'claims', ['actor_id'], unique=False)
    op.create_index(op.f('ix_claims_article_id'), 'claims', ['article_id'], unique=False)
    op.create_index(op.f('ix_claims_group_key'), 'claims', ['group_key'], unique=False)
    op.create_index(op.f('ix_claims_quantity'), 'claims', ['quantity'], unique=False)
    op.create_table('event_sources',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.String(length=200), nullable=False),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('evidence_start', sa.Integer(), nullable=False),
    sa.Column('evidence_end', sa.Integer(), nullable=False),
    sa.Column('trigger_start', sa.Integer(), nullable=True),
    sa.Column('trigger_end', sa.Integer(), nullable=True),
    sa.Column('fatalities', sa.Integer(), nullable=True),
    sa.Column('event_date', sa.String(length=10), nullable=True),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('event_id', 'article_id', 'evidence_start', name='uq_event_source')
    )
    op.create_index(op.f('ix_event_sources_article_id'), 'event_sources', ['article_id'], unique=False)
    op.create_index(op.f('ix_event_sources_event_id'), 'event_sources', ['event_id'], unique=False)
    op.create_table('movements',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('article_id', sa.String(length=200), nullable=False),
    sa.Column('actor_id', sa.String(length=200), nullable=True),
    sa.Column('actor', sa.String(length=300), nullable=True),
    sa.Column('path', sa.JSON(), nullable=False),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('evidence_start', sa.Integer(), nullable=False),
    sa.Column('evidence_end', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_movements_actor_id'), 'movements', ['actor_id'], unique=False)
    op.create_index(op.f('ix_movements_article_id'), 'movements', ['article_id'], unique=False)
    op.create_table('place_mentions',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('article_id', sa.String(length=200), nullable=False),
    sa.Column('place_id', sa.String(length=120), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['place_id'], ['places.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_place_mentions_article_id'), 'place_mentions', ['article_id'], unique=False)
    op.create_index(op.f('ix_place_mentions_place_id'), 'place_mentions', ['place_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_place_mentions_place_id'), table_name='place_mentions')
    op.drop_index(op.f('ix_place_mentions_article_id'), table_name='place_mentions')
    op.drop_table('place_mentions')
    op.drop_index(op.f('ix_movements_article_id'), table_name='movements')
    op.drop_index(op.f('ix_movements_actor_id'), table_name='movements')
    op.drop_table('movements')
    op.drop_index(op.f('ix_event_sources_event_id'), table_name='event_sources')
    op.drop_index(op.f('ix_event_sources_article_id'), table_name='event_sources')
    op.drop_table('event_sources')
    op.drop_index(op.f('ix_claims_quantity'), table_name='claims')
    op.drop_index(op.f('ix_claims_group_key'), table_name='claims')
    op.drop_index(op.f('ix_claims_article_id'), table_name='claims')
    op.drop_index(op.f('ix_claims_actor_id'), table_name='claims')
    op.drop_table('claims')
    op.drop_index(op.f('ix_actor_mentions_article_id'), table_name='actor_mentions')
    op.drop_index(op.f('ix_actor_mentions_actor_id'), table_name='actor_mentions')
    op.drop_table('actor_mentions')
    op.drop_index(op.f('ix_places_country'), table_name='places')
    op.drop_table('places')
    op.drop_index(op.f('ix_failures_source'), table_name='failures')
    op.drop_table('failures')
    op.drop_index('ix_events_type_date', table_name='events')
    op.drop_index(op.f('ix_events_sub_event_type'), table_name='events')
    op.drop_index(op.f('ix_events_place_id'), table_name='events')
    op.drop_index('ix_events_geo', table_name='events')
    op.drop_index(op.f('ix_events_event_type'), table_name='events')
    op.drop_index(op.f('ix_events_date_start'), table_name='events')
    op.drop_index(op.f('ix_events_date_end'), table_name='events')
    op.drop_index(op.f('ix_events_country'), table_name='events')
    op.drop_index(op.f('ix_events_actor2_id'), table_name='events')
    op.drop_index(op.f('ix_events_actor1_id'), table_name='events')
    op.drop_table('events')
    op.drop_index(op.f('ix_articles_url'), table_name='articles')
    op.drop_index(op.f('ix_articles_published'), table_name='articles')
    op.drop_index(op.f('ix_articles_content_hash'), table_name='articles')
    op.drop_table('articles')
    op.drop_index(op.f('ix_actors_canonical'), table_name='actors')
    op.drop_table('actors')
