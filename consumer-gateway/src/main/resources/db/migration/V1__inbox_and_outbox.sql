-- Portable SQL: runs unchanged on H2 (the embedded default) and PostgreSQL.

-- One row per (request, revision): the primary key makes a redelivered request a no-op.
CREATE TABLE inbox_request (
    request_id         VARCHAR(64)              NOT NULL,
    revision           INTEGER                  NOT NULL,
    message_id         VARCHAR(64)              NOT NULL,
    request_type       VARCHAR(64)              NOT NULL,
    legal_basis        VARCHAR(512)             NOT NULL,
    priority           VARCHAR(16)              NOT NULL,
    confidentiality    VARCHAR(16)              NOT NULL,
    language           VARCHAR(16)              NOT NULL,
    due_by             DATE,
    dispatched_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    received_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    value_sha256       CHAR(64)                 NOT NULL,
    payload_json       VARCHAR                  NOT NULL,
    source_topic       VARCHAR(255)             NOT NULL,
    source_partition   INTEGER                  NOT NULL,
    source_offset      BIGINT                   NOT NULL,
    status             VARCHAR(32)              NOT NULL,
    status_reasons     VARCHAR,
    status_legal_basis VARCHAR(512),
    postponed_until    DATE,
    status_changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    -- set after the Kafka transaction carrying the receipt committed
    acknowledged_at    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (request_id, revision)
);

CREATE INDEX inbox_request_status ON inbox_request (status);

-- Court notices that do not change a request's content (reminders, withdrawals, clarifications).
CREATE TABLE court_notice (
    message_id   VARCHAR(64)              NOT NULL PRIMARY KEY,
    request_id   VARCHAR(64)              NOT NULL,
    kind         VARCHAR(32)              NOT NULL,
    revision     INTEGER                  NOT NULL,
    notice_text  VARCHAR                  NOT NULL,
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    value_sha256 CHAR(64)                 NOT NULL
);

-- What officers sent, written in the same DB transaction as the inbox change; relayed to Kafka.
CREATE TABLE outbox_message (
    message_id  VARCHAR(64)              NOT NULL PRIMARY KEY,
    message_key VARCHAR(128)             NOT NULL,
    payload     VARCHAR                  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at     TIMESTAMP WITH TIME ZONE
);

CREATE INDEX outbox_message_pending ON outbox_message (sent_at, created_at);
