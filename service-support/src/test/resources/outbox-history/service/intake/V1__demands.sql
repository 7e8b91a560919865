CREATE TABLE demand (demand_id UUID PRIMARY KEY);
