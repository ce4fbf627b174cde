-- The day an advocate was first assigned to support the complainant (advocacy used).
ALTER TABLE complaint_fact ADD COLUMN advocate_assigned_on DATE;
