-- MP_COUNCILLOR_ENQUIRY (the contract's name since MEMBER_ENQUIRY was renamed) has 21 characters;
-- VARCHAR(20) made every such submission fail with 500. 30 as in workflow's and reporting's columns.
ALTER TABLE submission ALTER COLUMN feedback_type TYPE VARCHAR(30);
