-- Events carry their tenant as the CloudEvents extension "tenant"; the relay rebuilds it from this column.
ALTER TABLE outbox_message ADD COLUMN tenant VARCHAR(40);
-- Rows written before this migration and not yet sent: their payload names the tenant.
UPDATE outbox_message SET tenant = convert_from(payload, 'UTF8')::jsonb ->> 'tenantId';
ALTER TABLE outbox_message ALTER COLUMN tenant SET NOT NULL;
