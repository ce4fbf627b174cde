-- Events written in the same transaction as the state they describe, published by the relay.
CREATE TABLE outbox_message (
    id          BIGSERIAL    PRIMARY KEY,
    topic       VARCHAR(249) NOT NULL,
    message_key VARCHAR(200) NOT NULL,
    event_id    VARCHAR(200) NOT NULL UNIQUE,
    event_type  VARCHAR(200) NOT NULL,
    source      VARCHAR(200) NOT NULL,
    subject     VARCHAR(200),
    occurred_at TIMESTAMPTZ  NOT NULL,
    dataschema  VARCHAR(500),
    payload     BYTEA        NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
