-- Axon Framework's JPA tables, owned by Flyway (Hibernate only validates them).
-- Payloads and meta-data are bytea (see ByteaPostgreSQLDialect); the global index sequence
-- increments by 1 to match META-INF/axon-orm.xml.
CREATE SEQUENCE domain_event_entry_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE domain_event_entry (
    global_index         BIGINT       NOT NULL PRIMARY KEY,
    event_identifier     VARCHAR(255) NOT NULL UNIQUE,
    meta_data            BYTEA,
    payload              BYTEA        NOT NULL,
    payload_revision     VARCHAR(255),
    payload_type         VARCHAR(255) NOT NULL,
    time_stamp           VARCHAR(255) NOT NULL,
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255),
    CONSTRAINT domain_event_entry_aggregate_sequence UNIQUE (aggregate_identifier, sequence_number)
);

CREATE TABLE snapshot_event_entry (
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255) NOT NULL,
    event_identifier     VARCHAR(255) NOT NULL UNIQUE,
    meta_data            BYTEA,
    payload              BYTEA        NOT NULL,
    payload_revision     VARCHAR(255),
    payload_type         VARCHAR(255) NOT NULL,
    time_stamp           VARCHAR(255) NOT NULL,
    PRIMARY KEY (aggregate_identifier, sequence_number, type)
);

CREATE TABLE token_entry (
    processor_name VARCHAR(255) NOT NULL,
    segment        INTEGER      NOT NULL,
    owner          VARCHAR(255),
    timestamp      VARCHAR(255) NOT NULL,
    token          BYTEA,
    token_type     VARCHAR(255),
    PRIMARY KEY (processor_name, segment)
);

CREATE TABLE saga_entry (
    saga_id         VARCHAR(255) NOT NULL PRIMARY KEY,
    revision        VARCHAR(255),
    saga_type       VARCHAR(255),
    serialized_saga BYTEA
);

CREATE SEQUENCE association_value_entry_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE association_value_entry (
    id                BIGINT       NOT NULL PRIMARY KEY,
    association_key   VARCHAR(255) NOT NULL,
    association_value VARCHAR(255),
    saga_id           VARCHAR(255) NOT NULL,
    saga_type         VARCHAR(255)
);
CREATE INDEX association_value_entry_saga_type_key_value ON association_value_entry (saga_type, association_key, association_value);
CREATE INDEX association_value_entry_saga_id_type ON association_value_entry (saga_id, saga_type);

CREATE TABLE dead_letter_entry (
    dead_letter_id       VARCHAR(255) NOT NULL PRIMARY KEY,
    cause_message        VARCHAR(1023),
    cause_type           VARCHAR(255),
    diagnostics          BYTEA,
    enqueued_at          TIMESTAMPTZ  NOT NULL,
    last_touched         TIMESTAMPTZ,
    aggregate_identifier VARCHAR(255),
    event_identifier     VARCHAR(255) NOT NULL,
    message_type         VARCHAR(255) NOT NULL,
    meta_data            BYTEA,
    payload              BYTEA        NOT NULL,
    payload_revision     VARCHAR(255),
    payload_type         VARCHAR(255) NOT NULL,
    sequence_number      BIGINT,
    time_stamp           VARCHAR(255) NOT NULL,
    token                BYTEA,
    token_type           VARCHAR(255),
    type                 VARCHAR(255),
    processing_group     VARCHAR(255) NOT NULL,
    processing_started   TIMESTAMPTZ,
    sequence_identifier  VARCHAR(255) NOT NULL,
    sequence_index       BIGINT       NOT NULL,
    CONSTRAINT dead_letter_entry_group_sequence UNIQUE (processing_group, sequence_identifier, sequence_index)
);
CREATE INDEX dead_letter_entry_processing_group ON dead_letter_entry (processing_group);
CREATE INDEX dead_letter_entry_group_sequence_identifier ON dead_letter_entry (processing_group, sequence_identifier);
