-- Caseworkers' lists: a tenant's complaints, oldest first.
CREATE INDEX complaint_view_by_tenant_received ON complaint_view (tenant_id, received_on, complaint_id);
