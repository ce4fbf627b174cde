-- The last reference number given per tenant and London calendar year. Incremented with an upsert in
-- the transaction that stores the submission, so numbers are unique and only a rollback leaves a gap.
CREATE TABLE reference_counter (
    tenant_id   VARCHAR(40) NOT NULL,
    year        INTEGER     NOT NULL,
    last_number BIGINT      NOT NULL CHECK (last_number > 0),
    PRIMARY KEY (tenant_id, year)
);
