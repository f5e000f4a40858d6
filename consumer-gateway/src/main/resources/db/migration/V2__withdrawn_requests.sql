-- A withdrawal notice from the Court closes the request for the officers: no more progress reports.
ALTER TABLE inbox_request ADD COLUMN withdrawn_at TIMESTAMP WITH TIME ZONE;
